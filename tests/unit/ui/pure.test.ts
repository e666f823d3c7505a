import { describe, expect, test } from 'vitest';
import { localText, measureStatusText, measureText, scheduleNotes, serviceText, translatedName } from '../../../src/catalog/text.ts';
import { interceptTarget } from '../../../src/shell/intercept.ts';
import { buildMeasureQuery, groupMeasures, measureMatches, ministriesOf, ministryCodes, parseMeasureFilters } from '../../../src/ui/measure-filters.ts';
import { buildQuery, cleanQuery, filterCount, MAX_QUERY, parseFilters } from '../../../src/ui/search-params.ts';
import { nameHasNumber } from '../../../src/ui/CallLink.tsx';
import { safeHref, shortUrl } from '../../../src/ui/ContactList.tsx';
import { formatDate } from '../../../src/ui/format.ts';
import { pageTitle } from '../../../src/ui/use-title.ts';
import { CATALOG, KRISESENTER, TEXT_EN, VO, service } from './fixture.ts';

describe('catalogue text in the reader\'s language', () => {
  test('translated text says it is translated; missing text falls back to nb and says so', () => {
    expect(serviceText(VO, 'summary', 'en', TEXT_EN)).toEqual({ text: 'A helpline for everyone exposed to violence or abuse.', lang: 'en' });
    expect(serviceText(VO, 'description', 'en', TEXT_EN)).toEqual({ text: VO.description, lang: 'nb' });
    expect(serviceText(VO, 'summary', 'nb', TEXT_EN)).toEqual({ text: VO.summary, lang: 'nb' });
    // Texts of another language are never used for this one.
    expect(serviceText(VO, 'summary', 'se', TEXT_EN)).toEqual({ text: VO.summary, lang: 'nb' });
  });

  test('blank translations count as missing', () => {
    const text = { lang: 'en' as const, services: { 'vo-linjen': { summary: '   ' } } };
    expect(serviceText(VO, 'summary', 'en', text).lang).toBe('nb');
  });

  test('translated name: from texts, then names, never the official name again, none for nb', () => {
    expect(translatedName(VO, 'en', null)).toEqual({ text: 'Violence and Abuse Helpline 116 006', lang: 'en' });
    expect(translatedName(VO, 'en', { lang: 'en', services: { 'vo-linjen': { name: 'VO line' } } })?.text).toBe('VO line');
    expect(translatedName(VO, 'nb', null)).toBeNull();
    expect(translatedName(VO, 'ar', null)).toBeNull();
    expect(translatedName(service('x', { name: 'Same', names: { en: 'Same' } }), 'en', null)).toBeNull();
  });

  test('labels, schedule notes and measures', () => {
    expect(localText({ nb: 'Ja', en: 'Yes' }, 'en')).toEqual({ text: 'Yes', lang: 'en' });
    expect(localText({ nb: 'Ja' }, 'ar')).toEqual({ text: 'Ja', lang: 'nb' });
    expect(scheduleNotes(VO, 'en', null)).toBeNull();
    expect(scheduleNotes(service('y', { schedule: { type: 'unknown', notes: { nb: 'Ring først' } } }), 'en', null)).toEqual({ text: 'Ring først', lang: 'nb' });
    const [plan64, , nsk6] = CATALOG.measures;
    expect(measureText(plan64!, 'en', TEXT_EN)).toEqual({ text: 'Strengthen the helplines.', lang: 'en' });
    expect(measureText(nsk6!, 'en', TEXT_EN)).toEqual({ text: 'Videreføre VO-linjen', lang: 'nb' });
    expect(measureStatusText(nsk6!, 'en', TEXT_EN)).toEqual({ text: 'Arbeidet pågår.', lang: 'nb' });
    expect(measureStatusText(plan64!, 'en', TEXT_EN)).toBeNull();
  });
});

describe('search parameters', () => {
  test('valid filters are read, invalid ones dropped', () => {
    const q = new URLSearchParams('kategori=krisesenter&for=barn&fylke=Troms&apen=1&gratis=1&anonym=1');
    expect(parseFilters(q)).toEqual({ category: 'krisesenter', audience: 'barn', county: 'Troms', openNow: true, free: true, anonymous: true });
    const bad = new URLSearchParams('kategori=<script>&for=alle&fylke=troms&apen=true&gratis=0&anonym=');
    expect(parseFilters(bad)).toEqual({});
    expect(filterCount(parseFilters(q))).toBe(6);
  });

  test('buildQuery writes only what is set, in a stable order', () => {
    expect(buildQuery('', {}).toString()).toBe('');
    expect(buildQuery('vold', { openNow: true, category: 'barnehus' }).toString()).toBe('q=vold&kategori=barnehus&apen=1');
    expect(parseFilters(buildQuery('x', { county: 'Møre og Romsdal' }))).toEqual({ county: 'Møre og Romsdal' });
  });

  test('cleanQuery removes control characters and caps the length', () => {
    expect(cleanQuery('  a\u0000b\u0007\u001bc  \n d ')).toBe('a b c d');
    expect(cleanQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY);
    expect(cleanQuery('🆘 <script>')).toBe('🆘 <script>');
  });
});

