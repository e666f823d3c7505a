// @vitest-environment happy-dom
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { initI18n, i18next } from '../../../src/i18n/i18n.ts';
import { DraftNotice } from '../../../src/ui/lang/DraftNotice.tsx';
import { Fallback, FallbackNote, InLang, InLangMarked, T } from '../../../src/ui/lang/Fallback.tsx';
import { LanguageSwitch } from '../../../src/ui/lang/LanguageSwitch.tsx';
import { TranslationStatus } from '../../../src/ui/lang/TranslationStatus.tsx';
import { hasOwnText, isFallback, tl } from '../../../src/i18n/fallback.ts';
import { withoutKeys } from './without-keys.ts';

beforeAll(async () => {
  for (const lang of ['nb', 'se', 'smj', 'ar', 'en'] as const) await initI18n(lang);
});

describe('DraftNotice', () => {
  test('a draft language shows the notice in the language and a Norwegian link, both to the same page in nb', () => {
    const { container } = render(<DraftNotice lang="se" path="/se/tjeneste/vo-linjen-116006" />);
    const paragraphs = container.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.getAttribute('lang')).toBe('se');
    expect(paragraphs[0]!.textContent).toContain(i18next.t('i18n:draft.notice', { lng: 'se' }));
    expect(paragraphs[1]!.getAttribute('lang')).toBe('nb');
    expect(paragraphs[1]!.textContent).toBe(i18next.t('i18n:draft.link', { lng: 'nb' }));
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/nb/tjeneste/vo-linjen-116006', '/nb/tjeneste/vo-linjen-116006']);
  });
  test('keeps the search query, and RTL languages get dir="rtl" on their own paragraph', () => {
    const { container } = render(<DraftNotice lang="ar" path="/ar/sok" search="?q=krisesenter&fylke=Troms" />);
    expect(container.querySelector('a')!.getAttribute('href')).toBe('/nb/sok?q=krisesenter&fylke=Troms');
    expect(container.querySelector('p')!.getAttribute('dir')).toBe('rtl');
  });
  test('a language without its own notice shows the Norwegian one only once', () => {
    const { container } = withoutKeys('smj', 'i18n', ['draft.notice', 'draft.link'], () => render(<DraftNotice lang="smj" path="/smj/" />));
    expect(container.querySelectorAll('p')).toHaveLength(1);
    expect(container.querySelector('p')!.getAttribute('lang')).toBe('nb');
  });
  test('nothing for a reviewed language', () => {
    const { container } = render(<DraftNotice lang="nb" path="/nb/" />);
    expect(container.innerHTML).toBe('');
  });
  test('client-side navigation when a handler is given', () => {
    const go = vi.fn();
    const { container } = render(<DraftNotice lang="se" path="/se/om" onNavigate={go} />);
    fireEvent.click(container.querySelector('a')!);
    expect(go).toHaveBeenCalledWith('/nb/om');
  });
});

describe('Fallback and InLang', () => {
  test('Fallback marks Norwegian text', () => {
    const { container } = render(<Fallback>Åpent nå</Fallback>);
    const span = container.querySelector('span')!;
    expect(span.getAttribute('lang')).toBe('nb');
    expect(span.getAttribute('dir')).toBe('ltr');
  });
  test('InLang wraps only text that is not in the page language', () => {
    const same = render(<InLang value={{ text: 'Giella', lang: 'se' }} pageLang="se" />);
    expect(same.container.querySelector('span')).toBeNull();
    expect(same.container.textContent).toBe('Giella');
    const other = render(<InLang value={{ text: 'Stenger kl. 15.00', lang: 'nb' }} pageLang="ar" />);
    expect(other.container.querySelector('span')!.getAttribute('lang')).toBe('nb');
    expect(other.container.querySelector('span')!.getAttribute('dir')).toBe('ltr');
  });
  test('T marks a key the language lacks, and not one it has', () => {
    const missing = withoutKeys('smj', 'i18n', ['hours.closesAt'], () => render(<T i18nKey="i18n:hours.closesAt" lang="smj" options={{ time: '15.00' }} />));
    expect(missing.container.querySelector('span[lang="nb"]')!.textContent).toBe('Stenger kl. 15.00');
    const present = render(<T i18nKey="i18n:switch.label" lang="se" />);
    expect(present.container.querySelector('span')).toBeNull();
    expect(present.container.textContent).toBe('Giella');
  });
});

