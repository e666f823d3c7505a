/**
 * Translations of service and measure texts: `locales/{lang}/services.json`.
 *   { "services": { "<id>" | "@<group>": { name?, summary?, description?, audienceText?, scheduleNotes?, notes?,
 *                   labels?: { "phone:<number>" | "sms:<number>" | "chat:<i>" | "email:<i>" | "website": "…" } } },
 *     "measures"?: { "plan-64": { text? }, "nsk-6": { title?, statusText? } } }
 * "@group" texts apply to every office of the group; an office's own entry wins field by field (labels
 * key by key). A label must translate a Norwegian label the record has; `notes` needs the record's own notes.
 */
import { LANGS, type CatalogText, type Lang, type LabelKey, type Measure, type Service } from '../../src/catalog/types.ts';
import type { DroppedPhone } from './certainty.ts';
import type { DataError } from './errors.ts';

export interface LocaleFile {
  lang: string;
  file: string;
  json: unknown;
  parseError?: string;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const TEXT_FIELDS = ['name', 'summary', 'description', 'audienceText', 'scheduleNotes', 'notes'] as const;
const SERVICE_FIELDS = [...TEXT_FIELDS, 'labels'] as const;
const PLAN_FIELDS = ['text'] as const;
const NSK_FIELDS = ['title', 'statusText'] as const;
const MAX_TEXT = 8000;

type ServiceText = CatalogText['services'][string];

/** The label keys of a service's channels: key → true when the channel has a Norwegian label to translate. */
export function labelKeys(service: Service): Map<LabelKey, boolean> {
  const keys = new Map<LabelKey, boolean>();
  for (const p of service.phones) keys.set(`phone:${p.number}`, p.label.nb.trim() !== '');
  for (const p of service.sms) keys.set(`sms:${p.number}`, p.label.nb.trim() !== '');
  service.chat.forEach((c, i) => keys.set(`chat:${i}`, !!c.label?.nb.trim()));
  service.email.forEach((c, i) => keys.set(`email:${i}`, !!c.label?.nb.trim()));
  if (service.website) keys.set('website', !!service.website.label?.nb.trim());
  return keys;
}

/** Validates one language's texts against the built services and measures; returns the expanded texts. */
export function buildLocaleText(f: LocaleFile, services: Service[], measures: Measure[], dropped: DroppedPhone[] = []): { text?: CatalogText; errors: DataError[] } {
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
  const members = (key: string): Service[] =>
    key.startsWith('@') ? services.filter((s) => s.group === key.slice(1)) : services.filter((s) => s.id === key);
  // A label of a number the certainty rule dropped is accepted and never shown, so a number marked low later does not break the translations.
  const droppedKeys = new Set(dropped.map((d) => `${d.service}|${d.kind}:${d.number}`));

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

  const readLabels = (record: string, v: unknown, targets: Service[]): ServiceText['labels'] | undefined => {
    if (!isObject(v)) {
      err(record, 'labels', 'must be an object keyed by channel ("phone:<number>", "sms:<number>", "chat:<i>", "email:<i>", "website")');
      return undefined;
    }
    const out: NonNullable<ServiceText['labels']> = {};
    for (const [k, value] of Object.entries(v)) {
      const field = `labels.${k}`;
      if (!/^(?:(?:phone|sms):\+?\d{3,15}|(?:chat|email):(?:0|[1-9]\d{0,2})|website)$/.test(k)) {
        err(record, field, 'unknown label key (expected "phone:<number>", "sms:<number>", "chat:<i>", "email:<i>" or "website")');
        continue;
      }
      const lk = k as LabelKey;
      const found = targets.map((s) => labelKeys(s).get(lk));
      const isDropped = targets.some((s) => droppedKeys.has(`${s.id}|${k}`));
      if (!found.some((x) => x !== undefined) && !isDropped) {
        const [kind, ref] = k.split(':');
        err(record, field, kind === 'phone' || kind === 'sms' ? `no ${kind} number ${ref} in the record` : `the record has no ${kind === 'website' ? 'website' : `${kind} channel number ${ref} (0-based)`}`);
        continue;
      }
      if (!found.some((x) => x === true) && !isDropped) {
        err(record, field, 'this channel has no Norwegian label to translate');
        continue;
      }
      const s = readText(record, field, value);
      if (s !== undefined) out[lk] = s;
    }
    return Object.keys(out).length > 0 ? out : undefined;
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
    const targets = members(key);
    for (const [field, value] of Object.entries(v)) {
      if (!(SERVICE_FIELDS as readonly string[]).includes(field)) {
        err(key, field, `unknown field (allowed: ${SERVICE_FIELDS.join(', ')})`);
        continue;
      }
      if (field === 'labels') {
        const labels = readLabels(key, value, targets);
        if (labels) t.labels = labels;
        continue;
      }
      if (field === 'notes' && !targets.some((s) => s.notes?.trim())) {
        err(key, field, 'the record has no Norwegian notes to translate');
        continue;
      }
      const s = readText(key, field, value);
      if (s !== undefined) t[field as (typeof TEXT_FIELDS)[number]] = s;
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
    const fromGroup = s.group ? byGroup.get(s.group) : undefined;
    const fromOwn = own.get(s.id);
    const merged: ServiceText = { ...fromGroup, ...fromOwn };
    // Labels merge key by key, and only for channels this office really has (a group label may name one office's number).
    const keys = labelKeys(s);
    const labels = Object.fromEntries(
      Object.entries({ ...fromGroup?.labels, ...fromOwn?.labels }).filter(([k]) => keys.get(k as LabelKey) === true),
    );
    if (Object.keys(labels).length > 0) merged.labels = labels;
    else delete merged.labels;
    if (merged.notes !== undefined && !s.notes?.trim()) delete merged.notes;
    if (Object.keys(merged).length > 0) out[s.id] = merged;
  }
  const text: CatalogText = { lang: f.lang as Lang, services: out };
  if (Object.keys(measureTexts).length > 0) text.measures = measureTexts;
  return { text, errors };
}
