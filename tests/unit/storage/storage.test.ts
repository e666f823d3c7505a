import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { closeDb, DB_NAME, getDb, onStorageProblem, resetDbState, storageProblem, type StorageProblem } from '../../../src/storage/db.ts';
import { readCachedCatalog, sha256Hex, writeCachedCatalog } from '../../../src/storage/catalogCache.ts';
import { getPreferredLanguage, setPreferredLanguage } from '../../../src/storage/prefs.ts';
import { deleteList, getSavedLists, getSavedServices, isSaved, saveList, saveService, unsaveService } from '../../../src/storage/saved.ts';

const catalogJson = (version: string) =>
  JSON.stringify({ wire: 1, schema: 1, version, checked: '2026-11-21', groups: {}, sources: [], services: [{ id: 'vo-linjen', name: 'VO', phones: [] }], measures: [], ministries: {}, places: [] });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbState();
});
afterEach(async () => {
  await closeDb();
});

describe('catalogue cache', () => {
  test('stores and reads back a catalogue with its checksum', async () => {
    expect(await writeCachedCatalog(catalogJson('v1'), 'v1')).toBe(true);
    const got = await readCachedCatalog();
    expect(got?.version).toBe('v1');
    expect(got?.catalog.services[0]?.id).toBe('vo-linjen');
  });

  test('a copy from the update channel keeps its edition and texts, and replaces a bundled copy in one put', async () => {
    await writeCachedCatalog(catalogJson('v1'), 'v1', '/assets/catalog.wire-1.json');
    const texts = { en: { sha256: await sha256Hex('{"t":1}'), json: '{"t":1}' } };
    expect(await writeCachedCatalog(catalogJson('v2'), 'v2', '', { edition: 'e'.repeat(64), texts })).toBe(true);
    const got = await readCachedCatalog();
    expect(got).toMatchObject({ version: 'v2', bundle: '', edition: 'e'.repeat(64), texts });
    // A later bundled copy carries no edition or texts of the channel's.
    await writeCachedCatalog(catalogJson('v3'), 'v3', '/assets/catalog.wire-3.json');
    const after = await readCachedCatalog();
    expect(after?.edition).toBeUndefined();
    expect(after?.texts).toBeUndefined();
  });

  test('a newer catalogue replaces the stored one', async () => {
    await writeCachedCatalog(catalogJson('v1'), 'v1');
    await writeCachedCatalog(catalogJson('v2'), 'v2');
    expect((await readCachedCatalog())?.version).toBe('v2');
  });

  test('a copy that fails its checksum is discarded, never returned', async () => {
    await writeCachedCatalog(catalogJson('v1'), 'v1');
    const db = (await getDb())!;
    const rec = (await db.get('catalog', 'current'))!;
    await db.put('catalog', { ...rec, json: rec.json.replace('VO', 'XX') }, 'current');
    expect(await readCachedCatalog()).toBeNull();
    expect(await db.get('catalog', 'current')).toBeUndefined();
  });

  test('a copy with the right checksum but the wrong schema is discarded', async () => {
    const bad = JSON.stringify({ schema: 99, version: 'v1', services: 'nope' });
    const db = (await getDb())!;
    await db.put('catalog', { version: 'v1', checksum: await sha256Hex(bad), schema: 99, json: bad, bundle: '', storedAt: 1 }, 'current');
    expect(await readCachedCatalog()).toBeNull();
  });
});

describe('preferences and saved items', () => {
  test('language is stored only when set, and garbage is ignored', async () => {
    expect(await getPreferredLanguage()).toBeNull();
    await setPreferredLanguage('se');
    expect(await getPreferredLanguage()).toBe('se');
    const db = (await getDb())!;
    await db.put('prefs', 'klingon', 'lang');
    expect(await getPreferredLanguage()).toBeNull();
  });

  test('saving, listing and removing services and lists', async () => {
    expect(await saveService('vo-linjen', 'VO-linjen')).toBe(true);
    await new Promise((r) => setTimeout(r, 2));
    await saveService('alarmtelefonen', 'Alarmtelefonen');
    expect((await getSavedServices()).map((s) => s.id)).toEqual(['alarmtelefonen', 'vo-linjen']);
    expect(await isSaved('vo-linjen')).toBe(true);
    await unsaveService('vo-linjen');
    expect(await isSaved('vo-linjen')).toBe(false);
    const id = await saveList('Møte', ['a', 'b'], 'ti');
    expect(id).toBeTruthy();
    expect((await getSavedLists())[0]).toMatchObject({ name: 'Møte', ids: ['a', 'b'], lang: 'ti' });
    await deleteList(id!);
    expect(await getSavedLists()).toEqual([]);
  });
});

describe('schema upgrades', () => {
  test('a v1 database with saved services keeps them when upgraded to the current version', async () => {
    // Build the v1 schema exactly as the first release did, and save items in it.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('catalog');
        db.createObjectStore('prefs');
        db.createObjectStore('saved', { keyPath: 'id' });
      },
    });
    await v1.put('saved', { id: 'kompetanseteamet', name: 'Kompetanseteamet', savedAt: 5 });
    await v1.put('prefs', 'ar', 'lang');
    v1.close();

    expect((await getSavedServices()).map((s) => s.id)).toEqual(['kompetanseteamet']);
    expect(await getPreferredLanguage()).toBe('ar');
    expect(await saveList('ny', ['x'], 'nb')).toBeTruthy();
  });

  test('an old tab holding the database open does not make this tab hang; the user is told', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('catalog');
        db.createObjectStore('prefs');
        db.createObjectStore('saved', { keyPath: 'id' });
      },
    });
    // The old tab ignores versionchange (as an old release without handlers would).
    const seen: StorageProblem[] = [];
    onStorageProblem((p) => seen.push(p));
    const started = Date.now();
    const result = await getSavedServices();
    expect(result).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(seen).toContain('blocked');
    old.close();
  }, 10_000);
});

describe('IndexedDB missing', () => {
  test('everything degrades to empty results and a reported problem, nothing throws', async () => {
    // Some private modes have no IndexedDB at all.
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    resetDbState();
    expect(await getSavedServices()).toEqual([]);
    expect(await saveService('x', 'X')).toBe(false);
    expect(await readCachedCatalog()).toBeNull();
    expect(await writeCachedCatalog('{}', 'v')).toBe(false);
    expect(await getPreferredLanguage()).toBeNull();
    expect(storageProblem()).toBe('unavailable');
  });
});
