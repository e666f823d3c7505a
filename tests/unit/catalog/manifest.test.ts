import { describe, expect, it } from 'vitest';
import { CATALOG_SCHEMA, editionInput, parseManifest } from '../../../src/catalog/manifest.ts';

const hex = (c: string) => c.repeat(64);
const good = () => ({
  schema: CATALOG_SCHEMA,
  edition: hex('e'),
  version: 'abc',
  checked: '2026-11-21',
  url: `/data/catalog.${'a'.repeat(16)}.json`,
  sha256: hex('a'),
  bytes: 10,
  texts: { en: { url: '/data/text.en.1.json', sha256: hex('b'), bytes: 3 } },
});

describe('parseManifest', () => {
  it('reads a good manifest and keeps a future schema for the caller to refuse', () => {
    expect(parseManifest(good())).toEqual(good());
    expect(parseManifest({ ...good(), schema: 2 })?.schema).toBe(2);
  });

  it('refuses anything malformed, and any file outside our own /data/ folder', () => {
    for (const bad of [
      null, 'x', [], 42,
      { ...good(), url: 'https://evil.example/data/catalog.json' },
      { ...good(), url: '//evil.example/data/catalog.json' },
      { ...good(), url: '/data/../sw.js' },
      { ...good(), sha256: 'A'.repeat(64) },
      { ...good(), sha256: hex('a').slice(1) },
      { ...good(), bytes: -1 },
      { ...good(), schema: '1' },
      { ...good(), edition: 'x' },
      { ...good(), checked: '21.11.2026' },
      { ...good(), texts: { xx: good().texts.en } },
      { ...good(), texts: { nb: good().texts.en } },
      { ...good(), texts: { en: { ...good().texts.en, url: '/assets/x.json' } } },
      { ...good(), texts: [] },
      { ...good(), url: `/data/${'a'.repeat(100_000)}\u202e.json` },
    ]) {
      expect(parseManifest(bad), JSON.stringify(bad)?.slice(0, 80)).toBeNull();
    }
  });

  it('the edition covers every text: a changed translation is a new edition', () => {
    const a = editionInput(hex('a'), { en: { sha256: hex('b') }, ar: { sha256: hex('c') } });
    expect(editionInput(hex('a'), { ar: { sha256: hex('c') }, en: { sha256: hex('b') } })).toBe(a);
    expect(editionInput(hex('a'), { en: { sha256: hex('d') }, ar: { sha256: hex('c') } })).not.toBe(a);
  });
});
