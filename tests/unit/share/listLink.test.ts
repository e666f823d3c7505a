import { describe, expect, test } from 'vitest';
import catalog from '../../../src/generated/catalog.json' with { type: 'json' };
import {
  absoluteUrl,
  aliasOf,
  encodeListCompact,
  isAlias,
  MAX_PLAIN_LIST_PATH,
  sharedListPath,
  decodeList,
  encodeList,
  isServiceId,
  listPath,
  MAX_ID_LENGTH,
  MAX_LIST_SIZE,
  servicePath,
} from '../../../src/share/listLink.ts';
import { parseRoute } from '../../../src/shell/routes.ts';
import { qrMatrix } from '../../../src/share/qr.ts';
import { resolveServices } from '../../../src/share/resolve.ts';
import type { Service } from '../../../src/catalog/types.ts';

describe('decodeList', () => {
  test('reads ids in order', () => {
    expect(decodeList('vo-linjen,alarmtelefonen,krisesenter-tromso')).toEqual({
      ids: ['vo-linjen', 'alarmtelefonen', 'krisesenter-tromso'],
      invalid: [],
      truncated: 0,
    });
  });

  test('drops duplicates, keeping the first place', () => {
    expect(decodeList('b,a,b,c,a').ids).toEqual(['b', 'a', 'c']);
  });

  test('ignores empty segments, stray commas and spaces', () => {
    expect(decodeList(',,a,, b ,c,')).toEqual({ ids: ['a', 'b', 'c'], invalid: [], truncated: 0 });
    expect(decodeList(',,,')).toEqual({ ids: [], invalid: [], truncated: 0 });
    expect(decodeList('')).toEqual({ ids: [], invalid: [], truncated: 0 });
  });

  test('never throws on non-strings', () => {
    for (const v of [undefined, null, 42, {}, ['a']]) expect(decodeList(v)).toEqual({ ids: [], invalid: [], truncated: 0 });
  });

  test('folds upper case (scanners and mail programs change case)', () => {
    expect(decodeList('VO-Linjen,ALARMTELEFONEN').ids).toEqual(['vo-linjen', 'alarmtelefonen']);
  });

  test('rejects garbage and reports it', () => {
    const r = decodeList('ok,..,../etc/passwd,<script>,a b,-lead,trail-,dou--ble,ok2,%00,javascript:alert(1)');
    expect(r.ids).toEqual(['ok', 'ok2']);
    expect(r.invalid).toEqual(['..', '../etc/passwd', '<script>', 'a b', '-lead', 'trail-', 'dou--ble', '\u0000', 'javascript:alert(1)']);
  });

  test('accepts percent-encoding once, raw or decoded', () => {
    expect(decodeList('vo-linjen%2Calarmtelefonen').ids).toEqual(['vo-linjen', 'alarmtelefonen']);
    expect(decodeList('vo-linjen%2calarmtelefonen').ids).toEqual(['vo-linjen', 'alarmtelefonen']);
    // Double encoding is decoded only once: what is left is not an id.
    expect(decodeList('vo-linjen%252Calarm').ids).toEqual([]);
    // A broken escape does not throw; the piece is simply not an id.
    const broken = decodeList('a,%E0%A4%A,b');
    expect(broken.ids).toEqual(['a', 'b']);
    expect(broken.invalid).toEqual(['%e0%a4%a']);
  });

  test('rejects unicode look-alikes and letters outside a–z', () => {
    const r = decodeList('krisesenter-tromsø,vо-linjen,ｖｏ,ትግርኛ,ok');
    expect(r.ids).toEqual(['ok']); // "vо" has a Cyrillic о
    expect(r.invalid).toHaveLength(4);
    expect(decodeList(encodeURIComponent('ø,å')).invalid).toEqual(['ø', 'å']);
  });

  test(`caps at ${MAX_LIST_SIZE} ids and counts the rest (1,000 ids)`, () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `s${i}`);
    const r = decodeList(ids.join(','));
    expect(r.ids).toEqual(ids.slice(0, MAX_LIST_SIZE));
    expect(r.truncated).toBe(1000 - MAX_LIST_SIZE);
  });

  test('1,000 garbage pieces: reports a bounded number, not all of them', () => {
    const r = decodeList(Array.from({ length: 1000 }, () => '..').join(','));
    expect(r.ids).toEqual([]);
    expect(r.invalid.length).toBe(MAX_LIST_SIZE);
  });

  test('an over-long id is invalid and shortened in the report', () => {
    const long = 'a'.repeat(MAX_ID_LENGTH + 1);
    const r = decodeList(`${long},b`);
    expect(r.ids).toEqual(['b']);
    expect(r.invalid[0]).toHaveLength(MAX_ID_LENGTH);
    expect(decodeList('a'.repeat(MAX_ID_LENGTH)).ids).toHaveLength(1);
  });

  test('a huge segment is read only up to a bound', () => {
    // How long it takes is printed by `npm run bench:search`, not asserted here.
    const r = decodeList('x'.repeat(2_000_000));
    expect(r.ids).toEqual([]);
    expect(r.invalid).toHaveLength(1);
    expect(r.invalid[0]!.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  });
});

