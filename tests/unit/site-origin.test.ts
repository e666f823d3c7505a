/** scripts/site-origin.ts: the origin hreflang, sitemap and robots.txt name. */
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN, siteOrigin } from '../../scripts/site-origin.ts';

describe('siteOrigin', () => {
  test('unset: localhost, with a warning; a release build refuses', () => {
    expect(siteOrigin({})).toEqual({ origin: LOCAL_ORIGIN, warning: expect.stringContaining('never deploy') });
    expect(siteOrigin({ SITE_ORIGIN: '  ' }).origin).toBe(LOCAL_ORIGIN);
    expect(() => siteOrigin({ RELEASE: '1' })).toThrow(/SITE_ORIGIN is not set/);
    expect(() => siteOrigin({ RELEASE: 'true', SITE_ORIGIN: '' })).toThrow(/SITE_ORIGIN is not set/);
  });

  test('set: the bare origin, trailing slash and case normalised, no warning', () => {
    expect(siteOrigin({ SITE_ORIGIN: 'https://FinnHjelp.no/' })).toEqual({ origin: 'https://finnhjelp.no', warning: null });
    expect(siteOrigin({ SITE_ORIGIN: 'https://finnhjelp.no:8443', RELEASE: '1' }).origin).toBe('https://finnhjelp.no:8443');
    expect(siteOrigin({ SITE_ORIGIN: 'http://localhost:5000' }).origin).toBe('http://localhost:5000');
  });

  test('anything but a bare http(s) origin is refused; a release needs https', () => {
    for (const bad of ['finnhjelp.no', 'ftp://finnhjelp.no', 'https://finnhjelp.no/nb/', 'https://finnhjelp.no/?x=1', 'https://u:p@finnhjelp.no', 'javascript:alert(1)', 'https://fin"nhjelp.no', 'x'.repeat(10_000)]) {
      expect(() => siteOrigin({ SITE_ORIGIN: bad }), bad.slice(0, 40)).toThrow(/SITE_ORIGIN/);
    }
    expect(() => siteOrigin({ SITE_ORIGIN: 'http://finnhjelp.no', RELEASE: '1' })).toThrow(/https/);
  });
});
