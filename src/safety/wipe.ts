/**
 * "Slett alt appen har lagret på denne enheten": removes every trace this app can remove itself —
 * service workers, Cache Storage, IndexedDB, localStorage, sessionStorage and cookies — then leaves
 * (quick exit). Never throws: each step is guarded, and the report says what could not be deleted.
 *
 * What no script can remove (browser history, the HTTP cache) is explained on the hide page.
 */
import { closeDb, DB_NAME } from '../storage/db.ts';
import { quickExit } from './quickExit.ts';

/** The parts of browser storage the wipe goes through, in this order. */
export const WIPE_STEPS = ['serviceWorkers', 'caches', 'indexedDB', 'localStorage', 'sessionStorage', 'cookies'] as const;
export type WipeStep = (typeof WIPE_STEPS)[number];

/**
 * IndexedDB names the app (or workbox) may use, deleted even where `indexedDB.databases()` is
 * missing (older Firefox). Deleting a name that does not exist is harmless.
 */
export const KNOWN_DATABASES = [...new Set([DB_NAME, 'finnhjelp', 'finn-hjelp', 'workbox-expiration', 'keyval-store'])];

/** How long to wait for a database that another tab keeps open before calling it failed. */
export const DB_BLOCKED_TIMEOUT_MS = 4000;

/** One thing that could not be deleted. */
export interface WipeFailure {
  step: WipeStep;
  /** Which item (database or cache name), when known. */
  item?: string;
  detail: string;
}

/** What the wipe did. `ok` is true when nothing is known to be left. */
export interface WipeReport {
  ok: boolean;
  failed: WipeFailure[];
  deleted: { serviceWorkers: number; caches: string[]; databases: string[] };
}

/** The browser APIs the wipe uses; all optional, so a missing API is skipped, not fatal. */
export interface WipeEnv {
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'> | null;
  caches?: Pick<CacheStorage, 'keys' | 'delete'> | null;
  indexedDB?: Pick<IDBFactory, 'deleteDatabase'> & Partial<Pick<IDBFactory, 'databases'>> | null;
  localStorage?: Pick<Storage, 'clear' | 'length'> | null;
  sessionStorage?: Pick<Storage, 'clear' | 'length'> | null;
  document?: Pick<Document, 'cookie'> | null;
  knownDatabases?: string[];
  blockedTimeoutMs?: number;
  /** Closes this page's own database connections first, so they cannot block the deletion. */
  closeOwnConnections?: () => Promise<void>;
}

/** Reads a browser global without throwing (storage access can throw SecurityError). */
function safe<T>(get: () => T): T | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

/** The real browser's APIs, each looked up safely. */
export function browserWipeEnv(): WipeEnv {
  if (typeof window === 'undefined') return {};
  return {
    serviceWorker: safe(() => ('serviceWorker' in navigator ? navigator.serviceWorker : null)),
    caches: safe(() => ('caches' in window ? window.caches : null)),
    indexedDB: safe(() => window.indexedDB),
    localStorage: safe(() => window.localStorage),
    sessionStorage: safe(() => window.sessionStorage),
    document: window.document,
    closeOwnConnections: closeDb,
  };
}

