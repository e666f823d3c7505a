/**
 * The search engine and the result views, loaded lazily and built once per catalogue and language:
 * the search code is a separate chunk, never part of the first screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Catalog, CatalogText, Lang } from '../catalog/types.ts';
import { i18next, loadNamespaces } from '../i18n/i18n.ts';
import type { SearchIndex } from '../search/index.ts';

/** The index and the components that show its results. */
export interface SearchKit {
  index: SearchIndex;
  view: typeof import('./search-view.ts');
}

let cached: { catalog: Catalog; text: CatalogText | null; kit: Promise<SearchKit>; ready?: SearchKit } | null = null;

/** The kit for this catalogue and language text (memoised: built once, reused by every page). */
export function getSearchKit(catalog: Catalog, text: CatalogText | null): Promise<SearchKit> {
  if (cached && cached.catalog === catalog && cached.text === text) return cached.kit;
  // The results' share and save texts load with the code that draws them.
  const lang = i18next.language as Lang;
  const kit = Promise.all([import('../search/index.ts'), import('./search-view.ts'), loadNamespaces(lang, ['share', 'offline'])]).then(([engine, view]) => {
    // A User Timing measure: `npm run bench:browser` waits for it and reports how long the build took.
    const start = performance.now();
    const index = engine.createSearchIndex(catalog, text ? [text] : []);
    performance.measure?.('finnhjelp:search-index', { start, end: performance.now() });
    return { index, view };
  });
  const entry: NonNullable<typeof cached> = { catalog, text, kit };
  // A built kit is kept so the next page can draw its results at once (and a server render can draw them at all).
  kit.then((k) => (entry.ready = k)).catch(() => {
    // A failed chunk load must not be remembered: the next call tries again.
    if (cached === entry) cached = null;
  });
  cached = entry;
  return kit;
}

/**
 * The kit, or null while it loads (or until `wanted`); `error` when the search code could not be
 * loaded. Building the index is the heaviest work on the page (a few hundred ms on a cheap phone):
 * the home page asks for it only when the person turns to the search field, so a call or a category
 * tap is never held up by it.
 */
export function useSearchKit(catalog: Catalog, text: CatalogText | null, wanted = true): { kit: SearchKit | null; error: boolean } {
  const [state, setState] = useState<{ kit: SearchKit | null; error: boolean }>(() => {
    const ready = wanted && cached?.catalog === catalog && cached.text === text ? cached.ready : undefined;
    return { kit: ready ?? null, error: false };
  });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    getSearchKit(catalog, text).then(
      (kit) => live && setState({ kit, error: false }),
      () => live && setState({ kit: null, error: true }),
    );
    return () => {
      live = false;
    };
  }, [catalog, text, wanted]);
  return state;
}
