/**
 * Loads the catalogue for the UI: IndexedDB first (fast, and there even if the HTTP cache was
 * evicted), the bundled copy as fallback. The bundled copy is a content-hashed asset precached by
 * the service worker, so a new app build brings a new URL: when it differs from the stored copy's,
 * the new catalogue replaces the stored one atomically. Never rejects while the bundled copy is
 * reachable; a stored copy that fails its checksum or schema is discarded, never shown.
 */
import type { Catalog, CatalogText, Lang } from './types.ts';
import catalogUrl from '../generated/catalog.wire.json?url';
import type { WireCatalog, WireText } from './wire.ts';

// The unpacking and IndexedDB code (idb) load in parallel with the page instead of sitting in the
// first-screen bundle: the prerendered first screen needs neither.
const wireModule = () => import('./wire.ts');
const cacheModule = () => import('../storage/catalogCache.ts');

export type CatalogOrigin = 'indexeddb' | 'bundle';

let catalogPromise: Promise<Catalog> | null = null;
let origin: CatalogOrigin = 'bundle';

/** Where the catalogue in use came from (shown in diagnostics and tested). */
export function catalogOrigin(): CatalogOrigin {
  return origin;
}

async function fetchBundled(): Promise<{ catalog: Catalog; json: string }> {
  const res = await fetch(catalogUrl);
  if (!res.ok) throw new Error(`catalogue: HTTP ${res.status}`);
  const json = await res.text();
  const [{ unpackCatalog }, { isCatalogShape }] = await Promise.all([wireModule(), cacheModule()]);
  const catalog = unpackCatalog(JSON.parse(json) as WireCatalog);
  if (!isCatalogShape(catalog)) throw new Error('catalogue: unexpected shape');
  return { catalog, json };
}

/** Runs `fn` when the main thread is idle (or after a while on browsers without idle callbacks). */
export function whenIdle(fn: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(fn, { timeout: 5000 });
  else setTimeout(fn, 2000);
}

async function load(): Promise<Catalog> {
  const { readCachedCatalog, writeCachedCatalog } = await cacheModule();
  const cached = await readCachedCatalog();
  if (cached && cached.bundle === catalogUrl) {
    origin = 'indexeddb';
    return cached.catalog;
  }
  try {
    const { catalog, json } = await fetchBundled();
    origin = 'bundle';
    // Best effort: the app works the same when it can't be stored (private mode, disk full).
    // Stored when the phone is idle: hashing and writing 400 KB is not worth a janky first page.
    whenIdle(() => void writeCachedCatalog(json, catalog.version, catalogUrl));
    return catalog;
  } catch (err) {
    // Offline with an evicted HTTP cache but a stored older copy: better than nothing.
    if (cached) {
      origin = 'indexeddb';
      return cached.catalog;
    }
    throw err;
  }
}

/** The catalogue (memoised; a failed load can be retried). */
export function loadCatalog(): Promise<Catalog> {
  catalogPromise ??= load().catch((err: unknown) => {
    catalogPromise = null;
    throw err;
  });
  return catalogPromise;
}

const textUrls = import.meta.glob<string>('../generated/text.*.wire.json', { query: '?url', import: 'default', eager: true });
const textCache = new Map<Lang, Promise<CatalogText | null>>();

/** Per-language texts for services and measures; null for nb (the catalogue's own language) or a missing file. */
export function loadCatalogText(lang: Lang): Promise<CatalogText | null> {
  if (lang === 'nb') return Promise.resolve(null);
  const url = textUrls[`../generated/text.${lang}.wire.json`];
  if (!url) return Promise.resolve(null);
  let p = textCache.get(lang);
  if (!p) {
    p = Promise.all([fetch(url), loadCatalog(), wireModule()])
      .then(async ([res, catalog, { unpackText }]) => (res.ok ? unpackText((await res.json()) as WireText, catalog) : null))
      .catch(() => {
        textCache.delete(lang);
        return null;
      });
    textCache.set(lang, p);
  }
  return p;
}
