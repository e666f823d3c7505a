/**
 * Search query and filters as they live in the URL (`/nb/sok?q=…&kategori=…&for=…&fylke=…&apen=1&gratis=1&anonym=1`).
 * Unknown or malformed values are ignored, never trusted. Pure.
 */
import { AUDIENCES, CATEGORIES, COUNTIES, type Audience, type CategoryId, type County } from '../catalog/types.ts';
import type { SearchFilters } from '../search/index.ts';

/** URL parameter names (stable: they are in shared links). */
export const PARAM = {
  q: 'q',
  category: 'kategori',
  audience: 'for',
  county: 'fylke',
  openNow: 'apen',
  free: 'gratis',
  anonymous: 'anonym',
} as const;

/** Longest query we search for; a longer one is cut (the field keeps what was typed). */
export const MAX_QUERY = 200;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The filters in a query string; invalid values dropped. */
export function parseFilters(query: URLSearchParams): SearchFilters {
  const f: SearchFilters = {};
  const category = oneOf<CategoryId>(CATEGORIES, query.get(PARAM.category));
  const audience = oneOf<Audience>(AUDIENCES, query.get(PARAM.audience));
  const county = oneOf<County>(COUNTIES, query.get(PARAM.county));
  if (category) f.category = category;
  if (audience) f.audience = audience;
  if (county) f.county = county;
  if (query.get(PARAM.openNow) === '1') f.openNow = true;
  if (query.get(PARAM.free) === '1') f.free = true;
  if (query.get(PARAM.anonymous) === '1') f.anonymous = true;
  return f;
}

/** Number of filters in use. */
export function filterCount(f: SearchFilters): number {
  return Object.values(f).filter(Boolean).length;
}

/** Canonical query string for a query and filters (empty parts left out). */
export function buildQuery(q: string, f: SearchFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (q !== '') p.set(PARAM.q, q);
  if (f.category) p.set(PARAM.category, f.category);
  if (f.audience) p.set(PARAM.audience, f.audience);
  if (f.county) p.set(PARAM.county, f.county);
  if (f.openNow) p.set(PARAM.openNow, '1');
  if (f.free) p.set(PARAM.free, '1');
  if (f.anonymous) p.set(PARAM.anonymous, '1');
  return p;
}

/** What we hand the search engine: control characters removed, whitespace collapsed, length capped. */
export function cleanQuery(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}
