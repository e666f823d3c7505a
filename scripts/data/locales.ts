/**
 * Translations of service and measure texts: `locales/{lang}/services.json`.
 *   { "services": { "<id>" | "@<group>": { name?, summary?, description?, audienceText?, scheduleNotes? } },
 *     "measures"?: { "plan-64": { text? }, "nsk-6": { title?, statusText? } } }
 * "@group" texts apply to every office of the group; an office's own entry wins field by field.
 */
import { LANGS, type CatalogText, type Lang, type Measure, type Service } from '../../src/catalog/types.ts';
import type { DataError } from './errors.ts';

export interface LocaleFile {
  lang: string;
  file: string;
  json: unknown;
  parseError?: string;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const SERVICE_FIELDS = ['name', 'summary', 'description', 'audienceText', 'scheduleNotes'] as const;
const PLAN_FIELDS = ['text'] as const;
const NSK_FIELDS = ['title', 'statusText'] as const;
const MAX_TEXT = 8000;

type ServiceText = CatalogText['services'][string];

/** Validates one language's texts against the built services and measures; returns the expanded texts. */
export function buildLocaleText(f: LocaleFile, services: Service[], measures: Measure[]): { text?: CatalogText; errors: DataError[] } {
  const errors: DataError[] = [];
  const err = (record: string, field: string, message: string): void => {
    errors.push({ file: f.file, record, field, message });
  };
  if (f.parseError !== undefined) return { errors: [{ file: f.file, record: '-', field: '-', message: `not valid JSON: ${f.parseError}` }] };
  if (!(LANGS as readonly string[]).includes(f.lang) || f.lang === 'nb') {
    err('-', '-', f.lang === 'nb' ? 'nb texts live in the seeds, not in locales/nb/services.json' : `unknown language "${f.lang}"`);
    return { errors };
  }
  const j = f.json;
  if (!isObject(j)) return { errors: [{ file: f.file, record: '-', field: '-', message: 'must be a JSON object' }] };
  for (const k of Object.keys(j)) if (!['services', 'measures', '$comment'].includes(k)) err('-', k, 'unknown field (expected "services" and "measures")');

  const ids = new Set(services.map((s) => s.id));
  const groups = new Set(services.map((s) => s.group).filter((g): g is string => g !== null));
  const measureIds = new Set(measures.map((m) => m.id));

  const readText = (record: string, field: string, v: unknown): string | undefined => {
    if (typeof v !== 'string' || v.trim() === '') {
      err(record, field, 'must be a non-empty string');
      return undefined;
    }
    if (v.length > MAX_TEXT) {
      err(record, field, `too long (${v.length} characters, at most ${MAX_TEXT})`);
      return undefined;
    }
    if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(v)) {
      err(record, field, 'contains control characters');
      return undefined;
    }
    return v.normalize('NFC').trim();
  };

  const own = new Map<string, ServiceText>();
  const byGroup = new Map<string, ServiceText>();
  if (j.services !== undefined && !isObject(j.services)) err('-', 'services', 'must be an object keyed by service id or "@group"');
  for (const [key, v] of Object.entries(isObject(j.services) ? j.services : {})) {
    const isGroup = key.startsWith('@');
    if (isGroup ? !groups.has(key.slice(1)) : !ids.has(key)) {
      err(key, '-', isGroup ? `unknown group "${key.slice(1)}"` : `unknown service id "${key}"`);
      continue;
    }
    if (!isObject(v)) {
      err(key, '-', 'must be an object');
      continue;
    }
    const t: ServiceText = {};
    for (const [field, value] of Object.entries(v)) {
      if (!(SERVICE_FIELDS as readonly string[]).includes(field)) {
        err(key, field, `unknown field (allowed: ${SERVICE_FIELDS.join(', ')})`);
        continue;
      }
      const s = readText(key, field, value);
      if (s !== undefined) t[field as (typeof SERVICE_FIELDS)[number]] = s;
    }
    (isGroup ? byGroup : own).set(isGroup ? key.slice(1) : key, t);
  }

  const measureTexts: NonNullable<CatalogText['measures']> = {};
  if (j.measures !== undefined && !isObject(j.measures)) err('-', 'measures', 'must be an object keyed by measure id');
  for (const [key, v] of Object.entries(isObject(j.measures) ? j.measures : {})) {
    if (!measureIds.has(key)) {
      err(key, '-', `unknown measure "${key}"`);
      continue;
    }
    if (!isObject(v)) {
      err(key, '-', 'must be an object');
      continue;
    }
    const allowed: readonly string[] = key.startsWith('plan-') ? PLAN_FIELDS : NSK_FIELDS;
    const t: { text?: string; title?: string; statusText?: string } = {};
    for (const [field, value] of Object.entries(v)) {
      if (!allowed.includes(field)) {
        err(key, field, `unknown field (allowed for ${key}: ${allowed.join(', ')})`);
        continue;
      }
      const s = readText(key, field, value);
      if (s !== undefined) t[field as 'text'] = s;
    }
    if (Object.keys(t).length > 0) measureTexts[key] = t;
  }
  if (errors.length > 0) return { errors };

  // Expand group texts per office; the office's own fields win.
  const out: CatalogText['services'] = {};
  for (const s of services) {
    const merged = { ...(s.group ? byGroup.get(s.group) : undefined), ...own.get(s.id) };
    if (Object.keys(merged).length > 0) out[s.id] = merged;
  }
  const text: CatalogText = { lang: f.lang as Lang, services: out };
  if (Object.keys(measureTexts).length > 0) text.measures = measureTexts;
  return { text, errors };
}
