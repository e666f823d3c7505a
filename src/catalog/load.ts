/**
 * Loads the catalogue for the UI and keeps it current.
 *
 * Start-up: IndexedDB first (fast, and there even if the HTTP cache was evicted), the bundled copy
 * (a content-hashed asset the service worker precaches) as fallback. A stored copy that fails its
 * checksum or schema is discarded, never shown.
 *
 * Update channel, apart from the app's code (src/catalog/manifest.ts): on every online visit and
 * whenever the app comes back to the front, the app asks for `/data/catalog.json` past every cache.
 * When it names another edition, the app downloads the catalogue and its texts, checks each file's
 * SHA-256 and the schema (anything wrong: refused, the last good copy stays), stores them in one
 * IndexedDB put, and only then swaps the edition in use and tells the shell, which redraws the whole
 * page from it at a safe moment. The catalogue and the texts in use always belong to one edition.
 */
import type { Catalog, CatalogText, Lang } from './types.ts';
import catalogUrl from '../generated/catalog.wire.json?url';
import type { WireCatalog, WireText } from './wire.ts';
import type { StoredText } from '../storage/db.ts';

// The unpacking and IndexedDB code (idb) load in parallel with the page instead of sitting in the
// first-screen bundle: the prerendered first screen needs neither.
const wireModule = () => import('./wire.ts');
const cacheModule = () => import('../storage/catalogCache.ts');

export type CatalogOrigin = 'indexeddb' | 'bundle' | 'network';

/** One catalogue with the texts that belong to it. */
export interface Edition {
  catalog: Catalog;
  /** Edition id from the update channel; null for this build's bundled copy. */
  edition: string | null;
  /** Packed texts of a channel edition; null: this build's bundled text files. */
  texts: Record<string, StoredText> | null;
  origin: CatalogOrigin;
  /** When this device stored or received it (ms), null when not known. */
  updatedAt: number | null;
}

let editionPromise: Promise<Edition> | null = null;
const textUrls = import.meta.glob<string>('../generated/text.*.wire.json', { query: '?url', import: 'default', eager: true });
let origin: CatalogOrigin = 'bundle';
let updatedAt: number | null = null;

/** Where the catalogue in use came from (shown in diagnostics and tested). */
export function catalogOrigin(): CatalogOrigin {
  return origin;
}

/** When this device got the catalogue in use (ms since 1970), or null while not known. */
export function catalogUpdatedAt(): number | null {
  return updatedAt;
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

function use(e: Edition): Edition {
  origin = e.origin;
  updatedAt = e.updatedAt;
  return e;
}

async function load(): Promise<Edition> {
  const { readCachedCatalog, writeCachedCatalog } = await cacheModule();
  const cached = await readCachedCatalog();
  // A channel copy is current whatever the app's version (the channel is checked right after);
  // a stored bundle copy only while it is this build's.
  if (cached && (cached.edition || cached.bundle === catalogUrl)) {
    return use({ catalog: cached.catalog, edition: cached.edition ?? null, texts: cached.edition ? (cached.texts ?? {}) : null, origin: 'indexeddb', updatedAt: cached.storedAt });
  }
  try {
    const { catalog, json } = await fetchBundled();
    const edition: Edition = { catalog, edition: null, texts: null, origin: 'bundle', updatedAt: null };
    // Best effort: the app works the same when it can't be stored (private mode, disk full).
    // Stored when the phone is idle: hashing and writing 400 KB is not worth a janky first page;
    // and only while still in use: a newer catalogue from the channel may have been stored meanwhile.
    whenIdle(() => void currentEdition().then((now) => now === edition && writeCachedCatalog(json, catalog.version, catalogUrl)));
    return use(edition);
  } catch (err) {
    // Offline with an evicted HTTP cache but a stored older copy: better than nothing.
    // Its texts only if they are its own: another build's bundled texts would not match it.
    if (cached) return use({ catalog: cached.catalog, edition: cached.edition ?? null, texts: cached.texts ?? {}, origin: 'indexeddb', updatedAt: cached.storedAt });
    throw err;
  }
}

/** The edition in use (loads it on first call). */
export function currentEdition(): Promise<Edition> {
  editionPromise ??= load().catch((err: unknown) => {
    editionPromise = null;
    throw err;
  });
  return editionPromise;
}

/** The catalogue in use (memoised: the same object until an update swaps it; a failed load can be retried). */
export function loadCatalog(): Promise<Catalog> {
  return currentEdition().then((e) => e.catalog);
}

let textCache = new Map<Lang, Promise<CatalogText | null>>();

/** The packed text of `lang` in an edition, verified; null when it has none. */
async function editionText(e: Edition, lang: Lang): Promise<WireText | null> {
  if (e.texts) {
    const stored = e.texts[lang];
    if (!stored) return null;
    const { sha256Hex } = await cacheModule();
    return (await sha256Hex(stored.json)) === stored.sha256 ? (JSON.parse(stored.json) as WireText) : null;
  }
  const url = bundledTextUrl(lang);
  if (!url) return null;
  const res = await fetch(url);
  return res.ok ? ((await res.json()) as WireText) : null;
}

/** Per-language texts of the catalogue in use; null for nb (the catalogue's own language) or a missing file. */
export function loadCatalogText(lang: Lang): Promise<CatalogText | null> {
  if (lang === 'nb') return Promise.resolve(null);
  const cache = textCache;
  let p = cache.get(lang);
  if (!p) {
    p = Promise.all([currentEdition(), wireModule()])
      .then(async ([e, { unpackText }]) => {
        const wire = await editionText(e, lang);
        return wire ? unpackText(wire, e.catalog) : null;
      })
      .catch(() => {
        cache.delete(lang);
        return null;
      });
    cache.set(lang, p);
  }
  return p;
}

/** What a check of the update channel found (src/catalog/update.ts). */
export type UpdateResult = 'current' | 'updated' | 'refused' | 'unreachable';

/**
 * Puts `next` in use if the edition in use is still `previous` — null when none could be loaded
 * (then the channel's copy rescues the app) — else another check won: false.
 * From then on every page, text and search index comes from `next`.
 */
export async function adoptEdition(next: Edition, previous: Edition | null): Promise<boolean> {
  if (editionPromise && (await editionPromise.catch(() => null)) !== previous) return false;
  editionPromise = Promise.resolve(use(next));
  textCache = new Map();
  return true;
}

/** URL of this build's bundled catalogue (precached). */
export const bundledCatalogUrl: string = catalogUrl;

/** URL of this build's bundled text file of `lang` (precached), if it has one. */
export function bundledTextUrl(lang: Lang): string | undefined {
  return textUrls[`../generated/text.${lang}.wire.json`];
}
