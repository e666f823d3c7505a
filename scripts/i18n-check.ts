/**
 * `npm run i18n:check`: checks the translations against Norwegian bokmål (the source language).
 *
 * Rules (E = error, W = warning; "reviewed"/"draft" is the language's status in locales/status.json):
 *   missing      every nb key present in a reviewed language ........................ E reviewed
 *   stale        keys a language has that nb does not .................... E reviewed, W draft
 *   unused       every nb key used in src/ or scripts/ (t('ns:key'), t('key'), i18nKey, or ALLOW_DYNAMIC) E
 *   undefined    every key used in src/ exists in nb ............................................ E
 *   placeholders the same {{x}} as nb (plural forms may leave out {{count}}) ................. E
 *   plurals      every plural category of the language (Intl.PluralRules) when it has a counted key  E
 *   button       button texts at most BUTTON_FACTOR × nb + BUTTON_SLACK characters .. E reviewed, W draft
 *   services     locales/{lang}/services.json names existing services, groups, measures and fields  E
 *   fidelity     every translation against its nb text (scripts/i18n/fidelity.ts): a phone number, URL or
 *                e-mail address missing ........................................................... E
 *                much shorter / two sentences fewer / Norwegian left (reviewed exceptions in
 *                locales/fidelity-exceptions.json) ................................................ reported
 *   on screen    the share of words a reader meets in Norwegian, per language, on every page type,
 *                rendered with the real components (scripts/i18n/onscreen.ts) ........ printed; E with
 *                --enforce-screen when a page is above 5 % (Northern, Lule, South Sami: 10 %)
 * Then prints the completeness of every language (% of UI keys, % of service texts) and exits 1 on errors.
 * Flags: --no-screen (skip rendering), --enforce-screen, --verbose (every reported text, and where the
 * Norwegian words on screen come from).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGS as LANG_CODES, type Lang } from '../src/catalog/types.ts';
import { checkFidelity, parseExceptions, type FidelityIssue, type TextPair } from './i18n/fidelity.ts';

// ---------------------------------------------------------------------------------------------
// Configuration

/** UI namespaces (locales/{lang}/{ns}.json). services.json is checked separately. */
export const UI_NAMESPACES = ['ui', 'safety', 'share', 'offline', 'i18n'] as const;

/**
 * Keys used through dynamic keys (`t(\`ui:category.${id}\`)`): a key matching one of these counts
 * as used. Add a pattern here when you add a dynamic key in src/.
 */
export const ALLOW_DYNAMIC: RegExp[] = [
  /^i18n:weekday\.(long|short)\.[1-7]$/, // src/i18n/format.ts weekdayName()
  /^ui:weekday\.[1-7]$/, // src/ui/hours-format.ts, src/ui/OpenBadge.tsx
  /^share:weekday\.[1-7]$/, // src/share/print.tsx
  /^ui:category\./, // category ids (CATEGORIES)
  /^ui:audience\./, // audience ids (AUDIENCES)
  /^ui:contact\.[a-zA-Z]+$/, // src/ui/ContactList.tsx contact.${kind}
  /^ui:emergency\.n\d+$/, // src/ui/EmergencyStrip.tsx emergency.n${number}
  /^ui:measures\.status\.[a-z]+$/, // src/ui/MeasureRefs.tsx
  /^ui:measures\.chapter\.(plan|nsk)\.\d+$/, // src/ui/MeasureRefs.tsx MeasureTopic
  /^ui:notFound\.[a-z]+\.(title|text)$/, // src/ui/NotFoundBody.tsx
  /^safety:hide\.browsers\.[a-z]+(\.(name|private|history|app))?$/, // src/routes/HidePage.tsx
  /^safety:hide\.limits\.[a-zA-Z]+$/, // src/routes/HidePage.tsx
  /^safety:wipe\.step\.[a-zA-Z]+$/, // src/safety/WipeControl.tsx
];

/** A key is a button text when one of its segments starts with one of these… */
export const BUTTON_PREFIXES = ['button', 'action'];
/** …or when it is listed here ("ns:key"). */
export const BUTTON_KEYS: string[] = [];
export const BUTTON_FACTOR = 1.6;
export const BUTTON_SLACK = 4;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const SERVICE_FIELDS = ['name', 'summary', 'description', 'audienceText', 'scheduleNotes', 'notes', 'labels'];
/** Service fields that translate an nb text of the record (a translated `name` explains the official one instead). */
const FAITHFUL_FIELDS = ['summary', 'description', 'audienceText', 'scheduleNotes', 'notes'];
const PLAN_FIELDS = ['text'];
const NSK_FIELDS = ['title', 'statusText'];

