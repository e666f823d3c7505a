/**
 * Build-output checks for the catalogue's update channel (dist/data/) and the open-data export
 * (dist/open-data/): every HSDS file validates against the official schema, the licence file is
 * there, the about page links to both, and neither folder is in the service worker's precache.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, CATALOG_SCHEMA } from '../../src/catalog/manifest.ts';
import { hsdsValidators } from '../fixtures/hsds.ts';

const dist = join(process.cwd(), 'dist');
const hsds = join(dist, 'open-data/hsds');
const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

function precacheUrls(): string[] {
  const m = /\[\{"revision":[^\]]*\}\]/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'));
  if (!m) throw new Error('no precache manifest found in dist/sw.js');
  return (JSON.parse(m[0]) as Array<{ url: string }>).map((e) => e.url);
}

describe('open data (HSDS 3.0)', () => {
  test('every file validates against the official schema', () => {
    const { service, page } = hsdsValidators();
    const list = readJson(join(hsds, 'services.json')) as { contents: Array<{ id: string }> };
    expect(page(list), JSON.stringify(page.errors?.slice(0, 3))).toBe(true);
    const files = readdirSync(join(hsds, 'services'));
    expect(files.length).toBe(list.contents.length);
    const bad = files.filter((f) => !service(readJson(join(hsds, 'services', f))));
    expect(bad).toEqual([]);
    // The API's shape: /services/{id} for every id on the list page.
    expect(files.sort()).toEqual(list.contents.map((c) => `${c.id}.json`).sort());
  });

  test('has its licence and credits, and the about page links to them', () => {
    const licence = readJson(join(dist, 'open-data/licence.json')) as { licence: { name: string }; credits: Array<{ who: string }> };
    expect(licence.licence.name).toBe('CC BY 4.0');
    expect(licence.credits.map((c) => c.who)).toEqual(expect.arrayContaining(['Kartverket', 'Open Referral']));
    expect(readFileSync(join(dist, 'open-data/README.txt'), 'utf8')).toMatch(/x_finnhjelp_translations/);
    const about = readdirSync(join(dist, 'assets')).filter((f) => /^AboutPage-.*\.js$/.test(f));
    expect(about.some((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes('/open-data/hsds/services.json'))).toBe(true);
  });
});

describe('the catalogue update channel', () => {
  test('the manifest points at content-addressed files whose SHA-256 it states', () => {
    const manifest = parseManifest(readJson(join(dist, 'data/catalog.json')));
    expect(manifest).not.toBeNull();
    expect(manifest!.schema).toBe(CATALOG_SCHEMA);
    for (const f of [manifest!, ...Object.values(manifest!.texts)]) {
      const body = readFileSync(join(dist, f!.url));
      expect(createHash('sha256').update(body).digest('hex')).toBe(f!.sha256);
      expect(f!.url).toContain(f!.sha256.slice(0, 16));
      expect(body.length).toBe(f!.bytes);
    }
  });

  test('neither the channel nor the open data is precached: the app must see a new manifest, not a cached one', () => {
    const urls = precacheUrls();
    expect(urls.filter((u) => u.startsWith('data/') || u.startsWith('open-data/'))).toEqual([]);
    expect(existsSync(join(dist, 'data/catalog.json'))).toBe(true);
  });
});
