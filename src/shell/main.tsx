/**
 * The app's entry: picks the language, loads texts, catalogue and the page's chunk, renders the
 * frame and the page, and handles navigation (link clicks, back/forward, `ctx.navigate`).
 *
 * The prerendered home page stays on screen until everything for the first render is loaded;
 * Preact then reuses that markup, so nothing jumps and a field the person already typed in keeps
 * its text and focus.
 */
import '../styles/app.css';
import { render } from 'preact';
import type { TFunction } from 'i18next';
import type { ServiceSlice } from '../catalog/slice.ts';
import type { Catalog, CatalogText } from '../catalog/types.ts';
import { applyDocumentLanguage, FIRST_SCREEN, initI18n, loadNamespaces, type Namespace } from '../i18n/i18n.ts';
import { hasOwnText } from '../i18n/fallback.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { setEmergencyFrom } from '../ui/EmergencyStrip.tsx';
import { whenPageIdle } from '../ui/after-paint.ts';
import { PARAM } from '../ui/search-params.ts';
import { chooseLanguage } from './choose-language.ts';
import { fallbackT } from './fallback-text.ts';
import { Frame } from './Frame.tsx';
import { interceptTarget } from './intercept.ts';
import { LoadError } from './LoadError.tsx';
import { isMidInteraction } from './mid-interaction.ts';
import type { PageContext } from './page-context.ts';
import { loadedPage, loadPage } from './pages.ts';
import { parseRoute, pathOf, switchLanguage, type Route } from './routes.ts';

const root = document.getElementById('app')!;
// The catalogue loader (and its update state) loads in parallel with the page: the prerendered first screen needs none of it.
const catalogModule = () => import('../catalog/load.ts');

let shown = 0; // counts show() calls: a slower, older one never overwrites a newer page
let firstRender = true;
let i18nFor: { lang: Lang; ns: string; t: Promise<TFunction> } | null = null;
const texts = new Map<Lang, Promise<CatalogText | null>>();

/** i18next in `lang` with the first screen's texts and `extra` (fetched together, in parallel). */
function translations(lang: Lang, extra: readonly Namespace[]): Promise<TFunction> {
  const ns = extra.join();
  if (i18nFor?.lang !== lang || i18nFor.ns !== ns) {
    const t = initI18n(lang, [...FIRST_SCREEN, ...extra]);
    t.catch(() => {
      if (i18nFor?.t === t) i18nFor = null; // try again next time
    });
    i18nFor = { lang, ns, t };
  }
  return i18nFor.t;
}

function catalogText(lang: Lang): Promise<CatalogText | null> {
  let text = texts.get(lang);
  if (!text) {
    // Missing translations are not an error: the page falls back to Norwegian.
    text = catalogModule()
      .then((m) => m.loadCatalogText(lang))
      .catch(() => null);
    texts.set(lang, text);
  }
  return text;
}

type PageData = { catalog: Catalog; text: CatalogText | null; updated: number | null };

/** The whole catalogue (with when this phone last received it) and the texts in `lang`. */
function fullData(lang: Lang): Promise<PageData> {
  const catalog = catalogModule().then(async (m) => ({ catalog: await m.loadCatalog(), updated: m.catalogUpdatedAt() }));
  return Promise.all([catalog, catalogText(lang)]).then(([c, text]) => ({ ...c, text }));
}

/** What the person typed into the prerendered search field before the app started. */
function typedBeforeStart(): string {
  const input = document.getElementById('q');
  return input instanceof HTMLInputElement ? input.value : '';
}