function message(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

/** Deletes one database; rejects if it stays blocked (another tab holds it open) past the timeout. */
function deleteDatabase(idb: NonNullable<WipeEnv['indexedDB']>, name: string, timeoutMs: number): Promise<void> {
  return new Promise((ok, fail) => {
    let blocked = false;
    const req = idb.deleteDatabase(name);
    const timer = setTimeout(() => fail(new Error(blocked ? 'blocked: open in another tab or window' : 'timed out')), timeoutMs);
    req.onsuccess = () => {
      clearTimeout(timer);
      ok();
    };
    req.onerror = () => {
      clearTimeout(timer);
      fail(req.error ?? new Error('delete failed'));
    };
    // "blocked" is not final: the deletion goes ahead once the other connections close.
    req.onblocked = () => {
      blocked = true;
    };
  });
}

/** Expires every cookie visible to this page (the app sets none; this is a safety net). */
function clearCookies(doc: Pick<Document, 'cookie'>): number {
  const names = doc.cookie
    .split(';')
    .map((c) => c.split('=')[0]?.trim())
    .filter((n): n is string => !!n);
  for (const n of names) doc.cookie = `${n}=; Max-Age=0; path=/`;
  return names.length;
}

/** Deletes everything the app can delete. Never throws. */
export async function wipeEverything(env: WipeEnv = browserWipeEnv()): Promise<WipeReport> {
  const failed: WipeFailure[] = [];
  const deleted: WipeReport['deleted'] = { serviceWorkers: 0, caches: [], databases: [] };

  // Service workers first, so a running worker cannot fill the caches again while we empty them.
  if (env.serviceWorker) {
    try {
      const regs = await env.serviceWorker.getRegistrations();
      for (const reg of regs) {
        try {
          if (await reg.unregister()) deleted.serviceWorkers++;
          else failed.push({ step: 'serviceWorkers', item: reg.scope, detail: 'unregister returned false' });
        } catch (err) {
          failed.push({ step: 'serviceWorkers', item: reg.scope, detail: message(err) });
        }
      }
    } catch (err) {
      failed.push({ step: 'serviceWorkers', detail: message(err) });
    }
  }

  if (env.caches) {
    try {
      // Twice: a worker that was mid-install may have written again after the first pass.
      for (let pass = 0; pass < 2; pass++) {
        for (const key of await env.caches.keys()) {
          if (await env.caches.delete(key)) {
            if (!deleted.caches.includes(key)) deleted.caches.push(key);
          }
        }
      }
      for (const key of await env.caches.keys()) failed.push({ step: 'caches', item: key, detail: 'still present' });
    } catch (err) {
      failed.push({ step: 'caches', detail: message(err) });
    }
  }

  if (env.indexedDB) {
    const idb = env.indexedDB;
    const names = new Set(env.knownDatabases ?? KNOWN_DATABASES);
    try {
      if (typeof idb.databases === 'function') {
        for (const db of await idb.databases()) if (db.name) names.add(db.name);
      }
    } catch {
      // databases() is missing or failed: the known names still go.
    }
    try {
      await env.closeOwnConnections?.();
    } catch {
      // The storage module also closes on "versionchange"; deletion may still go through.
    }
    const timeout = env.blockedTimeoutMs ?? DB_BLOCKED_TIMEOUT_MS;
    await Promise.all(
      [...names].map(async (name) => {
        try {
          await deleteDatabase(idb, name, timeout);
          deleted.databases.push(name);
        } catch (err) {
          failed.push({ step: 'indexedDB', item: name, detail: message(err) });
        }
      }),
    );
  }

  for (const step of ['localStorage', 'sessionStorage'] as const) {
    const storage = env[step];
    if (!storage) continue;
    try {
      storage.clear();
      if (storage.length > 0) failed.push({ step, detail: 'still has items' });
    } catch (err) {
      failed.push({ step, detail: message(err) });
    }
  }

  if (env.document) {
    try {
      clearCookies(env.document);
    } catch (err) {
      failed.push({ step: 'cookies', detail: message(err) });
    }
  }

  return { ok: failed.length === 0, failed, deleted };
}

/**
 * Wipes, then leaves the app at once when everything went. When something is left the report is
 * returned instead, so the page can say what remains before the person leaves.
 */
export async function wipeAndLeave(
  env: WipeEnv = browserWipeEnv(),
  leave: () => void = () => quickExit(),
): Promise<WipeReport> {
  let report: WipeReport;
  try {
    report = await wipeEverything(env);
  } catch (err) {
    // wipeEverything guards every step; this is only a last net.
    report = { ok: false, failed: [{ step: 'indexedDB', detail: message(err) }], deleted: { serviceWorkers: 0, caches: [], databases: [] } };
  }
  if (report.ok) leave();
  return report;
}
