import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/languages.ts';
import { parseRoute, pathOf, switchLanguage } from '../../src/shell/routes.ts';

describe('parseRoute', () => {
  test('every page of the URL scheme', () => {
    expect(parseRoute('/')).toEqual({ name: 'root' });
    expect(parseRoute('/nb/')).toEqual({ name: 'home', lang: 'nb' });
    expect(parseRoute('/se')).toEqual({ name: 'home', lang: 'se' });
    expect(parseRoute('/en/tjeneste/vo-linjen')).toEqual({ name: 'service', lang: 'en', id: 'vo-linjen' });
    expect(parseRoute('/nb/liste/a,b')).toEqual({ name: 'list', lang: 'nb', ids: 'a,b' });
    expect(parseRoute('/ar/mine').name).toBe('saved');
    expect(parseRoute('/ar/om').name).toBe('about');
    expect(parseRoute('/nb/skjul-besok').name).toBe('hide');
    const search = parseRoute('/nb/sok', '?q=krisesenter&kategori=barnehus');
    expect(search.name).toBe('search');
    if (search.name === 'search') expect(search.query.get('kategori')).toBe('barnehus');
    const measures = parseRoute('/nb/tiltak', '?dep=JD');
    expect(measures.name === 'measures' && measures.query.get('dep')).toBe('JD');
  });

  test('unknown languages and paths are not found, never a throw', () => {
    expect(parseRoute('/xx/')).toEqual({ name: 'notfound', lang: 'nb', reason: 'lang' });
    expect(parseRoute('/no/')).toEqual({ name: 'notfound', lang: 'nb', reason: 'lang' });
    expect(parseRoute('/tjeneste/x')).toEqual({ name: 'notfound', lang: 'nb', reason: 'path' });
    expect(parseRoute('/nb/finnes-ikke')).toEqual({ name: 'notfound', lang: 'nb', reason: 'path' });
    expect(parseRoute('/nb/tjeneste/')).toEqual({ name: 'notfound', lang: 'nb', reason: 'path' });
    expect(parseRoute('/nb/tjeneste/a/b')).toEqual({ name: 'notfound', lang: 'nb', reason: 'path' });
    expect(parseRoute('/nb/om/mer')).toEqual({ name: 'notfound', lang: 'nb', reason: 'path' });
    expect(parseRoute('/en/sok/x').name).toBe('notfound');
  });

  test('garbage paths', () => {
    const garbage = ['/%E0%A4%A', '/%', '/nb/tjeneste/%zz', '//', '/../../etc/passwd', '/nb/<script>', `/${'a'.repeat(10_000)}`, '/🆘/', '/nb/\u0000'];
    for (const path of garbage) {
      const route = parseRoute(path, '?q=%%%&&==');
      expect(['notfound', 'root', 'home']).toContain(route.name);
    }
    expect(parseRoute('/%E0%A4%A')).toEqual({ name: 'notfound', lang: 'nb', reason: 'path' });
  });

  test('service ids are decoded as text', () => {
    expect(parseRoute('/nb/tjeneste/%3Cscript%3E')).toEqual({ name: 'service', lang: 'nb', id: '<script>' });
  });
});

describe('pathOf', () => {
  test('round-trips with parseRoute', () => {
    const query = new URLSearchParams({ q: 'vold & overgrep', kategori: 'krisesenter' });
    for (const lang of LANGS) {
      expect(parseRoute(pathOf({ name: 'home', lang }))).toEqual({ name: 'home', lang });
      const path = pathOf({ name: 'service', lang, id: 'a b/c' });
      expect(path).toBe(`/${lang}/tjeneste/a%20b%2Fc`);
      expect(parseRoute(path)).toEqual({ name: 'service', lang, id: 'a b/c' });
      const s = pathOf({ name: 'search', lang, query });
      const [p, q] = s.split('?');
      const back = parseRoute(p!, `?${q}`);
      expect(back.name === 'search' && back.query.get('q')).toBe('vold & overgrep');
    }
  });

  test('search and measures without a query have no "?"', () => {
    expect(pathOf({ name: 'search', lang: 'nb', query: new URLSearchParams() })).toBe('/nb/sok');
    expect(pathOf({ name: 'measures', lang: 'en', query: new URLSearchParams() })).toBe('/en/tiltak');
  });
});

describe('switchLanguage', () => {
  test('keeps the page, the service and the search', () => {
    expect(switchLanguage('/nb/tjeneste/vo-linjen', '', 'ar')).toBe('/ar/tjeneste/vo-linjen');
    expect(switchLanguage('/nb/sok', '?q=hjelp&apen=1', 'se')).toBe('/se/sok?q=hjelp&apen=1');
    expect(switchLanguage('/en/tiltak', '?dep=JD', 'nb')).toBe('/nb/tiltak?dep=JD');
    expect(switchLanguage('/en/', '', 'uk')).toBe('/uk/');
  });

  test('not-found and garbage paths go to the new language\'s home', () => {
    expect(switchLanguage('/', '', 'en')).toBe('/en/');
    expect(switchLanguage('/xx/finnes', '', 'fa')).toBe('/fa/');
    expect(switchLanguage('/%E0%A4%A', '?q=%', 'ur')).toBe('/ur/');
  });
});
