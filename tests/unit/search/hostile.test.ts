import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/search/index.ts';
import { fixture } from './fixture.ts';

const index = createSearchIndex(fixture);
const hostile = [
  '', ' ', '\u0000\u0001\u0007\u001b[31m', 'x'.repeat(10_000), 'krisesenter '.repeat(2_000), '(.*)+', '^$.*+?()[]{}|\\',
  '(a+)+b', '🆘🏠💔👨‍👩‍👧', '\uD83D', '\uDC00krise', 'مرحبا كيف حالك عنف', '\u202Eretnesesirk\u202C', 'krisesenter Тромсё 😀 عنف',
  '%s%n%x', '<script>alert(1)</script>', 'null', 'undefined', '__proto__', 'constructor', 'toString', '1'.repeat(500),
  '+++++++++', '0047', ' \t\n\r ', 'a b c d e f g h i j k l m n o p q r s t u v w x y z', 'ŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋ',
];

describe('any input is safe', () => {
  it.each(hostile.map((q) => [JSON.stringify(q).slice(0, 40), q]))('search(%s) returns a list', (_, q) => {
    const out = index.search(q, { lang: 'nb' });
    expect(Array.isArray(out)).toBe(true);
    for (const r of out) expect(Number.isFinite(r.score)).toBe(true);
    const s = index.suggest(q);
    expect(s === null || typeof s === 'string').toBe(true);
  });

  it('reads only the start of a very long query', () => {
    const long = 'krisesenter ' + 'zq'.repeat(5_000);
    expect(index.search(long, { lang: 'nb' })[0]?.service.group).toBe('krisesenter');
    const tail = 'zq '.repeat(100) + 'krisesenter';
    expect(index.search(tail, { lang: 'nb' }).some((r) => r.service.group === 'krisesenter')).toBe(false);
  });

  it('does not treat regex characters as a pattern', () => {
    expect(index.search('.*', { lang: 'nb' }).length).toBe(fixture.services.length);
    expect(index.search('krise.*', { lang: 'nb' })[0]?.service.group).toBe('krisesenter');
  });

  it('copes with non-string input from untyped callers', () => {
    expect(() => index.search(undefined as unknown as string, { lang: 'nb' })).not.toThrow();
    expect(() => index.suggest(null as unknown as string)).not.toThrow();
  });

  it('copes with an empty catalogue', () => {
    const empty = createSearchIndex({ ...fixture, services: [], places: [] });
    expect(empty.search('krisesenter', { lang: 'nb' })).toEqual([]);
    expect(empty.suggest('krisesenter')).toBeNull();
  });
});
