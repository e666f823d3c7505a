import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog, CatalogText, Service } from '../../../src/catalog/types.ts';
import { packCatalog, packText, unpackCatalog, unpackText } from '../../../src/catalog/wire.ts';

const source = { url: 'https://example.org/a', checked: '2026-11-21', published: '2024', fact: 'x' };
function office(id: string, extra: Partial<Service> = {}): Service {
  return {
    id, group: 'krisesenter', categories: ['krisesenter'], organization: { name: 'Kommune' }, name: `Krisesenter ${id}`, names: {},
    summary: 'Trygt sted', description: 'Beskrivelse', audienceText: 'Alle', audiences: ['voksne'], free: true, anonymous: null, referral: false,
    phones: [], sms: [], chat: [], email: [], website: null, schedule: { type: 'always', sources: ['s'] }, area: { type: 'national' },
    location: null, languages: [], measures: ['plan-64'], fallback: ['vo-linjen'], keywords: { nb: ['krisesenter'], en: ['shelter'] },
    assuredDate: '2026-11-21', sources: { s: source }, ...extra,
  };
}
const base: Catalog = { schema: 1, version: 'v', checked: '2026-11-21', measures: [], ministries: {}, places: [], services: [] };

describe('packed catalogue', () => {
  test('round-trips exactly, including nulls, absent fields and own values', () => {
    const withNotes = office('b', { notes: 'Egen merknad', website: { url: 'https://b.no', sources: ['s'] }, free: null });
    const { ages: _a, ...noAges } = office('c', { ages: { min: 18 } });
    const catalog: Catalog = {
      ...base,
      services: [office('a', { ages: { min: 18 } }), withNotes, noAges as Service, office('d', { ages: { min: 18 } }), { ...office('n'), group: null }],
    };
    const packed = packCatalog(catalog);
    expect(unpackCatalog(JSON.parse(JSON.stringify(packed)))).toEqual(catalog);
    // Shared things are shipped once.
    expect(packed.sources).toHaveLength(1);
    expect(packed.groups.krisesenter?.keywords).toEqual({ nb: ['krisesenter'], en: ['shelter'] });
    expect(packed.services[0]).not.toHaveProperty('keywords');
  });

  test('rejects what is not a pack, and a source index that does not exist', () => {
    expect(() => unpackCatalog({} as never)).toThrow();
    const packed = packCatalog({ ...base, services: [office('a')] });
    packed.services[0]!.sources = { s: 99 };
    expect(() => unpackCatalog(packed)).toThrow(/missing source/);
  });

  test('texts round-trip and share a group text once', () => {
    const catalog: Catalog = { ...base, services: [office('a'), office('b'), office('c'), { ...office('n'), group: null }] };
    const text: CatalogText = {
      lang: 'se',
      services: { a: { summary: 'Heahteguovddáš' }, b: { summary: 'Heahteguovddáš', name: 'B' }, c: {}, n: { description: 'Nationála' } },
    };
    const packed = packText(text, catalog);
    expect(packed.groups.krisesenter).toEqual({ summary: 'Heahteguovddáš' });
    expect(unpackText(JSON.parse(JSON.stringify(packed)), catalog)).toEqual(text);
  });

  test('translated labels and notes round-trip; labels the offices share are shipped once', () => {
    const catalog: Catalog = { ...base, services: [office('a'), office('b'), office('c'), { ...office('n'), group: null }] };
    const text: CatalogText = {
      lang: 'ar',
      services: {
        a: { labels: { website: 'اقرأ المزيد', 'phone:77600000': 'على مدار الساعة' }, notes: 'ملاحظة' },
        b: { labels: { website: 'اقرأ المزيد', 'phone:77600000': 'على مدار الساعة' } },
        c: { labels: { website: 'موقع' } },
        n: { labels: { 'chat:0': 'دردشة' }, notes: 'أخرى' },
      },
    };
    const packed = packText(text, catalog);
    expect(packed.groups.krisesenter).toEqual({ labels: { website: 'اقرأ المزيد', 'phone:77600000': 'على مدار الساعة' } });
    expect(packed.services.b).toEqual({});
    expect(unpackText(JSON.parse(JSON.stringify(packed)), catalog)).toEqual(text);
  });

  const real = resolve('src/generated/catalog.json');
  test('the real catalogue and every language round-trip, and the pack is much smaller', () => {
    const catalog = JSON.parse(readFileSync(real, 'utf8')) as Catalog;
    const packed = packCatalog(catalog);
    expect(unpackCatalog(JSON.parse(JSON.stringify(packed)))).toEqual(catalog);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(catalog).length * 0.7);
    for (const f of readdirSync(resolve('src/generated')).filter((n) => /^text\.[a-z]+\.json$/.test(n))) {
      const text = JSON.parse(readFileSync(resolve('src/generated', f), 'utf8')) as CatalogText;
      expect(unpackText(JSON.parse(JSON.stringify(packText(text, catalog))), catalog)).toEqual(text);
    }
  });
});
