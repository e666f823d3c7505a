/**
 * The staleness report of `npm run data`: every shown contact fact (phone, SMS, chat, e-mail,
 * website, opening hours) by the age of its newest source and by the strongest kind of source it
 * rests on, measured from the catalogue's date (seeds/README.md, "Staleness report").
 */
import { AGE_BUCKETS, ageBucket, SOURCE_KINDS, strongestKind, type AgeBucket } from '../../src/catalog/sources.ts';
import type { Catalog, Service, Source, SourceKind } from '../../src/catalog/types.ts';

/** One contact fact of a service and the sources it names. */
export interface Fact {
  service: string;
  field: string;
  sources: Source[];
}

/** Every shown contact fact of a service (hours only when they are known). */
export function contactFacts(s: Service): Fact[] {
  const pick = (keys: readonly string[] | undefined): Source[] => (keys ?? []).flatMap((k) => (s.sources[k] ? [s.sources[k]] : []));
  const out: Fact[] = [];
  s.phones.forEach((p, i) => out.push({ service: s.id, field: `phones[${i}]`, sources: pick(p.sources) }));
  s.sms.forEach((p, i) => out.push({ service: s.id, field: `sms[${i}]`, sources: pick(p.sources) }));
  s.chat.forEach((c, i) => out.push({ service: s.id, field: `chat[${i}]`, sources: pick(c.sources) }));
  s.email.forEach((c, i) => out.push({ service: s.id, field: `email[${i}]`, sources: pick(c.sources) }));
  if (s.website) out.push({ service: s.id, field: 'website', sources: pick(s.website.sources) });
  if (s.schedule.type !== 'unknown') out.push({ service: s.id, field: 'schedule', sources: pick(s.schedule.sources) });
  return out;
}

const AGE_LABEL: Record<AgeBucket, string> = { under1: '< 1 year', '1to2': '1–2 years', over2: '> 2 years', undated: 'undated' };

/** The report's lines: facts by age, by kind, phones by age, and the phones resting only on old or non-public sources. */
export function stalenessReport(c: Catalog): string[] {
  const facts = c.services.flatMap(contactFacts);
  const byAge = new Map<AgeBucket, number>(AGE_BUCKETS.map((b) => [b, 0]));
  const byKind = new Map<SourceKind, number>(SOURCE_KINDS.map((k) => [k, 0]));
  const phonesByAge = new Map<AgeBucket, number>(AGE_BUCKETS.map((b) => [b, 0]));
  for (const f of facts) {
    const age = ageBucket(f.sources, c.checked);
    byAge.set(age, byAge.get(age)! + 1);
    const kind = strongestKind(f.sources);
    byKind.set(kind, byKind.get(kind)! + 1);
    if (f.field.startsWith('phones')) phonesByAge.set(age, phonesByAge.get(age)! + 1);
  }
  const list = <K extends string>(m: Map<K, number>, label: (k: K) => string): string => [...m].map(([k, n]) => `${label(k)} ${n}`).join(', ');
  const confirmed = facts.filter((f) => f.sources.some((s) => s.confirmed)).length;
  return [
    `staleness (catalogue date ${c.checked}), ${facts.length} shown contact facts:`,
    `  by age of newest source: ${list(byAge, (k) => AGE_LABEL[k])}`,
    `  by strongest kind of source: ${list(byKind, (k) => k)}`,
    `  shown phones by age: ${list(phonesByAge, (k) => AGE_LABEL[k])}`,
    `  confirmed against the page since retrieval: ${confirmed} of ${facts.length}`,
  ];
}
