/**
 * CONTRACT (owned by the search work; replace this simple placeholder):
 *   createSearchIndex(catalog, texts?) -> SearchIndex   (build once when data loads; folds once)
 *   index.search(query, { lang, filters, now? }) -> SearchResult[]   (best first)
 *   index.suggest(query) -> string | null   (closest spelling when nothing matches)
 */
import type { Audience, Catalog, CatalogText, CategoryId, County, Lang, Service } from '../catalog/types.ts';

export interface SearchFilters {
  category?: CategoryId;
  audience?: Audience;
  county?: County;
  openNow?: boolean;
  free?: boolean;
  anonymous?: boolean;
}

export interface SearchResult {
  service: Service;
  score: number;
}

export interface SearchIndex {
  search(query: string, opts: { lang: Lang; filters?: SearchFilters; now?: Date; limit?: number }): SearchResult[];
  suggest(query: string): string | null;
}

/** Builds the search index for a catalogue. */
export function createSearchIndex(catalog: Catalog, _texts: CatalogText[] = []): SearchIndex {
  return {
    search(query, opts) {
      const q = query.trim().toLowerCase();
      const list = catalog.services.filter((s) => !q || s.name.toLowerCase().includes(q));
      return list.slice(0, opts.limit ?? 50).map((service) => ({ service, score: 0 }));
    },
    suggest: () => null,
  };
}
