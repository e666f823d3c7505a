/**
 * The catalogue's update channel in the app (src/catalog/load.ts, src/catalog/update.ts) against a
 * fake server: what it takes, what it refuses, and that a refusal keeps the catalogue in use. The
 * browser test (tests/browser/catalog-update.test.ts) proves the same end to end.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { editionInput, type CatalogManifest } from '../../../src/catalog/manifest.ts';
import { packCatalog, unpackCatalog, type WireCatalog } from '../../../src/catalog/wire.ts';

const gen = resolve('src/generated');
const bundled = JSON.parse(readFileSync(resolve(gen, 'data/catalog.json'), 'utf8')) as CatalogManifest;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Files the fake server answers, by path; anything else is a 404. */
let files: Map<string, string>;
/** When set, this build's bundled files are gone (an evicted cache, offline at first). */
let bundleGone = false;

function serveBuild(): void {
  files = new Map();
  files.set('/data/catalog.json', JSON.stringify(bundled));
  files.set(bundled.url, readFileSync(resolve(gen, 'catalog.wire.json'), 'utf8'));
  for (const [lang, f] of Object.entries(bundled.texts)) files.set(f!.url, readFileSync(resolve(gen, `text.${lang}.wire.json`), 'utf8'));
}

/** Publishes a catalogue whose VO-linjen number is `display`; `spoil` breaks one thing on purpose. */
function publish(display: string, spoil: 'none' | 'text-checksum' | 'version' = 'none'): void {
  const manifest = JSON.parse(files.get('/data/catalog.json')!) as CatalogManifest;
  const catalog = unpackCatalog(JSON.parse(files.get(manifest.url)!) as WireCatalog);
  const vo = catalog.services.find((s) => s.id === 'vo-linjen')!;
  vo.phones[0] = { ...vo.phones[0]!, display, number: display.replace(/\s/g, '') };
  catalog.version = sha(display).slice(0, 12);
  const json = JSON.stringify(packCatalog(catalog));
  const url = `/data/catalog.${sha(json).slice(0, 16)}.json`;
  files.set(url, json);
  const texts = { ...manifest.texts };
  if (spoil === 'text-checksum') {
    const en = texts.en!;
    texts.en = { ...en, url: '/data/text.en.spoilt.json', sha256: sha('other bytes') };
    files.set('/data/text.en.spoilt.json', files.get(en.url)!);
  }
  const next: CatalogManifest = { ...manifest, url, sha256: sha(json), bytes: json.length, version: spoil === 'version' ? 'not-its-version' : catalog.version, texts };
  next.edition = sha(editionInput(next.sha256, texts));
  files.set('/data/catalog.json', JSON.stringify(next));
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  bundleGone = false;
  serveBuild();
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const path = String(input).replace(/^https?:\/\/[^/]+/, '');
    // Vite's `?url` imports of src/generated files, as this test run resolves them.
    const local = /\/src\/generated\/(.+\.json)$/.exec(path);
    const body = local ? (bundleGone ? undefined : readFileSync(resolve(gen, local[1]!), 'utf8')) : files.get(path);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function app() {
  const load = await import('../../../src/catalog/load.ts');
  const update = await import('../../../src/catalog/update.ts');
  const number = async () => (await load.loadCatalog()).services.find((s) => s.id === 'vo-linjen')!.phones[0]!.display;
  return { load, update, number };
}

describe('the update channel in the app', () => {
  test('this build\'s own edition is current; a newer one is taken, texts and all, and stored', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { load, update, number } = await app();
    expect(await number()).toBe('116 006');
    expect(await update.checkForCatalogUpdate()).toBe('current');
    publish('99 99 99 99');
    const before = await load.loadCatalog();
    expect(await update.checkForCatalogUpdate()).toBe('updated');
    expect(await number()).toBe('99 99 99 99');
    expect(await load.loadCatalog()).not.toBe(before);
    expect(load.catalogOrigin()).toBe('network');
    expect((await load.loadCatalogText('en'))?.lang).toBe('en');
    expect(await update.checkForCatalogUpdate()).toBe('current');
    // The bundled copy's deferred store (when the phone is idle) must not overwrite the newer one.
    await vi.advanceTimersByTimeAsync(5000);
    // A new start of the app reads the stored edition, not the bundled one.
    vi.resetModules();
    const again = await app();
    expect(await again.number()).toBe('99 99 99 99');
    expect(again.load.catalogOrigin()).toBe('indexeddb');
    expect(await again.update.checkForCatalogUpdate()).toBe('current');
  });

  test('refused, keeping the catalogue in use: bad checksum of a text, version that does not match, future schema, garbage, missing file', async () => {
    const { update, number } = await app();
    publish('98 98 98 98', 'text-checksum');
    expect(await update.checkForCatalogUpdate()).toBe('refused');
    serveBuild();
    publish('97 97 97 97', 'version');
    expect(await update.checkForCatalogUpdate()).toBe('refused');
    serveBuild();
    files.set('/data/catalog.json', JSON.stringify({ ...bundled, schema: 2, edition: 'f'.repeat(64) }));
    expect(await update.checkForCatalogUpdate()).toBe('refused');
    files.set('/data/catalog.json', '<!doctype html><p>the SPA fallback</p>');
    expect(await update.checkForCatalogUpdate()).toBe('unreachable');
    files.set('/data/catalog.json', JSON.stringify({ ...bundled, url: 'https://elsewhere.example/c.json', edition: 'f'.repeat(64) }));
    expect(await update.checkForCatalogUpdate()).toBe('refused');
    serveBuild();
    publish('96 96 96 96');
    files.delete(JSON.parse(files.get('/data/catalog.json')!).url);
    expect(await update.checkForCatalogUpdate()).toBe('refused');
    expect(await number()).toBe('116 006');
  });

  test('when no copy could be loaded at all, a catalogue from the channel brings the app back', async () => {
    bundleGone = true;
    const { load, update, number } = await app();
    await expect(load.loadCatalog()).rejects.toThrow();
    publish('99 99 99 99');
    expect(await update.checkForCatalogUpdate()).toBe('updated');
    expect(await number()).toBe('99 99 99 99');
  });

  test('offline: unreachable, the catalogue in use stays', async () => {
    const { update, number } = await app();
    expect(await number()).toBe('116 006');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await update.checkForCatalogUpdate()).toBe('unreachable');
    expect(await number()).toBe('116 006');
  });
});
