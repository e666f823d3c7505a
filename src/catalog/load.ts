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
import { CATALOG_SCHEMA, MANIFEST_URL, parseManifest, type CatalogManifest, type DataFile } from './manifest.ts';
import type { WireCatalog, WireText } from './wire.ts';
import type { StoredText } from '../storage/db.ts';

// The unpacking and IndexedDB code (idb) load in parallel with the page instead of sitting in the
// first-screen bundle: the prerendered first screen needs neither.
const wireModule = () => import('./wire.ts');
const cacheModule = () => import('../storage/catalogCache.ts');
// This build's own manifest (what the bundled copy is), only needed when checking for a newer one.
const bundledManifest = () => import('../generated/data/catalog.json').then((m) => m.default as unknown as CatalogManifest);

export type CatalogOrigin = 'indexeddb' | 'bundle' | 'network';

/** One catalogue with the texts that belong to it. */
interface Edition {
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
function whenIdle(fn: () => void): void {
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
    // Best effort: the app works the same when it can't be stored (private mode, disk full).
    // Stored when the phone is idle: hashing and writing 400 KB is not worth a janky first page.
    whenIdle(() => void writeCachedCatalog(json, catalog.version, catalogUrl));
    return use({ catalog, edition: null, texts: null, origin: 'bundle', updatedAt: null });
  } catch (err) {
    // Offline with an evicted HTTP cache but a stored older copy: better than nothing.
    // Its texts only if they are its own: another build's bundled texts would not match it.
    if (cached) return use({ catalog: cached.catalog, edition: cached.edition ?? null, texts: cached.texts ?? {}, origin: 'indexeddb', updatedAt: cached.storedAt });
    throw err;
  }
}

function currentEdition(): Promise<Edition> {
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

const textUrls = import.meta.glob<string>('../generated/text.*.wire.json', { query: '?url', import: 'default', eager: true });
let textCache = new Map<Lang, Promise<CatalogText | null>>();

/** The packed text of `lang` in an edition, verified; null when it has none. */
async function editionText(e: Edition, lang: Lang): Promise<WireText | null> {
  if (e.texts) {
    const stored = e.texts[lang];
    if (!stored) return null;
    const { sha256Hex } = await cacheModule();
    return (await sha256Hex(stored.json)) === stored.sha256 ? (JSON.parse(stored.json) as WireText) : null;
  }
  const url = textUrls[`../generated/text.${lang}.wire.json`];
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

/** What a check of the update channel found. */
export type UpdateResult = 'current' | 'updated' | 'refused' | 'unreachable';

/** Fetches a published file and returns its text when its SHA-256 is the manifest's. */
async function fetchVerified(file: DataFile, sha256Hex: (s: string) => Promise<string>): Promise<string | null> {
  const res = await fetch(file.url);
  if (!res.ok) return null;
  const json = await res.text();
  return (await sha256Hex(json)) === file.sha256 ? json : null;
}

async function check(): Promise<UpdateResult> {
  let manifest: CatalogManifest | null;
  try {
    // Past the HTTP cache and the service worker (which never precaches /data/): the newest, or nothing.
    const res = await fetch(MANIFEST_URL, { cache: 'no-store' });
    if (!res.ok) return 'unreachable';
    manifest = parseManifest(await res.json());
  } catch {
    return 'unreachable';
  }
  if (!manifest || manifest.schema !== CATALOG_SCHEMA) return 'refused';
  const now = await currentEdition();
  const bundled = await bundledManifest();
  if (manifest.edition === (now.edition ?? bundled.edition)) return 'current';

  const [{ sha256Hex, isCatalogShape, writeCachedCatalog }, { unpackCatalog }] = await Promise.all([cacheModule(), wireModule()]);
  try {
    const json = await fetchVerified(manifest, sha256Hex);
    if (json === null) return 'refused';
    const catalog = unpackCatalog(JSON.parse(json) as WireCatalog);
    if (!isCatalogShape(catalog) || catalog.version !== manifest.version) return 'refused';
    // Every text of the new edition; a file we already have (same hash) is not downloaded again.
    const texts: Record<string, StoredText> = {};
    for (const [lang, file] of Object.entries(manifest.texts) as Array<[Lang, DataFile]>) {
      let have: string | null = null;
      const stored = now.texts?.[lang];
      if (stored?.sha256 === file.sha256) have = stored.json;
      else if (!now.texts && bundled.texts[lang]?.sha256 === file.sha256) have = await fetchVerified({ ...file, url: textUrls[`../generated/text.${lang}.wire.json`] ?? file.url }, sha256Hex);
      have ??= await fetchVerified(file, sha256Hex);
      if (have === null) return 'refused';
      texts[lang] = { sha256: file.sha256, json: have };
    }
    // Stored before it is used: a phone that goes offline next keeps this edition. Without
    // IndexedDB it is used for this visit only.
    const stored = await writeCachedCatalog(json, catalog.version, '', { edition: manifest.edition, texts });
    const next: Edition = { catalog, edition: manifest.edition, texts, origin: 'network', updatedAt: stored ? Date.now() : null };
    if (editionPromise && (await editionPromise) !== now) return 'current'; // another check won
    editionPromise = Promise.resolve(use(next));
    textCache = new Map();
    for (const l of listeners) l(catalog);
    return 'updated';
  } catch {
    return 'refused';
  }
}

let checking: Promise<UpdateResult> | null = null;
const listeners = new Set<(catalog: Catalog) => void>();

/** Asks the update channel once (concurrent calls share one check). */
export function checkForCatalogUpdate(): Promise<UpdateResult> {
  checking ??= check().finally(() => {
    checking = null;
  });
  return checking;
}

/**
 * Checks the update channel now and each time the app comes back to the front while online, and
 * calls `onUpdate` after a newer catalogue has been stored and put in use. Call once.
 */
export function watchCatalog(onUpdate: (catalog: Catalog) => void): void {
  listeners.add(onUpdate);
  // The last check's outcome on <html data-catalog>: for diagnostics and the browser tests.
  const mark = (state: UpdateResult | 'checking') => (document.documentElement.dataset.catalog = state);
  const run = () => {
    if (navigator.onLine === false) return mark('unreachable');
    mark('checking');
    void checkForCatalogUpdate().then(mark);
  };
  run();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') run();
  });
  window.addEventListener('online', run);
}
