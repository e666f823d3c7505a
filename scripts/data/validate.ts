/**
 * Validation of seed service records. Every problem becomes a DataError naming file, record id
 * and field; all are collected so one run shows them all. Valid records come back as `Service`
 * objects (before the certainty rule, see certainty.ts).
 */
import {
  AUDIENCES, CATEGORIES, COUNTIES, LANGS,
  type Channel, type LocalText, type Municipality, type HolidayHours, type OpeningSpan, type Phone, type Schedule, type Service, type ServiceArea, type Source,
} from '../../src/catalog/types.ts';
import { ErrorSink, type DataError } from './errors.ts';
import type { SeedRecord } from './load-seeds.ts';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PUBLISHED_RE = /^(\d{4}(-\d{2}(-\d{2})?)?|udatert)$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
/** National numbers are 3–8 digits; a foreign line is "+" and 7–15 digits. */
const PHONE_RE = /^(\d{3,8}|\+[1-9]\d{6,14})$/;
/** Control characters other than newline and tab, and lone surrogates: never valid in text. */
const BAD_CHARS_RE = /[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Maximum lengths: long enough for any honest text, short enough to stop a pasted page. */
export const MAX_LEN = { name: 200, summary: 400, description: 6000, audienceText: 1000, notes: 6000, short: 300 } as const;

const FIELDS = new Set([
  'id', 'categories', 'organization', 'name', 'summary', 'description', 'audienceText', 'audiences', 'ages', 'free', 'anonymous',
  'referral', 'phones', 'sms', 'chat', 'email', 'website', 'schedule', 'area', 'location', 'languages', 'measures', 'fallback',
  'keywords', 'sources', 'notes', '$comment',
]);

/** True for a real calendar date "YYYY-MM-DD". */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** True for an absolute https URL with a host. */
export function isHttpsUrl(s: unknown): s is string {
  if (typeof s !== 'string' || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** True for `mailto:name@host.tld`. */
export function isMailto(s: unknown): s is string {
  return typeof s === 'string' && /^mailto:[^\s@:/]+@[^\s@/]+\.[a-z]{2,}$/i.test(s);
}

class RecordChecker {
  constructor(private readonly sink: ErrorSink, private readonly sourceKeys: Set<string>) {}

  text(v: unknown, field: string, max: number, required = true): string | undefined {
    if (v === undefined || v === null) {
      if (required) this.sink.add(field, 'missing required field');
      return undefined;
    }
    if (typeof v !== 'string') return this.fail(field, 'must be a string');
    const s = v.normalize('NFC').trim();
    if (s === '') return required ? this.fail(field, 'must not be empty') : undefined;
    if (s.length > max) return this.fail(field, `too long (${s.length} characters, at most ${max})`);
    if (BAD_CHARS_RE.test(s)) return this.fail(field, 'contains control characters or broken Unicode');
    return s;
  }

  fail(field: string, message: string): undefined {
    this.sink.add(field, message);
    return undefined;
  }

  localText(v: unknown, field: string, required = true): LocalText | undefined {
    if (v === undefined && !required) return undefined;
    if (!isObject(v)) return this.fail(field, required && v === undefined ? 'missing required field' : 'must be an object like {"nb": "…"}');
    const out: Partial<Record<string, string>> = {};
    for (const [lang, t] of Object.entries(v)) {
      if (!(LANGS as readonly string[]).includes(lang)) this.sink.add(`${field}.${lang}`, `unknown language "${lang}"`);
      const s = this.text(t, `${field}.${lang}`, MAX_LEN.short);
      if (s !== undefined) out[lang] = s;
    }
    if (out.nb === undefined) return v.nb === undefined ? this.fail(`${field}.nb`, 'missing required field') : undefined;
    return out as LocalText;
  }

  sources(v: unknown, field: string, required = true): string[] | undefined {
    if (v === undefined && !required) return undefined;
    if (!Array.isArray(v) || v.length === 0) return this.fail(field, 'a contact fact needs at least one source key');
    const keys: string[] = [];
    v.forEach((k, i) => {
      if (typeof k !== 'string') this.sink.add(`${field}[${i}]`, 'source key must be a string');
      else if (!this.sourceKeys.has(k)) this.sink.add(`${field}[${i}]`, `source "${k}" is not in "sources"`);
      else keys.push(k);
    });
    return keys.length === v.length ? keys : undefined;
  }

  phone(v: unknown, field: string, kind: 'voice' | 'sms'): Phone | undefined {
    if (!isObject(v)) return this.fail(field, 'must be an object');
    const before = this.sink.errors.length;
    const number = v.number;
    if (typeof number !== 'string' || !PHONE_RE.test(number)) {
      this.sink.add(`${field}.number`, `malformed phone number ${JSON.stringify(number)}: digits only, 3–8 digits or "+" and country code`);
    }
    const display = this.text(v.display, `${field}.display`, 40);
    if (typeof number === 'string' && display !== undefined && display.replace(/[^\d+]/g, '') !== number) {
      this.sink.add(`${field}.display`, `"${display}" does not show the number ${number}`);
    }
    const label = this.localText(v.label, `${field}.label`);
    if (!['high', 'medium', 'low'].includes(v.confidence as string)) this.sink.add(`${field}.confidence`, 'must be "high", "medium" or "low"');
    const sources = this.sources(v.sources, `${field}.sources`);
    if (v.kind !== undefined && v.kind !== 'voice' && v.kind !== 'sms') this.sink.add(`${field}.kind`, 'must be "voice" or "sms"');
    if (kind === 'sms' && /^11[023]$/.test(String(number))) this.sink.add(`${field}.number`, 'emergency numbers are never listed for SMS');
    for (const k of Object.keys(v)) if (!['number', 'display', 'label', 'confidence', 'sources', 'kind'].includes(k)) this.sink.add(`${field}.${k}`, 'unknown field');
    if (this.sink.errors.length > before) return undefined;
    const p: Phone = { number: number as string, display: display!, label: label!, confidence: v.confidence as Phone['confidence'], sources: sources! };
    if (v.kind !== undefined) p.kind = v.kind as Phone['kind'];
    return p;
  }

  channel(v: unknown, field: string, allowMailto: boolean): Channel | undefined {
    if (!isObject(v)) return this.fail(field, 'must be an object');
    const before = this.sink.errors.length;
    const ok = isHttpsUrl(v.url) || (allowMailto && isMailto(v.url));
    if (!ok) this.sink.add(`${field}.url`, `${JSON.stringify(v.url)} is not an https URL${allowMailto ? ' or mailto: address' : ''}`);
    const label = this.localText(v.label, `${field}.label`, false);
    const sources = this.sources(v.sources, `${field}.sources`);
    for (const k of Object.keys(v)) if (!['url', 'label', 'sources'].includes(k)) this.sink.add(`${field}.${k}`, 'unknown field');
    if (this.sink.errors.length > before) return undefined;
    const c: Channel = { url: v.url as string, sources: sources! };
    if (label) c.label = label;
    return c;
  }

  list<T>(v: unknown, field: string, each: (x: unknown, f: string) => T | undefined, required: boolean): T[] | undefined {
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) return this.fail(field, v === undefined ? 'missing required field' : 'must be an array');
    const out: T[] = [];
    v.forEach((x, i) => {
      const r = each(x, `${field}[${i}]`);
      if (r !== undefined) out.push(r);
    });
    return out.length === v.length ? out : undefined;
  }

  enumList<T extends string>(v: unknown, field: string, allowed: readonly T[], what: string, nonEmpty: boolean): T[] | undefined {
    if (!Array.isArray(v)) return this.fail(field, v === undefined ? 'missing required field' : 'must be an array');
    if (nonEmpty && v.length === 0) return this.fail(field, `needs at least one ${what}`);
    let ok = true;
    v.forEach((x, i) => {
      if (!allowed.includes(x as T)) {
        this.sink.add(`${field}[${i}]`, `unknown ${what} ${JSON.stringify(x)}`);
        ok = false;
      }
    });
    return ok ? [...new Set(v as T[])] : undefined;
  }

  municipality(v: unknown, field: string): Municipality | undefined {
    if (!isObject(v)) return this.fail(field, 'must be an object {name, number, county}');
    const before = this.sink.errors.length;
    const name = this.text(v.name, `${field}.name`, 100);
    if (typeof v.number !== 'string' || !/^\d{4}$/.test(v.number)) this.sink.add(`${field}.number`, 'kommunenummer must be four digits');
    if (!(COUNTIES as readonly string[]).includes(v.county as string)) this.sink.add(`${field}.county`, `unknown county ${JSON.stringify(v.county)}`);
    const alt = v.altNames === undefined ? undefined : this.list(v.altNames, `${field}.altNames`, (x, f) => this.text(x, f, 100), true);
    for (const k of Object.keys(v)) if (!['name', 'number', 'county', 'altNames'].includes(k)) this.sink.add(`${field}.${k}`, 'unknown field');
    if (this.sink.errors.length > before) return undefined;
    const m: Municipality = { name: name!, number: v.number as string, county: v.county as Municipality['county'] };
    if (alt) m.altNames = alt;
    return m;
  }

  span(v: unknown, field: string): OpeningSpan | undefined {
    if (!isObject(v)) return this.fail(field, 'must be an object {days, opens, closes}');
    const before = this.sink.errors.length;
    const days = v.days;
    if (!Array.isArray(days) || days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
      this.sink.add(`${field}.days`, 'days must be a non-empty list of ISO weekdays 1–7');
    }
    if (typeof v.opens !== 'string' || !TIME_RE.test(v.opens)) this.sink.add(`${field}.opens`, 'must be "HH:MM" (00:00–23:59)');
    if (typeof v.closes !== 'string' || !(TIME_RE.test(v.closes) || v.closes === '24:00')) this.sink.add(`${field}.closes`, 'must be "HH:MM" (00:00–24:00)');
    if (v.opens === v.closes) this.sink.add(`${field}.closes`, 'opens and closes at the same time: use {"type":"always"} for 24 hours');
    if (this.sink.errors.length > before) return undefined;
    return { days: [...new Set(days as number[])].sort(), opens: v.opens as string, closes: v.closes as string };
  }

  holidays(v: unknown, field: string): HolidayHours | undefined {
    if (!isObject(v)) return this.fail(field, 'must be an object {hours, sources}');
    const before = this.sink.errors.length;
    for (const k of Object.keys(v)) if (k !== 'hours' && k !== 'sources') this.sink.add(`${field}.${k}`, 'unknown field');
    const hours = v.hours;
    if (hours !== 'open' && hours !== 'closed') this.sink.add(`${field}.hours`, 'must be "open" (the weekly hours hold on public holidays) or "closed"');
    const sources = this.sources(v.sources, `${field}.sources`);
    if (this.sink.errors.length > before || !sources) return undefined;
    return { hours: hours as HolidayHours['hours'], sources };
  }

  schedule(v: unknown, field: string): Schedule | undefined {
    if (!isObject(v)) return this.fail(field, v === undefined ? 'missing required field' : 'must be an object');
    const notes = this.localText(v.notes, `${field}.notes`, false);
    const withNotes = <S extends Schedule>(s: S): S => (notes ? { ...s, notes } : s);
    if (v.type === 'always') {
      const sources = this.sources(v.sources, `${field}.sources`);
      return sources && withNotes({ type: 'always', sources });
    }
    if (v.type === 'weekly') {
      const sources = this.sources(v.sources, `${field}.sources`);
      const spans = this.list(v.spans, `${field}.spans`, (x, f) => this.span(x, f), true);
      if (spans && spans.length === 0) return this.fail(`${field}.spans`, 'a weekly schedule needs at least one span');
      const holidays = v.holidays === undefined ? undefined : this.holidays(v.holidays, `${field}.holidays`);
      if (v.holidays !== undefined && !holidays) return undefined;
      const weekly: Schedule = { type: 'weekly', spans: spans!, sources: sources! };
      if (holidays) weekly.holidays = holidays;
      return sources && spans && withNotes(weekly);
    }
    if (v.type === 'unknown') {
      const sources = this.sources(v.sources, `${field}.sources`, false);
      const s: Schedule = { type: 'unknown' };
      if (sources) s.sources = sources;
      return withNotes(s);
    }
    return this.fail(`${field}.type`, 'must be "always", "weekly" or "unknown"');
  }

  area(v: unknown, field: string): ServiceArea | undefined {
    if (!isObject(v)) return this.fail(field, v === undefined ? 'missing required field' : 'must be an object');
    if (v.type === 'national') return { type: 'national' };
    if (v.type === 'counties') {
      const counties = this.enumList(v.counties, `${field}.counties`, COUNTIES, 'county', true);
      return counties && { type: 'counties', counties };
    }
    if (v.type === 'municipalities') {
      const municipalities = this.list(v.municipalities, `${field}.municipalities`, (x, f) => this.municipality(x, f), true);
      if (municipalities && municipalities.length === 0) return this.fail(`${field}.municipalities`, 'needs at least one municipality');
      return municipalities && { type: 'municipalities', municipalities };
    }
    return this.fail(`${field}.type`, 'must be "national", "counties" or "municipalities"');
  }

  source(v: unknown, field: string): Source | undefined {
    if (!isObject(v)) return this.fail(field, 'must be an object {url, checked, published, fact}');
    const before = this.sink.errors.length;
    if (v.url === undefined) this.sink.add(`${field}.url`, 'a source needs a url');
    else if (!isHttpsUrl(v.url)) this.sink.add(`${field}.url`, `${JSON.stringify(v.url)} is not an https URL`);
    if (v.checked === undefined) this.sink.add(`${field}.checked`, 'a source needs a checked date');
    else if (!isIsoDate(v.checked)) this.sink.add(`${field}.checked`, `bad checked date ${JSON.stringify(v.checked)}: must be YYYY-MM-DD`);
    if (typeof v.published !== 'string' || !PUBLISHED_RE.test(v.published)) {
      this.sink.add(`${field}.published`, 'must be "YYYY", "YYYY-MM", "YYYY-MM-DD" or "udatert"');
    }
    const fact = this.text(v.fact, `${field}.fact`, 1000);
    for (const k of Object.keys(v)) if (!['url', 'checked', 'published', 'fact'].includes(k)) this.sink.add(`${field}.${k}`, 'unknown field');
    if (this.sink.errors.length > before) return undefined;
    return { url: v.url as string, checked: v.checked as string, published: v.published as string, fact: fact! };
  }

  triState(v: unknown, field: string): boolean | null | undefined {
    if (v === undefined) return this.fail(field, 'missing required field (use null when not known)');
    if (v !== null && typeof v !== 'boolean') return this.fail(field, 'must be true, false or null');
    return v as boolean | null;
  }
}

export interface ValidateContext {
  /** Ids of the measures that exist ("plan-1" … "plan-122", "nsk-1" … "nsk-33"). */
  measureIds: ReadonlySet<string>;
}

/** Validates one record; returns the normalised service or undefined (then `sink` holds why). */
function validateOne(seed: SeedRecord, sink: ErrorSink, ctx: ValidateContext): Service | undefined {
  const r = seed.record;
  for (const k of Object.keys(r)) if (!FIELDS.has(k)) sink.add(k, 'unknown field');

  // Sources first: every contact fact refers to them.
  const sources: Record<string, Source> = {};
  const sourceKeys = new Set<string>();
  if (!isObject(r.sources)) sink.add('sources', r.sources === undefined ? 'missing required field' : 'must be an object of sources');
  else {
    if (Object.keys(r.sources).length === 0) sink.add('sources', 'needs at least one source');
    for (const k of Object.keys(r.sources)) sourceKeys.add(k);
  }
  const c = new RecordChecker(sink, sourceKeys);
  if (isObject(r.sources)) {
    for (const [k, v] of Object.entries(r.sources)) {
      const s = c.source(v, `sources.${k}`);
      if (s) sources[k] = s;
    }
  }

  const before = sink.errors.length;
  const id = r.id as string;
  const categories = c.enumList(r.categories, 'categories', CATEGORIES, 'category', true);
  let organization: Service['organization'] | undefined;
  if (!isObject(r.organization)) c.fail('organization', r.organization === undefined ? 'missing required field' : 'must be an object {name, url?}');
  else {
    const name = c.text(r.organization.name, 'organization.name', MAX_LEN.name);
    if (r.organization.url !== undefined && !isHttpsUrl(r.organization.url)) c.fail('organization.url', `${JSON.stringify(r.organization.url)} is not an https URL`);
    for (const k of Object.keys(r.organization)) if (!['name', 'url'].includes(k)) sink.add(`organization.${k}`, 'unknown field');
    if (name) organization = r.organization.url === undefined ? { name } : { name, url: r.organization.url as string };
  }
  const name = c.text(r.name, 'name', MAX_LEN.name);
  const summary = c.text(r.summary, 'summary', MAX_LEN.summary);
  const description = c.text(r.description, 'description', MAX_LEN.description);
  const audienceText = c.text(r.audienceText, 'audienceText', MAX_LEN.audienceText);
  const audiences = c.enumList(r.audiences, 'audiences', AUDIENCES, 'audience', false);
  let ages: Service['ages'];
  if (r.ages !== undefined) {
    const a = r.ages;
    const okAge = (x: unknown): boolean => x === undefined || (Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 120);
    if (!isObject(a) || !okAge(a.min) || !okAge(a.max) || (typeof a.min === 'number' && typeof a.max === 'number' && a.min > a.max)) {
      c.fail('ages', 'must be {min?, max?} with whole ages 0–120 and min ≤ max');
    } else ages = { ...(a.min !== undefined && { min: a.min as number }), ...(a.max !== undefined && { max: a.max as number }) };
  }
  const free = c.triState(r.free, 'free');
  const anonymous = c.triState(r.anonymous, 'anonymous');
  const referral = c.triState(r.referral, 'referral');
  const phones = c.list(r.phones, 'phones', (x, f) => c.phone(x, f, 'voice'), true);
  const sms = c.list(r.sms, 'sms', (x, f) => c.phone(x, f, 'sms'), false);
  const chat = c.list(r.chat, 'chat', (x, f) => c.channel(x, f, false), false);
  const email = c.list(r.email, 'email', (x, f) => c.channel(x, f, true), false);
  const website = r.website === undefined || r.website === null ? null : c.channel(r.website, 'website', false);
  const schedule = c.schedule(r.schedule, 'schedule');
  const area = c.area(r.area, 'area');
  let location: Municipality | null | undefined = null;
  if (r.location === undefined) c.fail('location', 'missing required field (use null when there is no office)');
  else if (r.location !== null) location = c.municipality(r.location, 'location');
  const languages = c.list(r.languages, 'languages', (x, f) => (typeof x === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(x) ? x : c.fail(f, `not a BCP 47 language code: ${JSON.stringify(x)}`)), false);
  const measures = c.list(r.measures, 'measures', (x, f) => (typeof x === 'string' && ctx.measureIds.has(x) ? x : c.fail(f, `measure ${JSON.stringify(x)} does not exist (plan-1…plan-122, nsk-1…nsk-33)`)), true);
  const fallback = c.list(r.fallback, 'fallback', (x, f) => (typeof x === 'string' && ID_RE.test(x) ? x : c.fail(f, `not a service id: ${JSON.stringify(x)}`)), true);
  const keywords: Service['keywords'] = {};
  if (!isObject(r.keywords)) c.fail('keywords', r.keywords === undefined ? 'missing required field' : 'must be an object {lang: [words]}');
  else {
    for (const [lang, words] of Object.entries(r.keywords)) {
      if (!(LANGS as readonly string[]).includes(lang)) {
        sink.add(`keywords.${lang}`, `unknown language "${lang}"`);
        continue;
      }
      const list = c.list(words, `keywords.${lang}`, (x, f) => c.text(x, f, 100), true);
      if (list) keywords[lang as keyof Service['keywords']] = [...new Set(list)];
    }
  }
  const notes = c.text(r.notes, 'notes', MAX_LEN.notes, false);
  if (sink.errors.length > before || !ID_RE.test(id ?? '')) return undefined;

  const checkedDates = Object.values(sources).map((s) => s.checked).sort();
  const service: Service = {
    id,
    group: seed.group,
    categories: categories!,
    organization: organization!,
    name: name!,
    names: {},
    summary: summary!,
    description: description!,
    audienceText: audienceText!,
    audiences: audiences!,
    free: free!,
    anonymous: anonymous!,
    referral: referral!,
    phones: phones!,
    sms: sms!,
    chat: chat!,
    email: email!,
    website: website ?? null,
    schedule: schedule!,
    area: area!,
    location: location ?? null,
    languages: languages!,
    measures: [...new Set(measures!)],
    fallback: [...new Set(fallback!)],
    keywords,
    assuredDate: checkedDates.at(-1)!,
    sources,
  };
  if (ages) service.ages = ages;
  if (notes) service.notes = notes;
  return service;
}

/** Validates all records (ids unique across files, fallbacks exist). Returns the valid services and every error. */
export function validateRecords(records: SeedRecord[], ctx: ValidateContext): { services: Service[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const services: Service[] = [];
  const firstSeen = new Map<string, string>();
  for (const seed of records) {
    const rawId = seed.record.id;
    const label = typeof rawId === 'string' && rawId.trim() !== '' ? rawId : `#${seed.index}`;
    const sink = new ErrorSink(seed.file, label.slice(0, 80));
    if (rawId === undefined) sink.add('id', 'missing required field');
    else if (typeof rawId !== 'string' || !ID_RE.test(rawId)) sink.add('id', `${JSON.stringify(rawId).slice(0, 80)} is not a lower-case slug [a-z0-9-]`);
    else if (firstSeen.has(rawId)) sink.add('id', `duplicate id (also in ${firstSeen.get(rawId)})`);
    else firstSeen.set(rawId, seed.file);
    const s = validateOne(seed, sink, ctx);
    errors.push(...sink.errors);
    if (s && sink.errors.length === 0) services.push(s);
  }
  // Fallbacks point to records that exist (checked across all files).
  const byId = new Map(services.map((s) => [s.id, s]));
  const fileOf = new Map(records.map((r) => [r.record.id, r.file]));
  for (const s of services) {
    s.fallback.forEach((f, i) => {
      const file = fileOf.get(s.id) ?? '-';
      if (f === s.id) errors.push({ file, record: s.id, field: `fallback[${i}]`, message: 'a service cannot be its own fallback' });
      else if (!firstSeen.has(f)) errors.push({ file, record: s.id, field: `fallback[${i}]`, message: `fallback service "${f}" does not exist` });
      else if (byId.get(f)?.group) errors.push({ file, record: s.id, field: `fallback[${i}]`, message: `fallback "${f}" is a local office; fallbacks are national lines` });
    });
  }
  return { services, errors };
}
