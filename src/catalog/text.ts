/**
 * Picks the text of a service or measure in the reader's language, falling back to Norwegian
 * bokmål (the catalogue's own language). Each answer says which language it really is, so the UI
 * can mark fallback text with `lang="nb"` (screen readers then pronounce it as Norwegian).
 * Pure: no DOM, shared by the app, the prerenderer and the tests.
 */
import type { CatalogText, LabelKey, Lang, LocalText, Measure, Service } from './types.ts';

/** A piece of text and the language it is written in. */
export interface Picked {
  text: string;
  lang: Lang;
}

/** Text fields of a service that may be translated. */
export type ServiceField = 'summary' | 'description' | 'audienceText';

function usable(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A translated field of a service, or its nb text. */
export function serviceText(service: Service, field: ServiceField, lang: Lang, text: CatalogText | null): Picked {
  const translated = lang !== 'nb' && text?.lang === lang ? text.services[service.id]?.[field] : undefined;
  return usable(translated) ? { text: translated, lang } : { text: service[field], lang: 'nb' };
}

/**
 * The service's name in the reader's language, or null when there is none besides the official
 * Norwegian name (which the UI always shows anyway).
 */
export function translatedName(service: Service, lang: Lang, text: CatalogText | null): Picked | null {
  if (lang === 'nb') return null;
  const fromText = text?.lang === lang ? text.services[service.id]?.name : undefined;
  const name = usable(fromText) ? fromText : service.names[lang];
  return usable(name) && name.trim() !== service.name ? { text: name, lang } : null;
}

/** Notes on a service's opening hours, translated if possible. */
export function scheduleNotes(service: Service, lang: Lang, text: CatalogText | null): Picked | null {
  const translated = lang !== 'nb' && text?.lang === lang ? text.services[service.id]?.scheduleNotes : undefined;
  if (usable(translated)) return { text: translated, lang };
  return service.schedule.notes ? localText(service.schedule.notes, lang) : null;
}

/** A `LocalText` in the reader's language or nb. */
export function localText(value: LocalText, lang: Lang): Picked {
  const own = value[lang];
  return usable(own) ? { text: own, lang } : { text: value.nb, lang: 'nb' };
}

/**
 * The label of one contact channel (`key` as in `LabelKey`): the translation from
 * `locales/{lang}/services.json`, then a translation in the seed itself, then nb.
 */
export function contactLabel(service: Service, key: LabelKey, label: LocalText, lang: Lang, text: CatalogText | null): Picked {
  const translated = lang !== 'nb' && text?.lang === lang ? text.services[service.id]?.labels?.[key] : undefined;
  return usable(translated) ? { text: translated, lang } : localText(label, lang);
}

/** The record's notes (doubts, hints for frontline workers), translated if possible; null when it has none. */
export function serviceNotes(service: Service, lang: Lang, text: CatalogText | null): Picked | null {
  if (!usable(service.notes)) return null;
  const translated = lang !== 'nb' && text?.lang === lang ? text.services[service.id]?.notes : undefined;
  return usable(translated) ? { text: translated, lang } : { text: service.notes, lang: 'nb' };
}

/** The main text of a measure (plan: `text`; status report: `title`), translated if possible. */
export function measureText(measure: Measure, lang: Lang, text: CatalogText | null): Picked {
  const tr = lang !== 'nb' && text?.lang === lang ? text.measures?.[measure.id] : undefined;
  if (measure.source === 'plan') return usable(tr?.text) ? { text: tr.text, lang } : { text: measure.text, lang: 'nb' };
  return usable(tr?.title) ? { text: tr.title, lang } : { text: measure.title, lang: 'nb' };
}

/** The status text of a status-report measure, translated if possible. */
export function measureStatusText(measure: Measure, lang: Lang, text: CatalogText | null): Picked | null {
  if (measure.source !== 'nsk') return null;
  const tr = lang !== 'nb' && text?.lang === lang ? text.measures?.[measure.id]?.statusText : undefined;
  if (usable(tr)) return { text: tr, lang };
  return usable(measure.statusText) ? { text: measure.statusText, lang: 'nb' } : null;
}
