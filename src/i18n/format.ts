/**
 * Locale helpers that do not rely on `Intl` for names: Chromium has no Sami locale data apart
 * from plural rules, so weekday names and the time pattern come from `locales/{lang}/i18n.json`.
 *
 * The texts are read from the i18next store (filled by `initI18n`). A language whose bundle is
 * not loaded, or that lacks a key, falls back to Norwegian bokmål, which is bundled here so these
 * helpers work before i18next is initialised (prerender, tests, the first paint).
 */
import i18next from 'i18next';
import nbLocale from '../../locales/nb/i18n.json';
import status from '../../locales/status.json';
import { LANGS, LANGUAGES, type Lang, type LanguageInfo } from './languages.ts';

export type ReviewStatus = 'reviewed' | 'draft';
export type WeekdayWidth = 'long' | 'short';

/** Looks a key of the `i18n` namespace up in one language only (no fallback). */
function own(lang: Lang, key: string): string | undefined {
  const store = (i18next as { store?: unknown }).store ? i18next : null;
  const fromStore = store?.getResource(lang, 'i18n', key) as unknown;
  if (typeof fromStore === 'string' && fromStore !== '') return fromStore;
  if (lang === 'nb') {
    const fromFile = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), nbLocale);
    if (typeof fromFile === 'string') return fromFile;
  }
  return undefined;
}