describe('measure filters', () => {
  test('parse: only known ministries, statuses and sources', () => {
    expect(parseMeasureFilters(new URLSearchParams('dep=JD&status=ongoing&kilde=nsk'), CATALOG)).toEqual({ ministry: 'JD', status: 'ongoing', source: 'nsk' });
    expect(parseMeasureFilters(new URLSearchParams('dep=XX&status=done&kilde=all'), CATALOG)).toEqual({});
    expect(buildMeasureQuery({ ministry: 'KD', source: 'plan' }).toString()).toBe('dep=KD&kilde=plan');
  });

  test('matching and grouping', () => {
    const ids = (f: Parameters<typeof measureMatches>[1]) => CATALOG.measures.filter((m) => measureMatches(m, f)).map((m) => m.id);
    expect(ids({ ministry: 'JD' })).toEqual(['plan-64', 'nsk-6']);
    expect(ids({ status: 'completed' })).toEqual(['nsk-7']); // plan measures have no status
    expect(ids({ source: 'plan' })).toEqual(['plan-64', 'plan-1']);
    const groups = groupMeasures(CATALOG.measures.filter((m) => m.source === 'plan'));
    expect(groups.map((g) => [g.number, g.items.map((m) => m.id)])).toEqual([[1, ['plan-1']], [5, ['plan-64']]]);
    expect(ministryCodes(CATALOG)).toEqual(['JD', 'BFD', 'KD']);
    expect(ministriesOf({ ...CATALOG.measures[2]!, ministry: 'JD, BFD' } as never)).toEqual(['JD', 'BFD']);
  });
});

describe('link interception', () => {
  const here = { origin: 'https://finnhjelp.no', pathname: '/nb/', search: '' };
  const click = { defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  const a = (href: string, extra: Partial<{ target: string; hasDownload: boolean }> = {}) => ({ href, target: '', hasDownload: false, ...extra });

  test('same-origin pages are handled by the app', () => {
    expect(interceptTarget(click, a('https://finnhjelp.no/nb/tjeneste/x'), here)?.pathname).toBe('/nb/tjeneste/x');
    expect(interceptTarget(click, a('/en/sok?q=a#top'), here)?.search).toBe('?q=a');
  });

  test('everything else is left to the browser', () => {
    expect(interceptTarget(click, a('tel:112'), here)).toBeNull();
    expect(interceptTarget(click, a('sms:116111'), here)).toBeNull();
    expect(interceptTarget(click, a('mailto:a@b.no'), here)).toBeNull();
    expect(interceptTarget(click, a('https://dinutvei.no/'), here)).toBeNull();
    expect(interceptTarget(click, a('/sitemap.xml'), here)).toBeNull();
    expect(interceptTarget(click, a('/nb/#main'), here)).toBeNull(); // same-page jump
    expect(interceptTarget(click, a('/nb/om', { target: '_blank' }), here)).toBeNull();
    expect(interceptTarget(click, a('/nb/om', { hasDownload: true }), here)).toBeNull();
    expect(interceptTarget({ ...click, ctrlKey: true }, a('/nb/om'), here)).toBeNull();
    expect(interceptTarget({ ...click, button: 1 }, a('/nb/om'), here)).toBeNull();
    expect(interceptTarget({ ...click, defaultPrevented: true }, a('/nb/om'), here)).toBeNull();
  });
});

describe('small formatters', () => {
  test('names that already carry their number', () => {
    expect(nameHasNumber('Alarmtelefonen for barn og unge 116 111', '116 111')).toBe(true);
    expect(nameHasNumber(KRISESENTER.name, '22 22 22 22')).toBe(false);
  });

  test('links: only https and mailto, shown without scheme', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('http://example.no')).toBeNull();
    expect(safeHref('https://example.no/a')).toBe('https://example.no/a');
    expect(shortUrl('https://www.vo-linjen.no/')).toBe('www.vo-linjen.no');
    expect(shortUrl('mailto:post@example.no')).toBe('post@example.no');
  });

  test('dates and titles', () => {
    expect(formatDate('2026-11-21')).toBe('21.11.2026');
    expect(formatDate('2023')).toBe('2023');
    expect(pageTitle('Om', 'Finn hjelp')).toBe('Om – Finn hjelp');
    expect(pageTitle('', 'Finn hjelp')).toBe('Finn hjelp');
  });
});