describe('fallback detection', () => {
  test('plural keys count as present when any form is', () => {
    i18next.addResourceBundle('se', 'test', { n_one: '{{count}} a', n_two: '{{count}} b', n_other: '{{count}} c' });
    i18next.addResourceBundle('nb', 'test', { n_one: '{{count}} x', n_other: '{{count}} y' });
    expect(hasOwnText('se', 'test:n')).toBe(true);
    expect(hasOwnText('smj', 'test:n')).toBe(false);
    expect(isFallback('smj', 'test:n')).toBe(true);
    expect(tl('se', 'test:n', { count: 2 })).toEqual({ text: '2 b', lang: 'se' });
    expect(isFallback('nb', 'i18n:does.not.exist')).toBe(false);
  });
  test('tl says which language the text is in', () => {
    expect(withoutKeys('smj', 'i18n', ['draft.notice'], () => tl('smj', 'i18n:draft.notice'))).toEqual({ text: i18next.t('i18n:draft.notice', { lng: 'nb' }), lang: 'nb' });
    expect(tl('smj', 'i18n:draft.notice')).toEqual({ text: i18next.t('i18n:draft.notice', { lng: 'smj' }), lang: 'smj' });
    expect(tl('en', 'i18n:hours.openNow')).toEqual({ text: 'Open now', lang: 'en' });
  });
});

describe('LanguageSwitch', () => {
  test('links every language to the same page, named by its speakers, draft ones tagged', () => {
    const { container } = render(<LanguageSwitch lang="nb" path="/nb/tjeneste/kirkens-sos" />);
    const links = [...container.querySelectorAll('a')];
    expect(links).toHaveLength(15);
    const se = links.find((a) => a.getAttribute('lang') === 'se')!;
    expect(se.textContent).toBe('Davvisámegiella');
    expect(se.getAttribute('href')).toBe('/se/tjeneste/kirkens-sos');
    expect(links.find((a) => a.getAttribute('lang') === 'nb')!.getAttribute('aria-current')).toBe('true');
    expect(links.find((a) => a.getAttribute('lang') === 'fa')!.getAttribute('dir')).toBe('rtl');
    expect(container.querySelectorAll('.draft-tag').length).toBeGreaterThan(0);
  });
  test('keeps the search query', () => {
    const { container } = render(<LanguageSwitch lang="en" path="/en/sok" search="?q=vold" />);
    expect(container.querySelector('a[lang="uk"]')!.getAttribute('href')).toBe('/uk/sok?q=vold');
  });
});

describe('notes and markers', () => {
  test('FallbackNote speaks the page language, and is absent in Norwegian', () => {
    const en = render(<FallbackNote lang="en" />);
    expect(en.container.textContent).toBe('Some text is only in Norwegian so far.');
    expect(render(<FallbackNote lang="nb" />).container.innerHTML).toBe('');
  });
  test('InLangMarked adds "(in Norwegian)" after a fallback only', () => {
    const marked = render(<InLangMarked value={{ text: 'Krisesenter', lang: 'nb' }} pageLang="en" />);
    expect(marked.container.textContent).toBe('Krisesenter (in Norwegian)');
    const plain = render(<InLangMarked value={{ text: 'Crisis centre', lang: 'en' }} pageLang="en" />);
    expect(plain.container.textContent).toBe('Crisis centre');
  });
  test('TranslationStatus lists every language with its status in the page language', () => {
    const { container } = render(<TranslationStatus lang="en" />);
    expect(container.querySelectorAll('dt')).toHaveLength(15);
    const dds = [...container.querySelectorAll('dd')].map((d) => d.textContent);
    expect(dds[0]).toBe('Checked');
    expect(dds.filter((d) => d === 'Draft, not checked').length).toBeGreaterThan(0);
  });
});
