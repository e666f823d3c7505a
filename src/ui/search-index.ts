/**
 * The search index, built once per catalogue and language, lazily: the search engine (fuse.js)
 * is a separate chunk, never part of the first screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Catalog, CatalogText } from '../catalog/types.ts';
import type { SearchIndex } from '../search/index.ts';

let cached: { catalog: Catalog; text: CatalogText | null; index: Promise<SearchIndex> } | null = null;

/** The index for this catalogue and language text (memoised: built once, reused by every page). */
export function getSearchIndex(catalog: Catalog, text: CatalogText | null): Promise<SearchIndex> {
  if (cached && cached.catalog === catalog && cached.text === text) return cached.index;
  const index = import('../search/index.ts').then((m) => m.createSearchIndex(catalog, text ? [text] : []));
  // A failed chunk load must not be remembered: the next call tries again.
  index.catch(() => {
    if (cached?.index === index) cached = null;
  });
  cached = { catalog, text, index };
  return index;
}

/** The index, or null while it loads; `error` when the search code could not be loaded. */
export function useSearchIndex(catalog: Catalog, text: CatalogText | null): { index: SearchIndex | null; error: boolean } {
  const [state, setState] = useState<{ index: SearchIndex | null; error: boolean }>({ index: null, error: false });
  useEffect(() => {
    let live = true;
    getSearchIndex(catalog, text).then(
      (index) => live && setState({ index, error: false }),
      () => live && setState({ index: null, error: true }),
    );
    return () => {
      live = false;
    };
  }, [catalog, text]);
  return state;
}
