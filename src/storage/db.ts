/**
 * The one IndexedDB database of Finn hjelp (via idb). Everything here is guarded: storage never
 * throws into the UI. When IndexedDB is missing (some private modes), blocked, full or evicted,
 * callers get `null`/`false` and the app runs from the bundled catalogue and memory.
 *
 * Schema history (cumulative upgrade steps; never drop a store that holds the user's items):
 *   v1  catalog (key 'current'), prefs (key → value), saved (keyPath 'id')
 *   v2  lists (keyPath 'id'), index saved.by-date
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Lang } from '../catalog/types.ts';

export const DB_NAME = 'finnhjelp';
export const DB_VERSION = 2;

export interface CachedCatalog {
  /** Content version of the catalogue (from the build). */
  version: string;
  /** SHA-256 (hex) of `json`. */
  checksum: string;
  schema: number;
  json: string;
  /** URL of the bundled asset it came from (content-hashed): a new app build has a new one. '' for a copy from the update channel. */
  bundle: string;
  storedAt: number;
  /** Set for a copy from the catalogue's update channel (src/catalog/manifest.ts): its edition id. */
  edition?: string;
  /** The channel copy's service texts, packed, per language, each with the SHA-256 of its JSON. */
  texts?: Record<string, StoredText>;
}

export interface StoredText {
  sha256: string;
  json: string;
}

export interface SavedService {
  id: string;
  /** Name at the time of saving, shown if the service later disappears from the catalogue. */
  name: string;
  savedAt: number;
}

export interface SavedList {
  id: string;
  name: string;
  ids: string[];
  lang: Lang;
  savedAt: number;
}

export interface Prefs {
  lang: Lang;
}

interface FinnHjelpDB extends DBSchema {
  catalog: { key: string; value: CachedCatalog };
  prefs: { key: string; value: unknown };
  saved: { key: string; value: SavedService; indexes: { 'by-date': number } };
  lists: { key: string; value: SavedList };
}

export { onStorageProblem, reportProblem, storageProblem, type StorageProblem } from './problems.ts';
import { reportProblem, storageProblem } from './problems.ts';

let dbPromise: Promise<IDBPDatabase<FinnHjelpDB> | null> | null = null;

/** Upgrade steps, cumulative: a v1 database keeps every saved service when it becomes v2. */
export function upgradeSchema(
  db: IDBPDatabase<FinnHjelpDB>,
  oldVersion: number,
  tx: IDBPTransaction<FinnHjelpDB, StoreNames<FinnHjelpDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('catalog');
    db.createObjectStore('prefs');
    db.createObjectStore('saved', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('lists', { keyPath: 'id' });
    tx.objectStore('saved').createIndex('by-date', 'savedAt');
  }
}

/** Opens (once) the database; null when IndexedDB can't be used. */
export function getDb(): Promise<IDBPDatabase<FinnHjelpDB> | null> {
  dbPromise ??= openDatabase();
  return dbPromise;
}

async function openDatabase(): Promise<IDBPDatabase<FinnHjelpDB> | null> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    reportProblem('unavailable');
    return null;
  }
  try {
    const open = openDB<FinnHjelpDB>(DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgradeSchema(db, oldVersion, tx),
      // Another tab holds an older version open: tell the user instead of waiting forever.
      blocked: () => reportProblem('blocked'),
      // This tab blocks a newer version opened elsewhere: let go at once so that tab can upgrade.
      blocking: () => {
        void open.then((db) => db.close());
        dbPromise = null;
        reportProblem('newer-version');
      },
      // The browser closed the connection (eviction, storage cleared): reopen on next use.
      terminated: () => {
        dbPromise = null;
      },
    });
    // A blocked open may never settle: don't let the app hang on it.
    const timeout = new Promise<null>((ok) => setTimeout(() => ok(null), 3000));
    const db = await Promise.race([open, timeout]);
    if (!db) {
      if (storageProblem() === null) reportProblem('blocked');
      dbPromise = null;
      return null;
    }
    if (storageProblem() === 'blocked') reportProblem(null);
    return db;
  } catch {
    reportProblem('unavailable');
    return null;
  }
}

/** Runs `fn` against the database; any failure becomes `fallback` (and a reported problem when the disk is full). */
export async function withDb<T>(fallback: T, fn: (db: IDBPDatabase<FinnHjelpDB>) => Promise<T>): Promise<T> {
  try {
    const db = await getDb();
    if (!db) return fallback;
    return await fn(db);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'QuotaExceededError') reportProblem('full');
    return fallback;
  }
}

/** Closes the connection (tests, delete-everything). */
export async function closeDb(): Promise<void> {
  const p = dbPromise;
  dbPromise = null;
  const db = p ? await p.catch(() => null) : null;
  db?.close();
}

/** Forgets problems and the connection; for tests. */
export function resetDbState(): void {
  dbPromise = null;
  reportProblem(null);
}