function navigate(path: string, opts: { replace?: boolean; focus?: boolean; quiet?: boolean } = {}): void {
  if (opts.quiet) {
    // The page already shows this state (each keystroke of a search): only keep the address in
    // step, so the link can be shared. Re-rendering the whole app per keystroke cost a frame or more.
    history.replaceState(null, '', path);
    return;
  }
  if (opts.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void show({ focus: opts.focus ?? !opts.replace });
}

function afterRender(focus: boolean): void {
  const hash = location.hash.slice(1);
  let target: HTMLElement | null = null;
  if (hash) {
    try {
      target = document.getElementById(decodeURIComponent(hash));
    } catch {
      target = null;
    }
  }
  if (!target && focus) {
    target = root.querySelector<HTMLElement>('main h1');
    window.scrollTo(0, 0);
  }
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  if (hash) target.scrollIntoView();
}

/**
 * Keeps the head in step with the page shown: the description in its language, and the language
 * versions (`hreflang` links from the prerendered page, absolute on the site's own origin) pointing
 * at this page. Search engines that run the app see the same as in the prerendered pages.
 */
function updateHead(t: TFunction, home: boolean): void {
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('ui:app.description'));
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')) {
    const l = link.hreflang;
    const path = isLang(l) ? switchLanguage(location.pathname, location.search, l) : home ? '/' : switchLanguage(location.pathname, location.search, 'nb');
    link.href = new URL(path, link.href).href;
  }
}

/** The texts `route` draws beyond FIRST_SCREEN (src/i18n/i18n.ts). */
function pageNamespaces(route: Exclude<Route, { name: 'root' }>): Namespace[] {
  // Home and search: the share and save buttons are in the results, which load their texts with the search code.
  const ns: Namespace[] = route.name === 'home' || route.name === 'search' ? [] : ['share', 'offline'];
  // Offline from the start: the status line says so at once.
  if (!navigator.onLine && !ns.includes('offline')) ns.push('offline');
  if (route.name === 'hide') ns.push('safety');
  return ns;
}

async function resolveRoute(): Promise<Exclude<Route, { name: 'root' }>> {
  const route = parseRoute(location.pathname, location.search);
  if (route.name !== 'root') return route;
  const lang = await chooseLanguage(navigator.languages ?? [navigator.language]);
  history.replaceState(null, '', pathOf({ name: 'home', lang }) + location.hash);
  return { name: 'home', lang };
}

async function show(opts: { focus: boolean }): Promise<void> {
  const mine = ++shown;
  let route = await resolveRoute();
  if (firstRender && route.name === 'home') {
    const typed = typedBeforeStart();
    if (typed) {
      const query = new URLSearchParams({ [PARAM.q]: typed });
      history.replaceState(null, '', pathOf({ name: 'search', lang: route.lang, query }));
      route = { name: 'search', lang: route.lang, query };
    }
  }
  const lang = route.lang;
  let checked: string | null = null;
  let updated: number | null = null;
  const frame = (t: TFunction, body: preact.ComponentChildren) => (
    <Frame t={t} lang={lang} pathname={location.pathname} search={location.search} checked={checked} updated={updated}>
      {body}
    </Frame>
  );
  let t: TFunction | null = null;
  // Start every load at once; await them in the order the error page needs them.
  // A prerendered service page names its slice (src/catalog/slice.ts): the page is drawn from it at
  // once and the whole catalogue follows when idle. The slice's code stays out of the first screen's.
  const serviceId = route.name === 'service' ? route.id : null;
  const sliceLink = firstRender && serviceId ? document.querySelector<HTMLLinkElement>('link[data-slice]') : null;
  const data: Promise<ServiceSlice | PageData> = sliceLink
    ? import('../catalog/slice.ts')
        .then((m) => m.prerenderedSlice(sliceLink, lang, serviceId!), () => null)
        .then<ServiceSlice | PageData>((s) => s ?? fullData(lang))
    : fullData(lang);
  const pending = [translations(lang, pageNamespaces(route)), data, loadedPage(route.name) ?? loadPage(route.name)] as const;
  for (const p of pending) Promise.resolve(p).catch(() => undefined); // failures are handled below, once
  try {
    t = await pending[0];
    // The frame's older quick-exit hint (safety texts), in a language whose `ui` lacks the newer one.
    if (!hasOwnText(lang, 'ui:quickExitHint')) await loadNamespaces(lang, ['safety']);
    const pageData = await pending[1];
    const { catalog, text } = pageData;
    checked = catalog.checked;
    updated = 'updated' in pageData ? pageData.updated : null;
    const Page = await pending[2];
    if ('slice' in pageData) {
      // A newer catalogue than the page's build (an update stored on the phone) redraws the page.
      void import('../catalog/slice.ts').then((m) => m.loadRestWhenIdle(pageData, () => mine === shown && void show({ focus: false })));
    }
    // Let the browser breathe between loading (unpacking, evaluating the page's code) and drawing
    // the page: one long task becomes two shorter ones, so a tap or a keystroke is not held up.
    await new Promise((ok) => setTimeout(ok, 0));
    if (mine !== shown) return;
    // While this page loaded, typing may have moved the address on quietly (same page, new query):
    // draw what the address says now, or the search field would jump back to an older query.
    const now = parseRoute(location.pathname, location.search);
    if (now.name !== 'root' && now.name === route.name && now.lang === route.lang) route = now;
    const ctx: PageContext = { lang, catalog, text, t, navigate };
    setEmergencyFrom(catalog);
    applyDocumentLanguage(lang);
    document.title = t('ui:app.name');
    updateHead(t, route.name === 'home');
    render(frame(t, <Page ctx={ctx} route={route} />), root);
    // Build the search index while the person reads: the first keystroke then finds it ready.
  } catch (err) {
    if (mine !== shown) return;
    console.warn('Finn hjelp: could not load the page', err);
    // A prerendered service page already shows everything to read and call: better than an error.
    if (!sliceLink) {
      applyDocumentLanguage(t ? lang : 'nb');
      // Without texts there is no frame to draw: the error page alone, in Norwegian, with the numbers.
      render(t ? frame(t, <LoadError t={t} />) : <main id="main"><LoadError t={fallbackT} /></main>, root);
    }
  }
  // Marks that the app (not only the prerendered page) is on screen: for tests and the offline work.
  document.documentElement.dataset.ready = '1';
  const wasFirst = firstRender;
  firstRender = false;
  // The status line's texts, for when the connection drops or an update is ready.
  whenPageIdle(() => void loadNamespaces(lang, ['offline']).catch(() => undefined));
  afterRender(opts.focus && !wasFirst);
  if (wasFirst) {
    // The offline work and the catalogue's own update channel, once the first screen is up and the
    // page is idle (their code is not part of the first load); after a load error too, so that a
    // catalogue from the channel can still bring the page.
    whenPageIdle(() => {
      startServiceWorker();
      import('../catalog/update.ts').then((m) => m.watchCatalog(redrawWithNewCatalogue), () => undefined);
    });
  }
}

