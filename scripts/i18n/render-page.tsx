/**
 * Renders one page of the app to HTML with the real components (frame included), for the
 * on-screen Norwegian count of `npm run i18n:check`. Loaded through vite's SSR loader
 * (scripts/i18n/onscreen.ts), so CSS imports and `import.meta.glob` work as in the app.
 * Search results are drawn because the search kit is built before rendering. A UI string the
 * language lacks is given its Norwegian text between the fallback marks, so the count sees it:
 * `t()` falls back to Norwegian without a `lang` mark.
 */
import { renderToString } from 'preact-render-to-string';
import type { Catalog, CatalogText, Lang } from '../../src/catalog/types.ts';
import { i18next, initI18n, NAMESPACES } from '../../src/i18n/i18n.ts';
import { FALLBACK_END, FALLBACK_START } from '../../src/i18n/onscreen.ts';
import AboutPage from '../../src/routes/AboutPage.tsx';
import ListPage from '../../src/routes/ListPage.tsx';
import MeasuresPage from '../../src/routes/MeasuresPage.tsx';
import SearchPage from '../../src/routes/SearchPage.tsx';
import ServicePage from '../../src/routes/ServicePage.tsx';
import { Frame } from '../../src/shell/Frame.tsx';
import type { PageContext } from '../../src/shell/page-context.ts';
import { parseRoute } from '../../src/shell/routes.ts';
import { getSearchKit } from '../../src/ui/search-index.ts';

export { countNorwegianWords } from '../../src/i18n/onscreen.ts';

const marked = new Set<string>();

/** Copies every nb UI string `lang` lacks into `lang`, between the fallback marks (once per language). */
function markFallbacks(lang: Lang): void {
  if (lang === 'nb' || marked.has(lang)) return;
  marked.add(lang);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const ns of NAMESPACES) {
    const flat: Record<string, string> = {};
    const walk = (node: unknown, prefix: string): void => {
      if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
      else if (typeof node === 'string') flat[prefix] = node;
    };
    walk(i18next.getResourceBundle('nb', ns), '');
    const has = (key: string) => typeof i18next.getResource(lang, ns, key) === 'string';
    for (const [key, value] of Object.entries(flat)) {
      const plural = /_(zero|one|two|few|many|other)$/.exec(key);
      const base = plural ? key.slice(0, plural.index) : key;
      const own = plural ? categories.some((c) => has(`${base}_${c}`)) : has(key);
      if (own) continue;
      const mark = (v: string) => `${FALLBACK_START}${v}${FALLBACK_END}`;
      if (!plural) i18next.addResource(lang, ns, key, mark(value));
      else if (plural[1] === 'other') for (const c of categories) if (!has(`${base}_${c}`)) i18next.addResource(lang, ns, `${base}_${c}`, mark(flat[`${base}_${c}`] ?? value));
    }
  }
}
export { measuredPages } from '../../src/i18n/onscreen-pages.ts';

/** The page at `path` (`/ar/tjeneste/vo-linjen`) as the app draws it, inside its frame. */
export async function renderPath(path: string, catalog: Catalog, text: CatalogText | null): Promise<string> {
  const [pathname = '/', search = ''] = path.split('?');
  const route = parseRoute(pathname, search ? `?${search}` : '');
  if (route.name === 'root' || route.name === 'notfound' || route.name === 'saved' || route.name === 'hide') throw new Error(`not a measured page: ${path}`);
  await initI18n(route.lang);
  markFallbacks(route.lang);
  const t = await initI18n(route.lang);
  const ctx: PageContext = { lang: route.lang, catalog, text: text?.lang === route.lang ? text : null, t, navigate: () => undefined };
  if (route.name === 'search') await getSearchKit(catalog, ctx.text);
  const page =
    route.name === 'home' || route.name === 'search' ? (
      <SearchPage ctx={ctx} route={route} />
    ) : route.name === 'service' ? (
      <ServicePage ctx={ctx} route={route} />
    ) : route.name === 'list' ? (
      <ListPage ctx={ctx} route={route} />
    ) : route.name === 'measures' ? (
      <MeasuresPage ctx={ctx} route={route} />
    ) : (
      <AboutPage ctx={ctx} route={route} />
    );
  return renderToString(
    <Frame t={t} lang={route.lang} pathname={pathname} search={search ? `?${search}` : ''} checked={catalog.checked}>
      {page}
    </Frame>,
  );
}
