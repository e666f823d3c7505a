import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { KNOWN_DATABASES, wipeAndLeave, wipeEverything, type WipeEnv } from '../../../src/safety/wipe.ts';

/** A small in-memory Storage. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    key: (i) => [...m.keys()][i] ?? null,
  };
}

function memoryCaches(names: string[]) {
  const set = new Set(names);
  return {
    set,
    api: { keys: async () => [...set], delete: async (n: string) => set.delete(n) },
  };
}

function registrations(n: number, opts: { failAt?: number } = {}) {
  const regs = Array.from({ length: n }, (_, i) => ({
    scope: `http://localhost/${i}/`,
    unregister: vi.fn(async () => {
      if (i === opts.failAt) throw new Error('InvalidStateError');
      return true;
    }),
  }));
  return { regs, api: { getRegistrations: async () => regs as unknown as readonly ServiceWorkerRegistration[] } };
}

async function createDb(idb: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = idb.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('s').put('saved service', 'k');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

let idb: IDBFactory;
beforeEach(() => {
  idb = new IDBFactory();
});

describe('wipeEverything', () => {
  test('removes databases, caches, storage and service workers', async () => {
    (await createDb(idb, 'finn-hjelp')).close();
    (await createDb(idb, 'something-the-storage-work-named')).close();
    const caches = memoryCaches(['workbox-precache-v2', 'catalog']);
    const sw = registrations(2);
    const local = memoryStorage();
    const session = memoryStorage();
    local.setItem('lang', 'nb');
    session.setItem('x', '1');
    const env: WipeEnv = { indexedDB: idb, caches: caches.api, serviceWorker: sw.api, localStorage: local, sessionStorage: session };

    const report = await wipeEverything(env);

    expect(report.failed).toEqual([]);
    expect(report.ok).toBe(true);
    expect((await idb.databases()).map((d) => d.name)).toEqual([]);
    expect(caches.set.size).toBe(0);
    expect(sw.regs.every((r) => r.unregister.mock.calls.length === 1)).toBe(true);
    expect(report.deleted.serviceWorkers).toBe(2);
    expect(local.length).toBe(0);
    expect(session.length).toBe(0);
    expect(report.deleted.databases).toEqual(expect.arrayContaining(['finn-hjelp', 'something-the-storage-work-named']));
  });

  test('without indexedDB.databases() the known names are still deleted', async () => {
    (await createDb(idb, KNOWN_DATABASES[0]!)).close();
    const noListing = { deleteDatabase: idb.deleteDatabase.bind(idb) };
    const report = await wipeEverything({ indexedDB: noListing });
    expect(report.ok).toBe(true);
    expect((await idb.databases()).length).toBe(0);
  });

  test('a database held open elsewhere is reported, not hung on, and the other steps still run', async () => {
    const held = await createDb(idb, 'finn-hjelp');
    // This connection ignores versionchange, like a second tab with old code.
    held.onversionchange = null;
    const local = memoryStorage();
    local.setItem('k', 'v');
    const report = await wipeEverything({ indexedDB: idb, localStorage: local, blockedTimeoutMs: 100, knownDatabases: [] });
    expect(report.ok).toBe(false);
    expect(report.failed).toEqual([expect.objectContaining({ step: 'indexedDB', item: 'finn-hjelp' })]);
    expect(local.length).toBe(0);
    held.close();
  });

  test("the app's own connection is closed first, so it cannot block the deletion", async () => {
    const own = await createDb(idb, 'finnhjelp');
    own.onversionchange = null; // would block if left open
    const closeOwnConnections = vi.fn(async () => own.close());
    const report = await wipeEverything({ indexedDB: idb, blockedTimeoutMs: 2000, knownDatabases: [], closeOwnConnections });
    expect(closeOwnConnections).toHaveBeenCalledTimes(1);
    expect(report.ok).toBe(true);
    expect(await idb.databases()).toEqual([]);
  });

  test('the storage module\'s database name is among the known names', async () => {
    const { DB_NAME } = await import('../../../src/storage/db.ts');
    expect(KNOWN_DATABASES).toContain(DB_NAME);
  });

  test('a database whose holder closes on versionchange is deleted', async () => {
    const polite = await createDb(idb, 'finn-hjelp');
    polite.onversionchange = () => polite.close();
    const report = await wipeEverything({ indexedDB: idb, blockedTimeoutMs: 2000, knownDatabases: [] });
    expect(report.ok).toBe(true);
    expect(await idb.databases()).toEqual([]);
  });

  test('never throws: every failing API becomes an entry in the report', async () => {
    const boom = () => {
      throw new Error('SecurityError');
    };
    const env: WipeEnv = {
      serviceWorker: { getRegistrations: async () => boom() },
      caches: { keys: async () => boom(), delete: async () => boom() },
      indexedDB: { deleteDatabase: boom as never, databases: async () => boom() },
      localStorage: { clear: boom, length: 0 },
      sessionStorage: { clear: boom, length: 0 },
      document: {
        get cookie(): string {
          return boom();
        },
      },
      knownDatabases: ['finn-hjelp'],
    };
    const report = await wipeEverything(env);
    expect(report.ok).toBe(false);
    expect(new Set(report.failed.map((f) => f.step))).toEqual(
      new Set(['serviceWorkers', 'caches', 'indexedDB', 'localStorage', 'sessionStorage', 'cookies']),
    );
  });

  test('one failing registration does not stop the others', async () => {
    const sw = registrations(3, { failAt: 1 });
    const report = await wipeEverything({ serviceWorker: sw.api });
    expect(report.deleted.serviceWorkers).toBe(2);
    expect(report.failed).toEqual([expect.objectContaining({ step: 'serviceWorkers', item: 'http://localhost/1/' })]);
  });

  test('a cache written again during the wipe is deleted on the second pass', async () => {
    const set = new Set(['a']);
    let refills = 1;
    const api = {
      keys: async () => [...set],
      delete: async (n: string) => {
        const had = set.delete(n);
        // A worker mid-install writes its cache once more.
        if (refills-- > 0) set.add('workbox-precache');
        return had;
      },
    };
    const report = await wipeEverything({ caches: api });
    expect(set.size).toBe(0);
    expect(report.ok).toBe(true);
  });

  test('cookies are expired', async () => {
    const jar = new Map<string, string>([['a', '1'], ['b', '2']]);
    const doc = {
      get cookie() {
        return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      },
      set cookie(v: string) {
        const [pair] = v.split(';');
        const [k] = pair!.split('=');
        if (/Max-Age=0/.test(v)) jar.delete(k!.trim());
      },
    };
    const report = await wipeEverything({ document: doc });
    expect(report.ok).toBe(true);
    expect(jar.size).toBe(0);
  });
});

describe('wipeAndLeave', () => {
  test('leaves after a complete wipe', async () => {
    const leave = vi.fn();
    const report = await wipeAndLeave({ localStorage: memoryStorage() }, leave);
    expect(report.ok).toBe(true);
    expect(leave).toHaveBeenCalledTimes(1);
  });

  test('stays and returns the report when something is left, so the page can say what', async () => {
    const leave = vi.fn();
    const report = await wipeAndLeave({ caches: { keys: async () => ['x'], delete: async () => false } }, leave);
    expect(report.ok).toBe(false);
    expect(report.failed[0]).toMatchObject({ step: 'caches', item: 'x' });
    expect(leave).not.toHaveBeenCalled();
  });
});
