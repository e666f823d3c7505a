// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import type { TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { DEFAULT_REPORT_EMAIL, reportHref } from '../../../src/catalog/report.ts';
import type { Catalog, Lang, Service } from '../../../src/catalog/types.ts';
import { i18next, initI18n } from '../../../src/i18n/i18n.ts';
import ServicePage from '../../../src/routes/ServicePage.tsx';
import type { PageContext } from '../../../src/shell/page-context.ts';
import { CATALOG, service } from './fixture.ts';

let nb: TFunction;
let en: TFunction;
let ar: TFunction;
beforeAll(async () => {
  // Load all three, then use each language's own t, whatever language is current.
  await initI18n('en');
  await initI18n('ar');
  await initI18n('nb');
  nb = i18next.getFixedT('nb');
  en = i18next.getFixedT('en');
  ar = i18next.getFixedT('ar');
});
afterEach(() => cleanup());

const OLD: Service = service('gammel-linje', {
  name: 'Gammel linje',
  phones: [{ number: '22400040', display: '22 40 00 40', label: { nb: 'Døgnåpen' }, confidence: 'medium', sources: ['avis'] }],
  website: { url: 'https://example.no/', sources: ['egen'] },
  schedule: { type: 'always', sources: ['avis', 'egen'] },
  assuredDate: null,
  sources: {
    avis: { url: 'https://avis.example.no/sak', kind: 'media', published: '2021-11', retrieved: '2026-11-21', fact: 'Ring 22 40 00 40 hele døgnet' },
    egen: { url: 'https://example.no/om', kind: 'service', published: 'udatert', retrieved: '2026-11-21', confirmed: '2026-12-04', fact: 'Vårt nettsted' },
  },
});
const catalog: Catalog = { ...CATALOG, checked: '2026-12-04', version: 'abc123def456', services: [...CATALOG.services, OLD] };

function page(lang: Lang, t: TFunction, id = 'gammel-linje') {
  const ctx: PageContext = { lang, catalog, text: null, t, navigate: vi.fn() };
  return render(<ServicePage ctx={ctx} route={{ name: 'service', lang, id }} />);
}

describe('source notes on the service page', () => {
  test('each contact fact says the kind and date of its newest source, and when it is over two years old', () => {
    const { container } = page('nb', nb);
    const notes = [...container.querySelectorAll('.source-note')].map((n) => n.textContent);
    expect(notes[0]).toBe('Kilde: avis eller magasin, publisert 11.2021. Kilden er mer enn to år gammel.');
    expect(notes[1]).toBe('Kilde: tjenestens egen side, udatert.');
    // Hours rest on both: the dated newspaper is the newest dated source.
    expect(notes).toContain('Kilde: avis eller magasin, publisert 11.2021. Kilden er mer enn to år gammel.');
  });

  test('in another language the note is translated and the Norwegian quotation stays marked nb', () => {
    const { container } = page('en', en);
    expect(container.querySelector('.source-note')?.textContent).toBe('Source: a newspaper or magazine, published 11.2021. The source is more than two years old.');
    const quotes = [...container.querySelectorAll('.sources q')];
    expect(quotes.map((q) => q.getAttribute('lang'))).toEqual(['nb', 'nb']);
    expect(quotes[0]?.textContent).toBe('Ring 22 40 00 40 hele døgnet');
    expect(container.textContent).toContain('retrieved 21.11.2026');
    expect(container.textContent).toContain('checked against the page 04.12.2026');
    expect(container.textContent).toContain('has not been checked again since');
  });

  test('a right-to-left page keeps the Norwegian quotation left-to-right', () => {
    const { container } = page('ar', ar);
    const q = container.querySelector('.sources q');
    expect(q?.getAttribute('lang')).toBe('nb');
    expect(q?.getAttribute('dir')).toBe('ltr');
    expect(container.querySelector('.source-note')?.textContent).toContain('صحيفة أو مجلة');
  });

  test('a fact from a recent source is not called old', () => {
    const { container } = page('nb', nb, 'vo-linjen');
    expect(container.querySelector('.source-note')?.textContent).toBe('Kilde: tjenestens egen side, publisert 2025.');
  });
});

describe('report an error', () => {
  const params = (href: string) => {
    expect(href.startsWith(`mailto:${DEFAULT_REPORT_EMAIL}?`)).toBe(true);
    return new URLSearchParams(href.slice(href.indexOf('?') + 1));
  };

  test('every service page links to a mail with the service id, page language and catalogue version only', () => {
    for (const [lang, t] of [['nb', nb], ['en', en], ['ar', ar]] as const) {
      const { container } = page(lang, t);
      const links = [...container.querySelectorAll('a[href^="mailto:"]')].filter((a) => a.getAttribute('href')!.includes('subject='));
      expect(links).toHaveLength(1);
      const p = params(links[0]!.getAttribute('href')!);
      expect([...p.keys()]).toEqual(['subject', 'body']);
      expect(p.get('subject')).toBe('Finn hjelp: feil i gammel-linje');
      expect(p.get('body')).toBe(`tjeneste: gammel-linje\nspråk: ${lang}\nkatalog: abc123def456\n\n`);
      cleanup();
    }
  });

  test('the link text is plain and in the reader’s language', () => {
    expect(page('nb', nb).getByText('Meld fra om feil i denne informasjonen').getAttribute('href')).toMatch(/^mailto:/);
    cleanup();
    expect(page('en', en).getByText('Report an error in this information').getAttribute('href')).toMatch(/^mailto:/);
  });

  test('odd ids and versions are encoded, never break out of the parameters', () => {
    const href = reportHref('a&b=c?d#e', 'nb', 'v 1&x', 'to@example.no');
    const p = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect([...p.keys()]).toEqual(['subject', 'body']);
    expect(p.get('body')).toBe('tjeneste: a&b=c?d#e\nspråk: nb\nkatalog: v 1&x\n\n');
    expect(href.startsWith('mailto:to@example.no?')).toBe(true);
  });
});
