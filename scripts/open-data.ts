/**
 * Open data: publishes the built catalogue (src/generated/catalog.json and text.{lang}.json, never
 * the seeds: one-way data flow) as Open Referral HSDS 3.0 JSON, shaped like the HSDS API on a static
 * host, into dist/open-data/ (run by `npm run build`, after `vite build`; outside the precache):
 *
 *   hsds/services.json         one `service_list` page of every service (openapi.json `Page`)
 *   hsds/services/{id}.json    each full service: organization, phones, schedules, service_areas, languages
 *   README.txt, licence.json   data licence CC BY 4.0, credits (Kartverket, Open Referral), our extension
 *
 * Ids are UUID v5 of our slugs under one fixed namespace: a slug never changes, so neither does its
 * UUID. Mapped honestly: a low-confidence number is never exported (the catalogue has none; this
 * checks again), opening hours we do not know are said to be unknown, and HSDS's lack of a place for
 * translated text is filled by one documented extension, `x_finnhjelp_translations`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, CatalogText, Phone, Schedule, Service } from '../src/catalog/types.ts';

/** Namespace of every Finn hjelp UUID. Fixed forever: changing it would change every id. */
export const UUID_NAMESPACE = 'fccab52a-7db4-41f9-8e8d-e2e4b10d49dc';

/** RFC 4122 UUID version 5 (SHA-1) of `name` in `namespace`. */
export function uuidV5(name: string, namespace = UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const HOLIDAY_NOTE = 'Tider i norsk tid (Europe/Oslo). Kan være annerledes på helligdager.';

type Json = Record<string, unknown>;

function phones(s: Service): Json[] {
  const out: Json[] = [];
  const add = (p: Phone, type: 'voice' | 'text') => {
    if (p.confidence === 'low') return; // never published, as never shown
    out.push({ id: uuidV5(`phone:${s.id}:${type}:${p.number}`), service_id: uuidV5(`service:${s.id}`), number: p.display, type, description: p.label.nb });
  };
  for (const p of s.phones) add(p, p.kind === 'sms' ? 'text' : 'voice');
  for (const p of s.sms) add(p, 'text');
  return out;
}

function schedules(s: Service): Json[] {
  const service_id = uuidV5(`service:${s.id}`);
  const sched: Schedule = s.schedule;
  const notes = sched.notes?.nb;
  const base = (i: number): Json => ({ id: uuidV5(`schedule:${s.id}:${i}`), service_id, ...(notes ? { notes } : {}) });
  if (sched.type === 'always') return [{ ...base(0), description: 'Åpent hele døgnet, alle dager.' }];
  if (sched.type === 'unknown') return [{ ...base(0), description: 'Åpningstidene er ikke kjent. Ring og spør.' }];
  const holidays =
    sched.holidays?.hours === 'open' ? 'Samme tider på helligdager.' : sched.holidays?.hours === 'closed' ? 'Stengt på helligdager.' : HOLIDAY_NOTE;
  return sched.spans.map((span, i) => ({
    ...base(i),
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: span.days.map((d) => BYDAY[d - 1]).join(','),
    opens_at: span.opens,
    closes_at: span.closes,
    description: holidays,
  }));
}

function serviceAreas(s: Service): Json[] {
  const area = (key: string, name: string, description: string): Json => ({ id: uuidV5(`service_area:${s.id}:${key}`), service_id: uuidV5(`service:${s.id}`), name, description, extent_type: 'text' });
  if (s.area.type === 'national') return [area('national', 'Norge', 'Hele landet')];
  if (s.area.type === 'counties') return s.area.counties.map((c) => area(`county:${c}`, c, `Fylke: ${c}`));
  return s.area.municipalities.map((m) => area(`municipality:${m.number}`, m.name, `Kommune ${m.number}, ${m.county}`));
}

const languageNames = new Intl.DisplayNames(['nb'], { type: 'language', fallback: 'code' });

function languages(s: Service): Json[] {
  return s.languages.map((code) => ({ id: uuidV5(`language:${s.id}:${code}`), service_id: uuidV5(`service:${s.id}`), code, name: languageNames.of(code) ?? code }));
}

function translations(s: Service, texts: readonly CatalogText[]): Json {
  const out: Json = {};
  for (const t of texts) {
    const own = t.services[s.id];
    if (!own) continue;
    const entry: Json = {};
    if (own.name) entry.name = own.name;
    if (own.summary || own.description) entry.description = [own.summary, own.description].filter(Boolean).join('\n\n');
    if (own.audienceText) entry.eligibility_description = own.audienceText;
    if (own.scheduleNotes) entry.schedule_notes = own.scheduleNotes;
    if (Object.keys(entry).length > 0) out[t.lang] = entry;
  }
  return out;
}

/** The `service_list` entry of a service: its own fields and its organization, no nested lists. */
function serviceCore(s: Service): Json {
  const id = uuidV5(`service:${s.id}`);
  const orgId = uuidV5(`organization:${s.organization.name}`);
  const email = s.email.find((e) => e.url.startsWith('mailto:'))?.url.slice('mailto:'.length).split('?')[0];
  const core: Json = {
    id,
    organization_id: orgId,
    name: s.name,
    description: [s.summary, s.description].filter(Boolean).join('\n\n'),
    status: 'active',
    eligibility_description: s.audienceText,
    assured_date: s.assuredDate,
    organization: { id: orgId, name: s.organization.name, description: '', ...(s.organization.url ? { website: s.organization.url } : {}) },
    x_finnhjelp_id: s.id,
  };
  if (s.website) core.url = s.website.url;
  if (email) core.email = email;
  if (s.free === true) core.fees_description = 'Gratis.';
  if (s.ages?.min !== undefined) core.minimum_age = s.ages.min;
  if (s.ages?.max !== undefined) core.maximum_age = s.ages.max;
  return core;
}

/** The full HSDS service of one record. */
export function hsdsService(s: Service, texts: readonly CatalogText[]): Json {
  const full: Json = { ...serviceCore(s), phones: phones(s), schedules: schedules(s), service_areas: serviceAreas(s), languages: languages(s) };
  const tr = translations(s, texts);
  if (Object.keys(tr).length > 0) full.x_finnhjelp_translations = tr;
  return full;
}

/** The `service_list` page of every service (openapi.json `Page`, all on one page). */
export function hsdsServiceList(catalog: Catalog): Json {
  const contents = catalog.services.map(serviceCore);
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents };
}