// ---------------------------------------------------------------------------------------------
// Types

export type Status = 'reviewed' | 'draft';
export type Level = 'error' | 'warning';

export interface Issue {
  level: Level;
  rule: 'missing' | 'stale' | 'unused' | 'undefined' | 'placeholders' | 'plurals' | 'button' | 'services' | 'fidelity' | 'screen';
  lang?: string;
  key?: string;
  message: string;
}

/** One language's UI texts: namespace → flat key → text. */
export type Bundle = Record<string, Record<string, string>>;

export interface ServiceFacts {
  id: string;
  group: string | null;
  /** nb text fields that exist for this service (name, summary, description, audienceText, scheduleNotes). */
  fields: string[];
  /** The nb texts of those fields (used to find offices whose text differs from their group's). */
  nb?: Record<string, string>;
  /** nb contact labels by label key ("phone:116006"). */
  labels?: Record<string, string>;
}

export interface Project {
  langs: string[];
  status: Record<string, Status>;
  /** lang → namespace → flat keys. Must contain nb. */
  bundles: Record<string, Bundle>;
  /** Source files to scan for used keys. */
  sources: { file: string; text: string }[];
  /** Services in the catalogue; null when the catalogue is not built (service rules skipped). */
  services: ServiceFacts[] | null;
  measureIds: string[];
  /** lang → parsed locales/{lang}/services.json. */
  serviceTexts: Record<string, unknown>;
  /** nb texts of the measures by id (text, title, statusText). */
  measureTexts?: Record<string, Record<string, string>>;
  /** Official names that may stay Norwegian inside a translation (services, organisations, ministries, plans). */
  names?: string[];
  /** Parsed locales/fidelity-exceptions.json (undefined when there is none). */
  exceptions?: unknown;
}

export interface CompletenessRow {
  lang: string;
  status: Status;
  uiKeys: number;
  uiTotal: number;
  serviceFields: number;
  serviceTotal: number;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Flattens nested JSON into dotted keys; non-string leaves are reported as they are (String()). */
export function flatten(obj: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = typeof obj === 'string' ? obj : String(obj);
  }
  return out;
}

/** "serviceCount_few" → "serviceCount". */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

function pluralCategory(key: string): string | null {
  return PLURAL_SUFFIX.exec(key)?.[1] ?? null;
}

export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

export function pluralCategories(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories];
}

/** Base keys of a namespace with, for each, the plural forms it has (empty for plain keys). */
function bases(flat: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of Object.keys(flat)) {
    const cat = pluralCategory(key);
    const base = cat ? baseKey(key) : key;
    const list = out.get(base) ?? [];
    if (cat) list.push(cat);
    out.set(base, list);
  }
  return out;
}

function isButtonKey(ns: string, key: string): boolean {
  if (BUTTON_KEYS.includes(`${ns}:${key}`)) return true;
  return baseKey(key)
    .split('.')
    .some((seg) => BUTTON_PREFIXES.some((p) => seg.toLowerCase().startsWith(p)));
}

const chars = (s: string): number => [...s].length;

// ---------------------------------------------------------------------------------------------
// Rules

/** Keys a language lacks (reviewed: error) and keys it has that nb does not (reviewed: error, draft: warning). */
export function checkMissingAndStale(p: Project): Issue[] {
  const issues: Issue[] = [];
  const nb = p.bundles.nb ?? {};
  for (const lang of p.langs) {
    if (lang === 'nb') continue;
    const reviewed = p.status[lang] === 'reviewed';
    for (const ns of UI_NAMESPACES) {
      const nbBases = bases(nb[ns] ?? {});
      const own = bases(p.bundles[lang]?.[ns] ?? {});
      if (reviewed) {
        for (const base of nbBases.keys()) {
          if (!own.has(base)) issues.push({ level: 'error', rule: 'missing', lang, key: `${ns}:${base}`, message: 'missing in a reviewed language' });
        }
      }
      for (const base of own.keys()) {
        if (!nbBases.has(base)) {
          issues.push({ level: reviewed ? 'error' : 'warning', rule: 'stale', lang, key: `${ns}:${base}`, message: 'not in nb (renamed or removed?)' });
        }
      }
    }
  }
  return issues;
}

