/**
 * One look at the catalogue's update channel (src/catalog/manifest.ts), loaded only when the app
 * checks (after the first screen): fetch the manifest past every cache; when it names another
 * edition, download the catalogue and the texts we do not already have, verify each file's SHA-256
 * and the schema, store them all in one IndexedDB put, and only then put the edition in use
 * (src/catalog/load.ts `adoptEdition`). Anything wrong is refused and the last good copy stays.
 * Checks at start (after the first screen) and whenever the app comes back to the front.
 */
import { adoptEdition, bundledCatalogUrl, bundledTextUrl, currentEdition, type Edition, type UpdateResult } from './load.ts';
import type { Catalog } from './types.ts';
import { CATALOG_SCHEMA, MANIFEST_URL, parseManifest, type CatalogManifest, type DataFile } from './manifest.ts';
import type { Lang } from './types.ts';
import { unpackCatalog, type WireCatalog } from './wire.ts';
import { isCatalogShape, sha256Hex, writeCachedCatalog } from '../storage/catalogCache.ts';
import type { StoredText } from '../storage/db.ts';
import bundled from '../generated/data/catalog.json';

// This build's own manifest: what the bundled copy is.
const BUNDLED = bundled as unknown as CatalogManifest;
const listeners = new Set<(catalog: Catalog) => void>();

/** Fetches a published file and returns its text when its SHA-256 is `sha256`. */
async function fetchVerified(url: string, sha256: string): Promise<string | null> {
  const res = await fetch(url);
  if (!res.ok) return null;
  const json = await res.text();
  return (await sha256Hex(json)) === sha256 ? json : null;
}

/** The packed text of `lang` for the new edition: reused when we have the same bytes, else downloaded. */
async function textFor(lang: Lang, file: DataFile, now: Edition | null): Promise<string | null> {
  const stored = now?.texts?.[lang];
  if (stored?.sha256 === file.sha256) return stored.json;
  return fromBundleOrNetwork(file, BUNDLED.texts[lang], bundledTextUrl(lang));
}

/** A published file, from this build's precached copy when it has the same bytes (no download), else from the network. */
async function fromBundleOrNetwork(file: DataFile, bundledFile: DataFile | undefined, bundledUrl: string | undefined): Promise<string | null> {
  if (bundledUrl && bundledFile?.sha256 === file.sha256) {
    const json = await fetchVerified(bundledUrl, file.sha256);
    if (json !== null) return json;
  }
  return fetchVerified(file.url, file.sha256);
}

/** Checks the channel once and takes a newer edition when there is one. */
async function check(): Promise<UpdateResult> {
  let manifest: CatalogManifest | null;
  try {
    // Past the HTTP cache; the service worker has no route for /data/: the newest, or nothing.
    const res = await fetch(MANIFEST_URL, { cache: 'no-store' });
    if (!res.ok) return 'unreachable';
    manifest = parseManifest(await res.json());
  } catch {
    return 'unreachable';
  }
  if (!manifest || manifest.schema !== CATALOG_SCHEMA) return 'refused';
  // None when neither a stored nor the bundled copy could be read: the channel's copy is then the only one.
  const now = await currentEdition().catch(() => null);
  if (now && manifest.edition === (now.edition ?? BUNDLED.edition)) return 'current';
  try {
    // After an app update the channel often names the catalogue this build already has.
    const json = await fromBundleOrNetwork(manifest, BUNDLED, bundledCatalogUrl);
    if (json === null) return 'refused';
    const catalog = unpackCatalog(JSON.parse(json) as WireCatalog);
    if (!isCatalogShape(catalog) || catalog.version !== manifest.version) return 'refused';
    const texts: Record<string, StoredText> = {};
    for (const [lang, file] of Object.entries(manifest.texts) as Array<[Lang, DataFile]>) {
      const text = await textFor(lang, file, now);
      if (text === null) return 'refused';
      texts[lang] = { sha256: file.sha256, json: text };
    }
    // Stored before it is used: a phone that goes offline next keeps this edition. Without
    // IndexedDB it is used for this visit only.
    const stored = await writeCachedCatalog(json, catalog.version, '', { edition: manifest.edition, texts });
    const next: Edition = { catalog, edition: manifest.edition, texts, origin: 'network', updatedAt: stored ? Date.now() : null };
    if (!(await adoptEdition(next, now))) return 'current'; // another check won
    for (const l of listeners) l(catalog);
    return 'updated';
  } catch {
    return 'refused';
  }
}

let checking: Promise<UpdateResult> | null = null;

/** Asks the update channel once (concurrent calls share one check). */
export function checkForCatalogUpdate(): Promise<UpdateResult> {
  checking ??= check().finally(() => {
    checking = null;
  });
  return checking;
}

/**
 * Checks the update channel now and each time the app comes back to the front while online, and
 * calls `onUpdate` after a newer catalogue has been stored and put in use. Call once, after the
 * first screen (this module loads only then).
 */
export function watchCatalog(onUpdate: (catalog: Catalog) => void): void {
  listeners.add(onUpdate);
  // The last check's outcome on <html data-catalog>: for diagnostics and the browser tests.
  const mark = (state: UpdateResult | 'checking') => (document.documentElement.dataset.catalog = state);
  const run = () => {
    if (navigator.onLine === false) return mark('unreachable');
    mark('checking');
    void checkForCatalogUpdate().then(mark, () => mark('unreachable'));
  };
  run();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') run();
  });
  window.addEventListener('online', run);
}
