/**
 * Route → lazily loaded page chunk. Home and search share one page, so typing on the home page
 * turns it into the results page without losing the focused field or a keystroke.
 */
import type { ComponentType } from 'preact';
import type { PageContext } from './page-context.ts';
import type { Route } from './routes.ts';

/** What every page component looks like to the shell. */
export type PageComponent = ComponentType<{ ctx: PageContext; route: Route }>;

type PageName = Exclude<Route['name'], 'root'>;
type Loader = () => Promise<{ default: unknown }>;

const LOADERS: Record<PageName, Loader> = {
  home: () => import('../routes/SearchPage.tsx'),
  search: () => import('../routes/SearchPage.tsx'),
  service: () => import('../routes/ServicePage.tsx'),
  measures: () => import('../routes/MeasuresPage.tsx'),
  list: () => import('../routes/ListPage.tsx'),
  saved: () => import('../routes/SavedPage.tsx'),
  about: () => import('../routes/AboutPage.tsx'),
  hide: () => import('../routes/HidePage.tsx'),
  notfound: () => import('../routes/NotFoundPage.tsx'),
};

const loaded = new Map<PageName, PageComponent>();

/** The page component if its chunk is already loaded (lets the shell render without waiting). */
export function loadedPage(name: PageName): PageComponent | undefined {
  return loaded.get(name);
}

/** Loads a page's chunk. Rejects if the chunk cannot be fetched (the shell then shows LoadError). */
export async function loadPage(name: PageName): Promise<PageComponent> {
  const hit = loaded.get(name);
  if (hit) return hit;
  const mod = await LOADERS[name]();
  const page = mod.default as PageComponent;
  loaded.set(name, page);
  return page;
}