export interface UsedKeys {
  /** "ns:key" or bare "key" (any namespace). */
  keys: Set<string>;
  /** Dynamic keys found (template literals), with where they are. */
  dynamic: { key: string; where: string }[];
}

const KEY_CHARS = "[A-Za-z0-9_.:-]+";

/** Finds translation keys used in source files. */
export function findUsedKeys(sources: Project['sources']): UsedKeys {
  const keys = new Set<string>();
  const dynamic: UsedKeys['dynamic'] = [];
  const nsPrefix = new RegExp(`^(${UI_NAMESPACES.join('|')}):`);
  for (const { file, text } of sources) {
    // t('key'), t("ns:key"), tr(lang, 'key'), tl(lang, 'ns:key'), i18next.t('…')
    const call = new RegExp(`\\b(?:t|tr|tl)\\(\\s*(?:[A-Za-z_$][\\w.$]*\\s*,\\s*)?(['"\`])([^'"\`\\n]*)\\1`, 'g');
    for (const m of text.matchAll(call)) {
      const key = m[2] ?? '';
      if (m[1] === '`' && key.includes('${')) {
        const line = text.slice(0, m.index).split('\n').length;
        dynamic.push({ key, where: `${file}:${line}` });
      } else if (new RegExp(`^${KEY_CHARS}$`).test(key)) keys.add(key);
    }
    // i18nKey="…", i18nKey: '…', i18nKey={'…'}
    for (const m of text.matchAll(/i18nKey\s*[=:]\s*\{?\s*(['"])([^'"\n]+)\1/g)) keys.add(m[2] ?? '');
    // any string literal that is a namespaced key: 'safety:exit.label'
    for (const m of text.matchAll(new RegExp(`(['"\`])(${KEY_CHARS})\\1`, 'g'))) {
      const s = m[2] ?? '';
      if (nsPrefix.test(s)) keys.add(s);
    }
  }
  return { keys, dynamic };
}

/** nb keys no source uses (error) and keys sources use that nb does not have (error). */
export function checkUsage(p: Project, allow: RegExp[] = ALLOW_DYNAMIC): Issue[] {
  const issues: Issue[] = [];
  const { keys, dynamic } = findUsedKeys(p.sources);
  const nb = p.bundles.nb ?? {};
  const nbBases: { ns: string; base: string }[] = [];
  for (const ns of UI_NAMESPACES) for (const base of bases(nb[ns] ?? {}).keys()) nbBases.push({ ns, base });

  const covers = (used: string, base: string) => base === used || base.startsWith(`${used}.`);
  const usedBare = [...keys].filter((k) => !k.includes(':'));
  const usedNs = [...keys].filter((k) => k.includes(':'));

  for (const { ns, base } of nbBases) {
    const full = `${ns}:${base}`;
    const used =
      usedNs.some((k) => k.startsWith(`${ns}:`) && covers(k.slice(ns.length + 1), base)) ||
      usedBare.some((k) => covers(k, base)) ||
      allow.some((re) => re.test(full));
    if (!used) issues.push({ level: 'error', rule: 'unused', lang: 'nb', key: full, message: 'not used in src/ (remove it, or add a pattern to ALLOW_DYNAMIC)' });
  }
  const exists = (ns: string | null, key: string) =>
    nbBases.some((b) => (ns === null || b.ns === ns) && (b.base === key || b.base.startsWith(`${key}.`)));
  for (const k of keys) {
    const i = k.indexOf(':');
    const ns = i >= 0 ? k.slice(0, i) : null;
    const key = i >= 0 ? k.slice(i + 1) : k;
    if (ns !== null && !(UI_NAMESPACES as readonly string[]).includes(ns)) continue;
    // Bare single words ("a", "href") in t(…) are too ambiguous to report; dotted keys and namespaced keys are.
    if (ns === null && !key.includes('.')) {
      if (!exists(null, key) && /^[a-z][A-Za-z0-9]*$/.test(key) && key.length > 2) {
        issues.push({ level: 'warning', rule: 'undefined', lang: 'nb', key, message: 'used in src/ but not in any nb namespace' });
      }
      continue;
    }
    if (!exists(ns, key)) issues.push({ level: 'error', rule: 'undefined', lang: 'nb', key: k, message: 'used in src/ but missing in nb: users would see the key' });
  }
  // A dynamic key must be covered: some nb key fits its template, and every such key is allowed.
  for (const d of dynamic) {
    const withNs = /^[a-z0-9]+:/.test(d.key) ? d.key : `ui:${d.key}`;
    const template = new RegExp(`^${withNs.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('.+')}$`);
    const fits = nbBases.map((b) => `${b.ns}:${b.base}`).filter((k) => template.test(k));
    if (fits.length === 0) issues.push({ level: 'warning', rule: 'undefined', key: d.key, message: `dynamic key at ${d.where} fits no nb key` });
    else if (!fits.every((k) => allow.some((re) => re.test(k)))) {
      issues.push({ level: 'warning', rule: 'unused', key: d.key, message: `dynamic key at ${d.where}: add an allow pattern in scripts/i18n-check.ts` });
    }
  }
  return issues;
}

/** Every translated UI text outside nb, with the nb namespace it is checked against. */
function* translatedTexts(p: Project): Generator<{ lang: string; ns: (typeof UI_NAMESPACES)[number]; nbFlat: Record<string, string>; key: string; text: string }> {
  const nb = p.bundles.nb ?? {};
  for (const lang of p.langs) {
    if (lang === 'nb') continue;
    for (const ns of UI_NAMESPACES) {
      const nbFlat = nb[ns] ?? {};
      for (const [key, text] of Object.entries(p.bundles[lang]?.[ns] ?? {})) yield { lang, ns, nbFlat, key, text };
    }
  }
}

/** Placeholders must match nb's; a plural form may leave out {{count}} ("خدمة واحدة"). */
export function checkPlaceholders(p: Project): Issue[] {
  const issues: Issue[] = [];
  for (const { lang, ns, nbFlat, key, text } of translatedTexts(p)) {
    const cat = pluralCategory(key);
    const base = cat ? baseKey(key) : key;
    const nbForms = Object.entries(nbFlat).filter(([k]) => k === base || (pluralCategory(k) && baseKey(k) === base));
    if (nbForms.length === 0) continue; // stale: reported elsewhere
    const expected = [...new Set(nbForms.flatMap(([, t]) => placeholders(t)))].sort();
    let got = placeholders(text);
    let want = expected;
    if (cat) {
      got = got.filter((x) => x !== 'count');
      want = want.filter((x) => x !== 'count');
    }
    if (got.join(',') !== want.join(',')) {
      issues.push({ level: 'error', rule: 'placeholders', lang, key: `${ns}:${key}`, message: `placeholders {${got.join(', ')}} differ from nb {${want.join(', ')}}` });
    }
  }
  return issues;
}

/** A language that has a counted key must have every plural category it needs. */
export function checkPlurals(p: Project): Issue[] {
  const issues: Issue[] = [];
  const nb = p.bundles.nb ?? {};
  for (const lang of p.langs) {
    const needed = pluralCategories(lang);
    for (const ns of UI_NAMESPACES) {
      const nbCounted = new Set([...bases(nb[ns] ?? {})].filter(([, c]) => c.length > 0).map(([b]) => b));
      for (const [base, cats] of bases(p.bundles[lang]?.[ns] ?? {})) {
        if (cats.length === 0 && !nbCounted.has(base)) continue;
        const missing = needed.filter((c) => !cats.includes(c));
        if (missing.length > 0) {
          issues.push({ level: 'error', rule: 'plurals', lang, key: `${ns}:${base}`, message: `needs ${needed.map((c) => `_${c}`).join(', ')}; missing ${missing.map((c) => `_${c}`).join(', ')}` });
        }
      }
    }
  }
  return issues;
}

/** Button texts may not be much longer than nb's (they must fit a 360 px screen). */
export function checkButtons(p: Project, factor = BUTTON_FACTOR, slack = BUTTON_SLACK): Issue[] {
  const issues: Issue[] = [];
  for (const { lang, ns, nbFlat, key, text } of translatedTexts(p)) {
    if (!isButtonKey(ns, key)) continue;
    const nbText = nbFlat[key] ?? nbFlat[`${baseKey(key)}_other`] ?? nbFlat[baseKey(key)];
    if (nbText === undefined) continue;
    const limit = Math.floor(chars(nbText) * factor + slack);
    if (chars(text) > limit) {
      issues.push({
        level: p.status[lang] === 'reviewed' ? 'error' : 'warning',
        rule: 'button',
        lang,
        key: `${ns}:${key}`,
        message: `button text is ${chars(text)} characters, nb "${nbText}" allows ${limit}: "${text}"`,
      });
    }
  }
  return issues;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** services.json: known ids/groups/measures and fields, non-empty strings. */
export function checkServiceTexts(p: Project): Issue[] {
  const issues: Issue[] = [];
  if (!p.services) return issues;
  const ids = new Set(p.services.map((s) => s.id));
  const groups = new Set(p.services.map((s) => s.group).filter((g): g is string => !!g));
  const measures = new Set(p.measureIds);
  const err = (lang: string, key: string, message: string) => issues.push({ level: 'error', rule: 'services', lang, key, message });
  for (const [lang, json] of Object.entries(p.serviceTexts)) {
    if (lang === 'nb') {
      err(lang, 'services.json', 'nb texts live in seeds/services, not in locales/nb/services.json');
      continue;
    }
    if (!isObject(json)) {
      err(lang, 'services.json', 'must be a JSON object');
      continue;
    }
    for (const k of Object.keys(json)) if (!['services', 'measures', '$comment'].includes(k)) err(lang, k, 'unknown top-level field');
    for (const [id, v] of Object.entries(isObject(json.services) ? json.services : {})) {
      const known = id.startsWith('@') ? groups.has(id.slice(1)) : ids.has(id);
      if (!known) err(lang, id, id.startsWith('@') ? `unknown group "${id.slice(1)}"` : `unknown service id "${id}"`);
      for (const [field, text] of Object.entries(isObject(v) ? v : {})) {
        if (!SERVICE_FIELDS.includes(field)) err(lang, `${id}.${field}`, 'unknown field');
        else if (field === 'labels') {
          // Which channels exist is checked by `npm run data` (scripts/data/locales.ts); here only the shape.
          if (!isObject(text)) err(lang, `${id}.labels`, 'must be an object keyed by channel');
          else for (const [k, label] of Object.entries(text)) if (typeof label !== 'string' || label.trim() === '') err(lang, `${id}.labels.${k}`, 'must be a non-empty string');
        } else if (typeof text !== 'string' || text.trim() === '') err(lang, `${id}.${field}`, 'must be a non-empty string');
      }
    }
    // A group text replaces the text of every office that has no own translation. An office whose nb
    // text differs from its group's (most common) text needs its own translation of that field.
    const services = isObject(json.services) ? (json.services as Record<string, Record<string, unknown>>) : {};
    for (const group of groups) {
      const groupText = services[`@${group}`];
      if (!isObject(groupText)) continue;
      const members = p.services.filter((s) => s.group === group);
      for (const field of Object.keys(groupText)) {
        if (field === 'name') continue; // a group name explains every office's own official name
        const counts = new Map<string, number>();
        for (const m of members) if (m.nb?.[field]) counts.set(m.nb[field]!, (counts.get(m.nb[field]!) ?? 0) + 1);
        const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
        for (const m of members) {
          const own = m.nb?.[field];
          if (own !== undefined && own !== common && !(isObject(services[m.id]) && typeof services[m.id]![field] === 'string')) {
            err(lang, `${m.id}.${field}`, `has its own nb ${field}, but would get the @${group} text: translate it for this office too`);
          }
        }
      }
    }
    for (const [id, v] of Object.entries(isObject(json.measures) ? json.measures : {})) {
      if (!measures.has(id)) err(lang, id, `unknown measure "${id}"`);
      const allowed = id.startsWith('plan-') ? PLAN_FIELDS : NSK_FIELDS;
      for (const field of Object.keys(isObject(v) ? v : {})) if (!allowed.includes(field)) err(lang, `${id}.${field}`, 'unknown field');
    }
  }
  return issues;
}

/** Every translated text with the nb text it translates: UI strings, service texts (labels included) and measures. */
export function textPairs(p: Project): TextPair[] {
  const pairs: TextPair[] = [];
  for (const { lang, ns, nbFlat, key, text } of translatedTexts(p)) {
    const nb = nbFlat[key] ?? nbFlat[`${baseKey(key)}_other`] ?? nbFlat[baseKey(key)];
    if (nb !== undefined) pairs.push({ lang, key: `${ns}:${key}`, nb, text });
  }
  const byId = new Map((p.services ?? []).map((s) => [s.id, s]));
  const common = (group: string, read: (s: ServiceFacts) => string | undefined): string | undefined => {
    const counts = new Map<string, number>();
    for (const s of p.services ?? []) if (s.group === group) {
      const v = read(s);
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  for (const [lang, json] of Object.entries(p.serviceTexts)) {
    if (lang === 'nb' || !isObject(json)) continue;
    for (const [id, v] of Object.entries(isObject(json.services) ? json.services : {})) {
      if (!isObject(v)) continue;
      const nbOf = (read: (s: ServiceFacts) => string | undefined) => (id.startsWith('@') ? common(id.slice(1), read) : (() => { const s = byId.get(id); return s ? read(s) : undefined; })());
      for (const field of FAITHFUL_FIELDS) {
        const text = v[field];
        const nb = nbOf((s) => s.nb?.[field]);
        if (typeof text === 'string' && nb) pairs.push({ lang, key: `services:${id}.${field}`, nb, text });
      }
      for (const [k, text] of Object.entries(isObject(v.labels) ? v.labels : {})) {
        const nb = nbOf((s) => s.labels?.[k]);
        if (typeof text === 'string' && nb) pairs.push({ lang, key: `services:${id}.labels.${k}`, nb, text });
      }
    }
    for (const [id, v] of Object.entries(isObject(json.measures) ? json.measures : {})) {
      for (const [field, text] of Object.entries(isObject(v) ? v : {})) {
        const nb = p.measureTexts?.[id]?.[field];
        if (typeof text === 'string' && nb) pairs.push({ lang, key: `measures:${id}.${field}`, nb, text });
      }
    }
  }
  return pairs;
}

/** The fidelity rules over every translation, with the reviewed exceptions. */
export function checkTranslationFidelity(p: Project): FidelityIssue[] {
  const { exceptions, errors } = parseExceptions(p.exceptions);
  return [...errors, ...checkFidelity(textPairs(p), p.names ?? [], exceptions)];
}

/** Per language: UI keys present (of nb's base keys) and service text fields present (own or @group). */
export function completeness(p: Project): CompletenessRow[] {
  const nb = p.bundles.nb ?? {};
  const rows: CompletenessRow[] = [];
  for (const lang of p.langs) {
    let uiKeys = 0;
    let uiTotal = 0;
    for (const ns of UI_NAMESPACES) {
      const own = bases(p.bundles[lang]?.[ns] ?? {});
      for (const base of bases(nb[ns] ?? {}).keys()) {
        uiTotal += 1;
        if (lang === 'nb' || own.has(base)) uiKeys += 1;
      }
    }
    let serviceFields = 0;
    let serviceTotal = 0;
    const json = p.serviceTexts[lang];
    const texts = isObject(json) && isObject(json.services) ? (json.services as Record<string, Record<string, unknown>>) : {};
    for (const s of p.services ?? []) {
      for (const field of s.fields) {
        serviceTotal += 1;
        const has = (entry: Record<string, unknown> | undefined) => typeof entry?.[field] === 'string' && entry[field] !== '';
        if (lang === 'nb' || has(texts[s.id]) || (s.group !== null && has(texts[`@${s.group}`]))) serviceFields += 1;
      }
    }
    rows.push({ lang, status: p.status[lang] ?? 'draft', uiKeys, uiTotal, serviceFields, serviceTotal });
  }
  return rows;
}

export function checkProject(p: Project): Issue[] {
  return [
    ...checkMissingAndStale(p),
    ...checkUsage(p),
    ...checkPlaceholders(p),
    ...checkPlurals(p),
    ...checkButtons(p),
    ...checkServiceTexts(p),
  ];
}

const pct = (n: number, total: number) => (total === 0 ? '–' : `${Math.floor((100 * n) / total)} %`);

export function formatTable(rows: CompletenessRow[]): string {
  const head = ['lang', 'status', 'UI keys', '', 'service texts', ''];
  const lines = rows.map((r) => [r.lang, r.status, pct(r.uiKeys, r.uiTotal), `${r.uiKeys}/${r.uiTotal}`, pct(r.serviceFields, r.serviceTotal), `${r.serviceFields}/${r.serviceTotal}`]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Reading the repository

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function readProject(root: string): Project {
  const status = JSON.parse(readFileSync(join(root, 'locales/status.json'), 'utf8')) as Record<string, Status>;
  const langs = Object.keys(status);
  const bundles: Record<string, Bundle> = {};
  const serviceTexts: Record<string, unknown> = {};
  for (const lang of langs) {
    bundles[lang] = {};
    for (const ns of UI_NAMESPACES) {
      const f = join(root, 'locales', lang, `${ns}.json`);
      bundles[lang][ns] = existsSync(f) ? flatten(JSON.parse(readFileSync(f, 'utf8'))) : {};
    }
    const s = join(root, 'locales', lang, 'services.json');
    if (existsSync(s)) serviceTexts[lang] = JSON.parse(readFileSync(s, 'utf8'));
  }
  // src/ and the build scripts (the prerenderer writes translated titles); not this checker itself.
  const files = [...walk(join(root, 'src')), ...walk(join(root, 'scripts')).filter((f) => !f.endsWith('i18n-check.ts'))];
  const sources = files.map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }));
  let services: ServiceFacts[] | null = null;
  let measureIds: string[] = [];
  let measureTexts: Project['measureTexts'];
  let names: string[] = [];
  const catalogFile = join(root, 'src/generated/catalog.json');
  if (existsSync(catalogFile)) {
    type Label = { label?: { nb?: string } };
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as {
      services: {
        id: string;
        group: string | null;
        name?: string;
        organization?: { name?: string };
        summary?: string;
        description?: string;
        audienceText?: string;
        notes?: string;
        schedule?: { notes?: { nb?: string } };
        phones?: ({ number: string } & Label)[];
        sms?: ({ number: string } & Label)[];
        chat?: Label[];
        email?: Label[];
        website?: Label | null;
      }[];
      measures?: { id: string; text?: string; title?: string; statusText?: string; chapter?: { title: string }; area?: { title: string } }[];
      ministries?: Record<string, string>;
      places?: { name: string; altNames?: string[] }[];
    };
    services = catalog.services.map((s) => ({
      id: s.id,
      group: s.group ?? null,
      fields: [
        ...(['name', 'summary', 'description', 'audienceText'] as const).filter((f) => typeof s[f] === 'string' && s[f] !== ''),
        ...(s.schedule?.notes?.nb ? ['scheduleNotes'] : []),
      ],
      nb: {
        ...Object.fromEntries((['summary', 'description', 'audienceText', 'notes'] as const).filter((f) => typeof s[f] === 'string').map((f) => [f, s[f] as string])),
        ...(s.schedule?.notes?.nb ? { scheduleNotes: s.schedule.notes.nb } : {}),
      },
      labels: Object.fromEntries(
        [
          ...(s.phones ?? []).map((x) => [`phone:${x.number}`, x.label?.nb]),
          ...(s.sms ?? []).map((x) => [`sms:${x.number}`, x.label?.nb]),
          ...(s.chat ?? []).map((x, i) => [`chat:${i}`, x.label?.nb]),
          ...(s.email ?? []).map((x, i) => [`email:${i}`, x.label?.nb]),
          ['website', s.website?.label?.nb],
        ].filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
      ),
    }));
    measureIds = (catalog.measures ?? []).map((m) => m.id);
    measureTexts = Object.fromEntries(
      (catalog.measures ?? []).map((m) => [m.id, Object.fromEntries((['text', 'title', 'statusText'] as const).filter((f) => typeof m[f] === 'string' && m[f] !== '').map((f) => [f, m[f] as string]))]),
    );
    names = [
      ...catalog.services.flatMap((s) => [s.name ?? '', s.organization?.name ?? '']),
      ...Object.values(catalog.ministries ?? {}),
      ...(catalog.measures ?? []).flatMap((m) => [m.chapter?.title ?? '', m.area?.title ?? '']),
      ...(catalog.places ?? []).flatMap((pl) => [pl.name, ...(pl.altNames ?? [])]),
      'Opptrappingsplan mot vold og overgrep mot barn og vold i nære relasjoner',
      'Frihet fra negativ sosial kontroll og æresrelatert vold',
      'Trygghet for alle',
    ].filter((n) => n.length > 3);
    // "Vold- og overgrepslinjen (VO-linjen) 116 006" is also written "Vold- og overgrepslinjen".
    names = [...new Set([...names, ...names.map((n) => n.split(' (')[0]!.trim())])].filter((n) => n.length > 3).sort((a, b) => b.length - a.length);
  }
  const exceptionsFile = join(root, 'locales/fidelity-exceptions.json');
  const exceptions = existsSync(exceptionsFile) ? (JSON.parse(readFileSync(exceptionsFile, 'utf8')) as unknown) : undefined;
  return { langs, status, bundles, sources, services, measureIds, serviceTexts, measureTexts, names, exceptions };
}

/** Options of `npm run i18n:check` (command-line flags). */
export interface CheckOptions {
  /** Render the pages and print the on-screen Norwegian share (default true; `--no-screen`). */
  screen?: boolean;
  /** A page above its limit is an error (`--enforce-screen`). */
  enforceScreen?: boolean;
  /** Print every reported text and the Norwegian pieces on screen (`--verbose`). */
  verbose?: boolean;
}

/** Parses the command-line flags. */
export function parseFlags(argv: readonly string[]): CheckOptions {
  return { screen: !argv.includes('--no-screen'), enforceScreen: argv.includes('--enforce-screen'), verbose: argv.includes('--verbose') };
}

export async function main(root = process.cwd(), log: (s: string) => void = console.log, opts: CheckOptions = {}): Promise<number> {
  const p = readProject(root);
  if (!p.services) log('i18n:check: src/generated/catalog.json is missing (run `npm run data`): service texts not checked.');
  const fidelity = p.services ? checkTranslationFidelity(p) : [];
  const issues: Issue[] = [
    ...checkProject(p),
    ...fidelity.filter((f) => f.level === 'error').map((f): Issue => ({ level: 'error', rule: 'fidelity', lang: f.lang, key: f.key, message: `[${f.rule}] ${f.message}` })),
  ];
  const errors = issues.filter((i) => i.level === 'error');
  const warnings = issues.filter((i) => i.level === 'warning');
  const line = (i: Issue) => `  ${i.level === 'error' ? 'ERROR' : 'warn '} [${i.rule}] ${i.lang ?? '-'} ${i.key ?? ''}: ${i.message}`;
  if (warnings.length > 0) {
    log(`i18n:check: ${warnings.length} warning(s) (draft languages or hints):`);
    const shown = warnings.slice(0, 40);
    for (const w of shown) log(line(w));
    if (warnings.length > shown.length) log(`  … and ${warnings.length - shown.length} more`);
  }
  const reported = fidelity.filter((f) => f.level === 'warning');
  if (reported.length > 0) {
    log(`\nFidelity: ${reported.length} text(s) to look at (shorter than the Norwegian, or Norwegian left; reviewed exceptions in locales/fidelity-exceptions.json):`);
    const perLang = new Map<string, FidelityIssue[]>();
    for (const f of reported) perLang.set(f.lang, [...(perLang.get(f.lang) ?? []), f]);
    for (const [lang, list] of perLang) {
      log(`  ${lang}: ${list.length}`);
      for (const f of opts.verbose ? list : list.slice(0, 5)) log(`    [${f.rule}] ${f.key}: ${f.message}`);
      if (!opts.verbose && list.length > 5) log(`    … and ${list.length - 5} more (--verbose)`);
    }
  }
  log('\nCompleteness (draft = not yet checked by a native speaker):');
  log(formatTable(completeness(p)));
  if (opts.screen !== false && p.services) {
    const { measureLanguages, formatScreenTable, overLimit, topPieces } = await import('./i18n/onscreen.ts');
    const rows = await measureLanguages(root, p.langs.filter((l): l is Lang => (LANG_CODES as readonly string[]).includes(l)));
    log('\nOn screen: share of the words a reader meets in Norwegian (official names, source citations and folded');
    log('Norwegian text left aside; home, 4 searches, a service of every category, a list, the measures and about pages):');
    log(formatScreenTable(rows));
    for (const r of rows) {
      const over = overLimit(r);
      if (opts.verbose && r.norwegian > 0) {
        log(`  ${r.lang} — where the Norwegian words come from:`);
        for (const piece of topPieces(r)) log(`    ${piece}`);
      }
      if (opts.enforceScreen) for (const page of over) errors.push({ level: 'error', rule: 'screen', lang: r.lang, key: page.path, message: `${((100 * page.norwegian) / page.words).toFixed(1)} % of the words on screen are Norwegian (limit ${Math.round(100 * r.limit)} %)` });
    }
    if (!opts.enforceScreen) log(`(${rows.filter((r) => overLimit(r).length > 0).length} language(s) have a page above the limit; --enforce-screen makes that an error)`);
  }
  if (errors.length > 0) {
    log(`\ni18n:check: ${errors.length} error(s):`);
    for (const e of errors) log(line(e));
    return 1;
  }
  log('\ni18n:check: ok');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exit(await main(process.cwd(), console.log, parseFlags(process.argv.slice(2))));
}
