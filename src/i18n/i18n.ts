/**
 * i18next set-up. Each language's namespaces (`locales/{lang}/{ns}.json`, one namespace per feature)
 * become their own lazily loaded chunks, so a first visit downloads only the active language.
 * `services.json` is not a UI namespace: the data build turns it into the catalogue texts.
 */
import i18next, { type TFunction } from 'i18next';
import { dirOf, type Lang } from './languages.ts';

/** `i18n`: locale facts and language texts (weekday names, hours, draft notice) — see `format.ts`. */
export const NAMESPACES = ['ui', 'safety', 'share', 'offline', 'i18n'] as const;
export type Namespace = (typeof NAMESPACES)[number];

const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/*/services.json']);

/**
 * What every page draws (the frame, the pages' own texts). The rest loads with what draws it, so a
 * first visit fetches no text it does not show: `share` with a page that has share buttons (the
 * search results with the search code), `safety` with the hide page (and the frame's older
 * quick-exit hint), `offline` (the status line, save buttons) with pages that save and with the search results, when
 * offline at start, or once the page is idle (the status line waits for it).
 */
export const FIRST_SCREEN: readonly Namespace[] = ['ui', 'i18n'];

async function loadBundles(lang: Lang, namespaces: readonly Namespace[]): Promise<void> {
  await Promise.all(
    namespaces.map(async (ns) => {
      if (i18next.hasResourceBundle(lang, ns)) return;
      const load = loaders[`../../locales/${lang}/${ns}.json`];
      if (!load) return;
      const mod = await load();
      i18next.addResourceBundle(lang, ns, mod.default, true, true);
    }),
  );
}

/** Loads `namespaces` of `lang` (and nb, the fallback) into an initialised i18next; those already there are not fetched again. */
export async function loadNamespaces(lang: Lang, namespaces: readonly Namespace[]): Promise<void> {
  await Promise.all([loadBundles('nb', namespaces), lang === 'nb' ? undefined : loadBundles(lang, namespaces)]);
}

/** Whether `ns` of `lang` (and of nb, its fallback) is loaded, or has no file in `lang`: its texts can be drawn. */
export function hasNamespace(lang: Lang, ns: Namespace): boolean {
  const loaded = (l: Lang) => i18next.hasResourceBundle(l, ns) || !loaders[`../../locales/${l}/${ns}.json`];
  return loaded('nb') && loaded(lang);
}

/** Initialises i18next for `lang` (and nb, the fallback) with `namespaces` (all by default). Safe to call more than once. */
export async function initI18n(lang: Lang, namespaces: readonly Namespace[] = NAMESPACES): Promise<TFunction> {
  if (!i18next.isInitialized) {
    await i18next.init({
      lng: lang,
      // i18next ≥ 25 needs an explicit fallback; Norwegian bokmål is the source language.
      fallbackLng: 'nb',
      ns: [...NAMESPACES],
      defaultNS: 'ui',
      interpolation: { escapeValue: false }, // Preact escapes text; we never inject HTML.
      returnNull: false,
      showSupportNotice: false, // no advertising in the console of a crisis app
      resources: {},
    });
  }
  await loadNamespaces(lang, namespaces);
  await i18next.changeLanguage(lang);
  return i18next.t.bind(i18next) as TFunction;
}

/** Sets `<html lang dir>` to follow the language. */
export function applyDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
}

export { i18next };