describe('encodeList', () => {
  test('keeps order, drops duplicates and malformed ids, caps', () => {
    expect(encodeList(['b', 'a', 'b', 'Bad Id', '..', 'c'])).toBe('b,a,c');
    expect(encodeList(Array.from({ length: 40 }, (_, i) => `s${i}`)).split(',')).toHaveLength(MAX_LIST_SIZE);
    expect(encodeList([])).toBe('');
  });

  test('round-trips through the router (which decodes the segment first)', () => {
    const ids = ['vo-linjen', 'alarmtelefonen', 'krisesenter-tromso'];
    const route = parseRoute(listPath('ti', ids));
    expect(route).toMatchObject({ name: 'list', lang: 'ti' });
    expect(route.name === 'list' && decodeList(route.ids).ids).toEqual(ids);
  });
});

describe('links', () => {
  test('list and service paths carry the language and nothing else', () => {
    expect(listPath('ti', ['a', 'b'])).toBe('/ti/liste/a,b');
    expect(servicePath('ar', 'vo-linjen')).toBe('/ar/tjeneste/vo-linjen');
    expect(absoluteUrl('/ti/liste/a,b', 'https://example.no/')).toBe('https://example.no/ti/liste/a,b');
    expect(absoluteUrl('nb/', 'https://example.no')).toBe('https://example.no/nb/');
  });

  test('isServiceId', () => {
    expect(isServiceId('vo-linjen')).toBe(true);
    expect(isServiceId('116006')).toBe(true);
    for (const bad of ['', 'A', 'a_b', 'a/b', 'a.b', '-a', 'a-', 'a--b', ' a', 7, null]) expect(isServiceId(bad)).toBe(false);
  });
});

const realIds = (catalog as { services: Array<{ id: string }> }).services.map((s) => s.id);
const fallback = [
  'stottesenter-kriminalitetsutsatte-more-og-romsdal',
  'stottesenter-kriminalitetsutsatte-sor-vest',
  'krisesenter-krisesenteret-for-tromso-og-omegn',
  'overgrepsmottak-legevakta-i-tromso',
  'integreringsradgivere-utenriksstasjoner',
  'voldsalarm-og-omvendt-voldsalarm',
  'statens-barnehus-finnmark-karasjok',
  'hjelpetelefon-seksuelt-misbrukte',
  'stottesenter-kriminalitetsutsatte',
  'mental-helse-hjelpetelefonen',
];

/**
 * The longest realistic list: the 10 longest ids of the catalogue (or, while the catalogue is still
 * empty, 10 long ids in the catalogue's naming pattern), on a long origin, in a 3-letter language.
 */
