/**
 * Renders one page of the app to HTML with the real components (frame included), for the
 * on-screen Norwegian count of `npm run i18n:check`. Loaded through vite's SSR loader
 * (scripts/i18n/onscreen.ts), so CSS imports and `import.meta.glob` work as in the app.
 * Search results are drawn because the search kit is built before rendering.
 */
import { renderToString } from 'preact-render-to-string';
import type { Catalog, CatalogText } from '../../src/catalog/types.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
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
export { measuredPages } from '../../src/i18n/onscreen-pages.ts';

/** The page at `path` (`/ar/tjeneste/vo-linjen`) as the app draws it, inside its frame. */
export async function renderPath(path: string, catalog: Catalog, text: CatalogText | null): Promise<string> {
  const [pathname = '/', search = ''] = path.split('?');
  const route = parseRoute(pathname, search ? `?${search}` : '');
  if (route.name === 'root' || route.name === 'notfound' || route.name === 'saved' || route.name === 'hide') throw new Error(`not a measured page: ${path}`);
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