/** What the licence file says, machine-readable. */
export function licence(catalog: Catalog): Json {
  return {
    title: 'Finn hjelp – hjelpetilbud mot vold og overgrep i Norge (HSDS 3.0)',
    version: catalog.version,
    checked: catalog.checked,
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    attribution: 'Finn hjelp',
    credits: [
      { what: 'Kommuner og kommunenummer', who: 'Kartverket', licence: 'CC BY 4.0', url: 'https://www.kartverket.no/' },
      { what: 'Dataformatet Human Services Data Specification (HSDS) 3.0', who: 'Open Referral', licence: 'CC BY-SA 4.0', url: 'https://openreferral.org/' },
    ],
    extension: {
      x_finnhjelp_id: 'Our stable slug of the service; the UUIDs are UUID v5 of "service:<slug>" (and "phone:…", "schedule:…") in namespace ' + UUID_NAMESPACE,
      x_finnhjelp_translations: 'Per language (BCP 47): name, description, eligibility_description, schedule_notes — translations of the Norwegian fields. Drafts unless the language is marked reviewed in the app.',
    },
  };
}

const README = (catalog: Catalog, count: number) => `Finn hjelp – open data (HSDS 3.0)
==================================

The services of Finn hjelp (help against violence and abuse in Norway) as Open Referral HSDS 3.0
JSON, shaped like the HSDS API on a static host:

  hsds/services.json          a service_list page with all ${count} services
  hsds/services/{id}.json     one full service: organization, phones, schedules, service_areas, languages

Catalogue version ${catalog.version}; facts last checked ${catalog.checked}. assured_date is the date
each service's facts were last checked against their sources (listed in the app on each service page).

Licence
-------
The data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Name "Finn hjelp" as the source.
Municipalities and their numbers: Kartverket, CC BY 4.0.
The format: Human Services Data Specification 3.0, © Open Referral, CC BY-SA 4.0 (https://openreferral.org/).

What is and is not in it
------------------------
- Only phone numbers we are certain of. A number of low confidence is never published (nor shown in the app).
- Opening hours: RFC 5545-style weekly schedules (byday, opens_at, closes_at) in Norwegian local time
  (Europe/Oslo; HSDS's timezone is a fixed UTC offset, so it is left out). Round-the-clock and unknown
  hours are a description. Unless a schedule says otherwise, hours may differ on public holidays.
- No street addresses: service areas (counties, municipalities) and, per office, the municipality only.
- Ids are UUID v5 of our slugs in the fixed namespace ${UUID_NAMESPACE}: stable forever.

Extension
---------
HSDS 3.0 has no place for translated text. Each service carries:
  x_finnhjelp_id             our slug (the app's address is /{lang}/tjeneste/{slug})
  x_finnhjelp_translations   { "<lang>": { name, description, eligibility_description, schedule_notes } }
                             translations of the Norwegian fields, in BCP 47 languages; drafts unless
                             the app marks the language as reviewed.
`;

/** Writes dist/open-data/ from the built catalogue. Returns the number of files written. */
export function writeOpenData(root: string): number {
  const gen = join(root, 'src/generated');
  const catalog = JSON.parse(readFileSync(join(gen, 'catalog.json'), 'utf8')) as Catalog;
  const texts = readdirSync(gen)
    .filter((f) => /^text\.[a-z]+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(gen, f), 'utf8')) as CatalogText);
  const out = join(root, 'dist/open-data');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'hsds/services'), { recursive: true });
  writeFileSync(join(out, 'hsds/services.json'), JSON.stringify(hsdsServiceList(catalog)));
  for (const s of catalog.services) writeFileSync(join(out, `hsds/services/${uuidV5(`service:${s.id}`)}.json`), JSON.stringify(hsdsService(s, texts)));
  writeFileSync(join(out, 'licence.json'), `${JSON.stringify(licence(catalog), null, 2)}\n`);
  writeFileSync(join(out, 'README.txt'), README(catalog, catalog.services.length));
  return catalog.services.length + 3;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = writeOpenData(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  console.log(`open-data: ${n} files in dist/open-data/ (HSDS 3.0, CC BY 4.0)`);
}