describe('link length of a 10-service list', () => {
  const ids = realIds.length >= 10 ? [...realIds].sort((a, b) => b.length - a.length).slice(0, 10) : fallback;
  const origin = 'https://www.finnhjelp.no';
  const plainUrl = absoluteUrl(listPath('smj', ids), origin);
  const url = absoluteUrl(sharedListPath('smj', ids), origin);
  const fakeCatalog = { services: ids.map((id) => ({ id }) as Service) };

  test('the shared link stays short enough for a QR code that scans across a table', () => {
    const source = realIds.length >= 10 ? 'catalogue' : 'fallback';
    console.info(
      `10-service list (${source} ids): plain ${plainUrl.length} chars, QR v${qrMatrix(plainUrl).version} ` +
        `(${qrMatrix(plainUrl).symbolSize} modules); shared ${url.length} chars, QR v${qrMatrix(url).version} (${qrMatrix(url).symbolSize} modules)`,
    );
    // Version 10 (57×57 modules) at error correction M reads easily off a phone screen across a table.
    expect(qrMatrix(url).version).toBeLessThanOrEqual(10);
    expect(url.length).toBeLessThanOrEqual(160);
    // It still names exactly these services, in order.
    const refs = decodeList(url.split('/liste/')[1]).ids;
    expect(resolveServices(fakeCatalog, refs).found.map((s) => s.id)).toEqual(ids);
  });
});

describe('aliases for long lists', () => {
  test('short lists keep readable plain ids', () => {
    expect(sharedListPath('nb', ['vo-linjen', 'alarmtelefonen'])).toBe('/nb/liste/vo-linjen,alarmtelefonen');
  });

  test('long lists switch to aliases', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `stottesenter-kriminalitetsutsatte-${i}`);
    expect(listPath('nb', ids).length).toBeGreaterThan(MAX_PLAIN_LIST_PATH);
    const path = sharedListPath('nb', ids);
    expect(path).toBe(`/nb/liste/${encodeListCompact(ids)}`);
    expect(path.split('/')[3]!.split(',').every(isAlias)).toBe(true);
  });

  test('aliases never change (they are printed on paper)', () => {
    expect(aliasOf('vo-linjen')).toBe('_2oiz6j');
    expect(aliasOf('alarmtelefonen')).toBe('_w8esqu');
    expect(aliasOf('a')).toBe('_4epp1d');
  });

  test('the catalogue has no two ids with the same alias', () => {
    const all = realIds.length > 0 ? realIds : fallback;
    expect(new Set(all.map(aliasOf)).size).toBe(all.length);
  });

  test('10,000 synthetic ids have almost no collisions (the hash spreads well)', () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => aliasOf(`krisesenter-${i}`));
    expect(aliases.every(isAlias)).toBe(true);
    expect(new Set(aliases).size).toBeGreaterThanOrEqual(9_998);
  });

  test('decoding keeps aliases as references; resolving finds the services, once', () => {
    const catalogLike = { services: ['vo-linjen', 'alarmtelefonen'].map((id) => ({ id }) as Service) };
    const r = decodeList(`${aliasOf('alarmtelefonen')},vo-linjen,${aliasOf('vo-linjen')},_zzzzzz,_short,_TOOLONG1`);
    expect(r.ids).toEqual([aliasOf('alarmtelefonen'), 'vo-linjen', aliasOf('vo-linjen'), '_zzzzzz']);
    expect(r.invalid).toEqual(['_short', '_toolong1']);
    const resolved = resolveServices(catalogLike, r.ids);
    expect(resolved.found.map((s) => s.id)).toEqual(['alarmtelefonen', 'vo-linjen']);
    expect(resolved.missing).toEqual(['_zzzzzz']);
  });

  test('an alias shared by two services resolves to neither', () => {
    // Two ids forced to look alike by a catalogue that lists the same id twice under different objects.
    const a = { id: 'x' } as Service;
    const b = { id: 'x' } as Service;
    expect(resolveServices({ services: [a, b] }, [aliasOf('x')]).missing).toEqual([aliasOf('x')]);
  });
});
