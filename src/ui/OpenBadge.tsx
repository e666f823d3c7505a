/**
 * "Open now" / "Closed now, opens Friday 09.00" / "Open 24 hours" for a service, from the hours
 * module (Norwegian time) and the locale helpers (weekday names from the locale files). Renders
 * nothing when the hours are not known: we never guess.
 */
import type { JSX } from 'preact';
import i18next, { type TFunction } from 'i18next';
import { openState, osloClock } from '../catalog/hours.ts';
import type { Schedule } from '../catalog/types.ts';
import { openStateText } from '../i18n/format.ts';
import { isLang, type Lang } from '../i18n/languages.ts';

type Phrase = { text: string; open: boolean } | null;
/**
 * Last phrase per schedule, language and minute: the answer changes at most once a minute, and a
 * results list asks for every row each time it is drawn.
 */
const phrases = new WeakMap<Schedule, { key: string; phrase: Phrase }>();

/** The open state as one short phrase, or null when unknown (computed once a minute per service). */
export function openPhrase(schedule: Schedule, lang: Lang, now: Date = new Date()): Phrase {
  const key = `${lang} ${Math.floor(now.getTime() / 60_000)}`;
  if (typeof schedule !== 'object' || schedule === null) return computePhrase(schedule, lang, now);
  const hit = phrases.get(schedule);
  if (hit?.key === key) return hit.phrase;
  const phrase = computePhrase(schedule, lang, now);
  phrases.set(schedule, { key, phrase });
  return phrase;
}

function computePhrase(schedule: Schedule, lang: Lang, now: Date): Phrase {
  const state = openState(schedule, now);
  if (state.open === null && !state.always) return null;
  const { status, detail } = openStateText(lang, state, osloClock(now).day);
  return { text: detail ? `${status}, ${detail.charAt(0).toLocaleLowerCase(lang) + detail.slice(1)}` : status, open: state.always || state.open === true };
}

let atBuildTime = false;

/**
 * Set while pages are prerendered at build time (src/shell/prerender-entry.tsx): "open now" would
 * then state a moment long past, so weekly hours get an empty badge that the app fills in.
 */
export function setBuildTime(on: boolean): void {
  atBuildTime = on;
}

/**
 * A small badge with the open state (nothing when unknown). Pass `lang`; without it the active
 * i18next language is used (`t` is accepted for older callers and not needed).
 */
export function OpenBadge(props: { schedule: Schedule; lang?: Lang; t?: TFunction; now?: Date }): JSX.Element | null {
  // Empty but there (app.css gives it a line), so the app's badge takes its place without a shift.
  if (atBuildTime && props.schedule.type === 'weekly') return <span class="badge" />;
  const lang = props.lang ?? (isLang(i18next.language) ? i18next.language : 'nb');
  const phrase = openPhrase(props.schedule, lang, props.now);
  if (!phrase) return null;
  return <span class={phrase.open ? 'badge badge-open' : 'badge badge-closed'}>{phrase.text}</span>;
}
