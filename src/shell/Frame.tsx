/**
 * The frame around every page: skip link, header (app name, language switch, quick exit),
 * emergency strip, <main>, footer. Shared by the client and the prerenderer, so the first paint
 * and the running app have the same markup (no layout jump when the app takes over).
 */
import type { ComponentChildren, JSX } from 'preact';
import type { TFunction } from 'i18next';
import { LANGUAGES, type Lang } from '../i18n/languages.ts';
import { QuickExit } from '../safety/QuickExit.tsx';
import { EmergencyStrip } from '../ui/EmergencyStrip.tsx';
import { LanguageSwitch } from '../ui/lang/LanguageSwitch.tsx';
import { pathOf } from './routes.ts';
import { StatusBar } from '../pwa/StatusBar.tsx';
import { DraftNotice } from '../ui/lang/DraftNotice.tsx';
import { hasOwnText } from '../i18n/fallback.ts';
import { formatMoment } from '../i18n/format.ts';
import { formatDate } from '../ui/format.ts';

/** How fresh the catalogue on screen is: when its facts were last checked, and when this device got it. */
function DataDate(props: { t: TFunction; lang: Lang; checked: string | null; updated: number | null }): JSX.Element | null {
  const { t, lang, checked, updated } = props;
  if (!checked) return null;
  // A language without the sentence yet shows the Norwegian one, marked as Norwegian.
  const own = (key: string) => (hasOwnText(lang, key) ? {} : { lang: 'nb', dir: 'ltr' as const });
  return (
    <p class="data-date">
      <span {...own('ui:about.checked')}>{t('ui:about.checked', { date: formatDate(checked) })}</span>
      {updated !== null && (
        <>
          {' '}
          <span {...own('ui:data.updated')}>{t('ui:data.updated', { moment: formatMoment(lang, updated) })}</span>
        </>
      )}
    </p>
  );
}

/**
 * The Esc Esc hint under the quick exit, only in a language that has it: a Norwegian sentence read
 * out to an Arabic reader helps no one. The older hint in the safety texts serves until a translator adds this one.
 */
function quickExitHint(t: TFunction, lang: Lang): string {
  if (hasOwnText(lang, 'ui:quickExitHint')) return t('ui:quickExitHint');
  return hasOwnText(lang, 'safety:quickExitHint') ? t('safety:quickExitHint') : '';
}

/** The frame. `pathname`/`search` are the current page's (the language switch keeps the page). */
export function Frame(props: {
  t: TFunction;
  lang: Lang;
  pathname: string;
  search: string;
  /** Date the catalogue's facts were last checked (in the footer, and in the status bar when offline). */
  checked?: string | null;
  /** When this device got the catalogue in use (ms), shown in the footer. */
  updated?: number | null;
  children: ComponentChildren;
}): JSX.Element {
  const { t, lang } = props;
  return (
    <>
      <a class="skip" href="#main">
        {t('ui:skip')}
      </a>
      <header class="top">
        <a class="brand" href={pathOf({ name: 'home', lang })}>
          {t('ui:app.name')}
        </a>
        {/* Right after the name: the quick exit is fixed to the top corner, its slot keeps room for it there. */}
        <QuickExit label={t('ui:quickExit')} hint={quickExitHint(t, lang)} />
        {/* A native <details> needs no script, so the switch works in the prerendered page too. */}
        <details class="lang-switch">
          <summary>
            <span class="vh">{t('ui:lang.choose')}: </span>
            <span lang={lang}>{LANGUAGES[lang].endonym}</span>
          </summary>
          <LanguageSwitch lang={lang} path={props.pathname} search={props.search} />
        </details>
      </header>
      <EmergencyStrip t={t} />
      <StatusBar t={t} checked={props.checked ?? null} />
      <DraftNotice lang={lang} path={props.pathname} search={props.search} />
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="foot">
        <nav aria-label={t('ui:nav.footer')}>
          <ul>
            <li>
              <a href={pathOf({ name: 'saved', lang })}>{t('ui:nav.saved')}</a>
            </li>
            <li>
              <a href={pathOf({ name: 'hide', lang })}>{t('ui:nav.hide')}</a>
            </li>
            <li>
              <a href={pathOf({ name: 'measures', lang, query: new URLSearchParams() })}>{t('ui:nav.measures')}</a>
            </li>
            <li>
              <a href={pathOf({ name: 'about', lang })}>{t('ui:nav.about')}</a>
            </li>
          </ul>
        </nav>
        <DataDate t={t} lang={lang} checked={props.checked ?? null} updated={props.updated ?? null} />
      </footer>
    </>
  );
}
