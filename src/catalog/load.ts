/**
 * Loads the catalogue for the UI. CONTRACT (owned by the offline/storage work, which replaces the
 * body with: IndexedDB first, bundled copy as fallback, checksum/schema check):
 *   loadCatalog(): Promise<Catalog>            – never rejects while the bundled copy is reachable
 *   loadCatalogText(lang): Promise<CatalogText | null> – translations of service/measure texts
 */
import type { Catalog, CatalogText, Lang } from './types.ts';
import catalogUrl from '../generated/catalog.json?url';

let catalogPromise: Promise<Catalog> | null = null;

/** The catalogue (memoised). */
export function loadCatalog(): Promise<Catalog> {
  catalogPromise ??= fetch(catalogUrl).then((r) => r.json() as Promise<Catalog>);
  return catalogPromise;
}

const textUrls = import.meta.glob<string>('../generated/text.*.json', { query: '?url', import: 'default', eager: true });

/** Per-language texts for services and measures; null for nb (the catalogue's own language) or a missing file. */
export async function loadCatalogText(lang: Lang): Promise<CatalogText | null> {
  if (lang === 'nb') return null;
  const url = textUrls[`../generated/text.${lang}.json`];
  if (!url) return null;
  const res = await fetch(url);
  return res.ok ? ((await res.json()) as CatalogText) : null;
}
