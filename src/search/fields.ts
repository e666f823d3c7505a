/**
 * What of a service is searchable, and how much each field counts. Short fields only: names in every
 * language, keywords, the words for its categories/audiences/features, organisation, places, and the
 * one-line summary at a low weight (real text, so honest, but wordy). Long descriptions are left out:
 * they make everything match everything.
 */
import { LANGS, type CatalogText, type Lang, type Service } from '../catalog/types.ts';
import { AUDIENCE_TERMS, CATEGORY_TERMS, FEATURE_TERMS } from './labels.ts';

export const WEIGHT = { name: 3, keyword: 2.5, label: 2, place: 1.5, org: 1.2, feature: 0.8, summary: 0.5 } as const;

export type FieldKind = keyof typeof WEIGHT;

/** A piece of searchable text; `lang` null = not tied to a language (names of places, organisation). */
export interface Field {
  text: string;
  weight: number;
  lang: Lang | null;
  kind: FieldKind;
}

export function fieldsOf(s: Service, texts: CatalogText[]): Field[] {
  const out: Field[] = [{ text: s.name, weight: WEIGHT.name, lang: 'nb', kind: 'name' }];
  for (const lang of LANGS) {
    const n = s.names?.[lang];
    if (n) out.push({ text: n, weight: WEIGHT.name, lang, kind: 'name' });
    for (const k of s.keywords?.[lang] ?? []) out.push({ text: k, weight: WEIGHT.keyword, lang, kind: 'keyword' });
  }
  for (const t of texts) {
    const tr = t.services?.[s.id];
    if (tr?.name) out.push({ text: tr.name, weight: WEIGHT.name, lang: t.lang, kind: 'name' });
    if (tr?.summary) out.push({ text: tr.summary, weight: WEIGHT.summary, lang: t.lang, kind: 'summary' });
  }
  if (s.summary) out.push({ text: s.summary, weight: WEIGHT.summary, lang: 'nb', kind: 'summary' });
  if (s.organization?.name) out.push({ text: s.organization.name, weight: WEIGHT.org, lang: null, kind: 'org' });
  const terms = (table: Partial<Record<Lang, string>>, kind: 'label' | 'feature') => {
    for (const lang of LANGS) if (table[lang]) out.push({ text: table[lang]!, weight: WEIGHT[kind], lang, kind });
  };
  for (const c of s.categories ?? []) terms(CATEGORY_TERMS[c] ?? {}, 'label');
  for (const a of s.audiences ?? []) terms(AUDIENCE_TERMS[a] ?? {}, 'feature');
  if (s.free === true) terms(FEATURE_TERMS.free, 'feature');
  if (s.anonymous === true) terms(FEATURE_TERMS.anonymous, 'feature');
  if (s.chat?.length) terms(FEATURE_TERMS.chat, 'feature');
  if (s.sms?.length) terms(FEATURE_TERMS.sms, 'feature');
  const places = [...(s.location ? [s.location] : []), ...(s.area?.type === 'municipalities' ? s.area.municipalities : [])];
  for (const m of places) for (const n of [m.name, ...(m.altNames ?? [])]) out.push({ text: n, weight: WEIGHT.place, lang: null, kind: 'place' });
  if (s.area?.type === 'counties') for (const c of s.area.counties) out.push({ text: c, weight: WEIGHT.place, lang: null, kind: 'place' });
  return out;
}