/**
 * A newer catalogue is stored and in use: redraw the whole page from it now, unless the person is
 * typing in a field or has a dialog open; then the next navigation draws it (show() always takes
 * the catalogue in use), so no screen mixes numbers from two catalogues.
 */
function redrawWithNewCatalogue(): void {
  texts.clear();
  if (!isMidInteraction(document)) void show({ focus: false });
}

/** The offline work's registration module, when it exists (src/pwa/register.ts, default export). */
function startServiceWorker(): void {
  const modules = import.meta.glob<{ default?: () => void }>('../pwa/register.ts');
  for (const load of Object.values(modules)) {
    load().then(
      (m) => m.default?.(),
      () => undefined, // no worker: the app still works online
    );
  }
}

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement)) return;
  const url = interceptTarget(
    event,
    { href: anchor.href, target: anchor.target, hasDownload: anchor.hasAttribute('download') },
    location,
  );
  if (!url) return;
  event.preventDefault();
  // Language links (the switch, the not-found page's list) carry hreflang: remember the choice.
  const chosen = anchor.getAttribute('hreflang');
  if (isLang(chosen) && anchor.closest('.language-switch, .draft-notice')) {
    // The address may have moved on since the switch was drawn (a search typed quietly): switch
    // the page as it is now, keeping the current query and filters.
    const target = switchLanguage(location.pathname, location.search, chosen) + location.hash;
    void import('../storage/prefs.ts').then((m) => m.setPreferredLanguage(chosen)).catch(() => undefined);
    const details = anchor.closest('details');
    if (details) details.open = false;
    navigate(target);
    return;
  }
  if (isLang(chosen)) {
    // Stored only because the person picked a language; loaded on demand to keep idb out of the first screen.
    void import('../storage/prefs.ts').then((m) => m.setPreferredLanguage(chosen)).catch(() => undefined);
    const details = anchor.closest('details');
    if (details) details.open = false;
  }
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', () => void show({ focus: true }));

void show({ focus: false });
