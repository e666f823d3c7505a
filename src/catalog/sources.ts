/**
 * How old and how strong the sources of a fact are: the one home of the confidence rule and the
 * staleness rule of seeds/README.md. Pure: shared by `npm run data` (which fails on a confidence
 * above what the sources allow, and prints the staleness report) and the service page (which says
 * what kind of source a fact rests on, how old it is, and when it is more than two years old).
 */
import type { Confidence, Source, SourceKind } from './types.ts';

/** Kinds of source, strongest first. */
export const SOURCE_KINDS: readonly SourceKind[] = ['service', 'public', 'media', 'third-party'];

/** Age of a fact's newest source, relative to the catalogue date. */
export type AgeBucket = 'under1' | '1to2' | 'over2' | 'undated';
export const AGE_BUCKETS: readonly AgeBucket[] = ['under1', '1to2', 'over2', 'undated'];

const PUBLISHED_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The last day a `published` value can mean ("2024" → 2024-12-31, "2024-02" → 2024-02-29), as an
 * ISO date; null when undated or malformed. A fact is only called old when even its latest
 * possible date is old.
 */
export function publishedEnd(published: string): string | null {
  const m = PUBLISHED_RE.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (m[3]) return Number(m[3]) >= 1 && Number(m[3]) <= lastDay ? published : null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** The year a `published` value names, or null when undated or malformed. */
export function publishedYear(published: string): number | null {
  const m = PUBLISHED_RE.exec(published);
  return m ? Number(m[1]) : null;
}

/** The ISO date `years` years before `iso` (29 February falls back to 28 February). */
function yearsBefore(iso: string, years: number): string {
  const y = String(Number(iso.slice(0, 4)) - years).padStart(4, '0');
  const md = iso.slice(5);
  return md === '02-29' ? `${y}-02-28` : `${y}-${md}`;
}

/** The newest of these sources by publication date (undated ones count only when all are undated). */
export function newestSource(sources: readonly Source[]): Source | undefined {
  let best: Source | undefined;
  let bestEnd: string | null = null;
  for (const s of sources) {
    const end = publishedEnd(s.published);
    if (best === undefined || (end !== null && (bestEnd === null || end > bestEnd))) {
      best = s;
      bestEnd = end;
    }
  }
  return best;
}

/** Which age bucket a fact falls in, from its newest source, relative to the catalogue date `ref` (ISO). */
export function ageBucket(sources: readonly Source[], ref: string): AgeBucket {
  const newest = newestSource(sources);
  const end = newest ? publishedEnd(newest.published) : null;
  if (end === null) return 'undated';
  if (end > yearsBefore(ref, 1)) return 'under1';
  if (end > yearsBefore(ref, 2)) return '1to2';
  return 'over2';
}

/** The strongest kind among these sources ('third-party' when there are none). */
export function strongestKind(sources: readonly Source[]): SourceKind {
  for (const k of SOURCE_KINDS) if (sources.some((s) => s.kind === k)) return k;
  return 'third-party';
}

/** Years named by the confidence rule (seeds/README.md). */
export const HIGH_FROM_YEAR = 2023;
export const MEDIUM_FROM_YEAR = 2020;

/**
 * The highest confidence a phone number's sources allow:
 * `high` — a source published 2023 or later, or a page of the service itself;
 * `medium` — a public body's page published 2020 or later, or an undated public page that someone
 *   confirmed against the page itself (`confirmed`);
 * otherwise `low`. A record may claim less (a conflict between sources), never more.
 */
export function allowedConfidence(sources: readonly Source[]): Confidence {
  const year = (s: Source): number => publishedYear(s.published) ?? -1;
  if (sources.some((s) => s.kind === 'service' || year(s) >= HIGH_FROM_YEAR)) return 'high';
  if (sources.some((s) => s.kind === 'public' && (year(s) >= MEDIUM_FROM_YEAR || (s.published === 'udatert' && s.confirmed !== undefined)))) return 'medium';
  return 'low';
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** True when `claimed` is more than the sources allow. */
export function exceedsAllowed(claimed: Confidence, sources: readonly Source[]): boolean {
  return RANK[claimed] > RANK[allowedConfidence(sources)];
}