/** A key of the `i18n` namespace in `lang`, else nb; `{{x}}` placeholders filled from `vars`. */
function tr(lang: Lang, key: string, vars: Record<string, string> = {}): string {
  const raw = own(lang, key) ?? own('nb', key) ?? key;
  return raw.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Review status of a language (`locales/status.json`); anything not marked reviewed is a draft. */
export function reviewStatus(lang: Lang): ReviewStatus {
  return (status as Record<string, string>)[lang] === 'reviewed' ? 'reviewed' : 'draft';
}

/** True when the language's texts have not been checked by a native speaker. */
export function isDraft(lang: Lang): boolean {
  return reviewStatus(lang) === 'draft';
}

const TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * "14:30" (the data's "HH:MM") in the language's own way: "14.30" in Norwegian, "14:30" in most
 * others. Input that is not "H:MM"/"HH:MM" is returned unchanged.
 */
export function formatTime(lang: Lang, hhmm: string): string {
  const m = TIME.exec(hhmm.trim());
  if (!m) return hhmm;
  const [, h = '', mm = ''] = m;
  return tr(lang, 'time.pattern', { hh: h.padStart(2, '0'), mm });
}

/** "09.00–15.00": an opening span in the language's pattern. */
export function formatTimeRange(lang: Lang, opens: string, closes: string): string {
  return tr(lang, 'time.range', { opens: formatTime(lang, opens), closes: formatTime(lang, closes) });
}

/**
 * Name of an ISO weekday (1 = Monday … 7 = Sunday). A missing short form falls back to the
 * language's long form, then to Norwegian. Throws on a day outside 1–7 (a data bug).
 */
export function weekdayName(lang: Lang, isoDay: number, width: WeekdayWidth = 'long'): string {
  if (!Number.isInteger(isoDay) || isoDay < 1 || isoDay > 7) throw new RangeError(`weekday must be 1–7, got ${isoDay}`);
  return (
    own(lang, `weekday.${width}.${isoDay}`) ??
    (width === 'short' ? own(lang, `weekday.long.${isoDay}`) : undefined) ??
    own('nb', `weekday.${width}.${isoDay}`) ??
    String(isoDay)
  );
}

/** True when the weekday name for `lang` really is in that language (not a Norwegian fallback). */
export function hasOwnWeekdays(lang: Lang): boolean {
  return own(lang, 'weekday.long.1') !== undefined;
}

/** "mandag–fredag" (or just "mandag" when from = to). */
export function weekdayRange(lang: Lang, from: number, to: number, width: WeekdayWidth = 'long'): string {
  if (from === to) return weekdayName(lang, from, width);
  return tr(lang, 'time.dayRange', { from: weekdayName(lang, from, width), to: weekdayName(lang, to, width) });
}

const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof CATEGORY_ORDER)[number];

/**
 * The plural categories a language needs (CLDR via `Intl.PluralRules`): se/smj/sma one·two·other,
 * ar all six, pl/uk/ru/lt one·few·many·other, nb/en one·other.
 */
export function pluralCategoriesFor(lang: string): PluralCategory[] {
  const found = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  return CATEGORY_ORDER.filter((c) => found.has(c));
}

export interface LanguageChoice extends LanguageInfo {
  status: ReviewStatus;
}

/**
 * Languages in the order the language switch lists them: Norwegian (bokmål, nynorsk), the three
 * Sami languages, English, then the languages of the largest immigrant groups as in `LANGS`.
 * Each is named as its speakers write it.
 */
export function languageOrder(): LanguageChoice[] {
  return LANGS.map((code) => ({ ...LANGUAGES[code], status: reviewStatus(code) }));
}

/** What `openState` (src/catalog/hours.ts) says, in the shape the texts need. */
export interface OpenStateLike {
  open: boolean | null;
  always: boolean;
  closesAt?: string;
  opensAt?: { day: number; time: string };
}

/**
 * The open/closed line of a service in `lang`: `status` ("Åpent nå", "Døgnåpent", "Stengt nå",
 * "Åpningstid er ikke kjent") and an optional `detail` ("Stenger kl. 15.00", "Åpner fredag kl. 09.00").
 * `todayIso` is today's ISO weekday in Norway; a reopening today leaves the weekday out.
 */
export function openStateText(lang: Lang, state: OpenStateLike, todayIso: number): { status: string; detail?: string } {
  if (state.always) return { status: tr(lang, 'hours.alwaysOpen') };
  if (state.open === null) return { status: tr(lang, 'hours.unknown') };
  if (state.open) {
    return state.closesAt
      ? { status: tr(lang, 'hours.openNow'), detail: tr(lang, 'hours.closesAt', { time: formatTime(lang, state.closesAt) }) }
      : { status: tr(lang, 'hours.openNow') };
  }
  if (!state.opensAt) return { status: tr(lang, 'hours.closedNow') };
  const time = formatTime(lang, state.opensAt.time);
  const detail =
    state.opensAt.day === todayIso
      ? tr(lang, 'hours.opensAt', { time })
      : tr(lang, 'hours.opensDayAt', { day: weekdayName(lang, state.opensAt.day), time });
  return { status: tr(lang, 'hours.closedNow'), detail };
}

/** The short 24/7 mark ("24/7"). */
export function alwaysOpenShort(lang: Lang): string {
  return tr(lang, 'hours.alwaysOpenShort');
}

/**
 * Weekly opening spans as lines: consecutive days with the same hours are joined
 * ("mandag–fredag 09.00–15.00", "lørdag 10.00–14.00"). Days are listed Monday first.
 */
export function scheduleLines(lang: Lang, spans: readonly { days: number[]; opens: string; closes: string }[], width: WeekdayWidth = 'long'): string[] {
  const byDay = new Map<number, string[]>();
  for (const span of spans) {
    for (const day of span.days) {
      const list = byDay.get(day) ?? [];
      list.push(formatTimeRange(lang, span.opens, span.closes));
      byDay.set(day, list);
    }
  }
  const lines: string[] = [];
  let day = 1;
  while (day <= 7) {
    const hours = byDay.get(day);
    if (!hours) {
      day += 1;
      continue;
    }
    const key = hours.join(', ');
    let end = day;
    while (end < 7 && byDay.get(end + 1)?.join(', ') === key) end += 1;
    lines.push(`${weekdayRange(lang, day, end, width)} ${key}`);
    day = end + 1;
  }
  return lines;
}

let osloMoment: Intl.DateTimeFormat | null = null;

/** A moment as Oslo date and time: "04.12.2026 18.30", the time as `formatTime` writes it in `lang`. */
export function formatMoment(lang: Lang, ms: number): string {
  osloMoment ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = osloMoment.formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} ${formatTime(lang, `${get('hour')}:${get('minute')}`)}`;
}
