// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Catalog, CatalogText, Lang } from '../../../src/catalog/types.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';
import AboutPage from '../../../src/routes/AboutPage.tsx';
import MeasuresPage from '../../../src/routes/MeasuresPage.tsx';
import NotFoundPage from '../../../src/routes/NotFoundPage.tsx';
import SearchPage from '../../../src/routes/SearchPage.tsx';
import ServicePage from '../../../src/routes/ServicePage.tsx';
import { Frame } from '../../../src/shell/Frame.tsx';
import { LoadError } from '../../../src/shell/LoadError.tsx';
import type { PageContext } from '../../../src/shell/page-context.ts';
import { renderHide, renderHome } from '../../../src/shell/prerender-entry.tsx';
import { FIRST_RESULTS, ResultList } from '../../../src/ui/ResultList.tsx';
import { CATALOG, TEXT_EN } from './fixture.ts';

let t: TFunction;
beforeAll(async () => {
  await initI18n('en');
  t = await initI18n('nb');
});
afterEach(() => cleanup());

function context(lang: Lang = 'nb', extra: Partial<PageContext> = {}, catalog: Catalog = CATALOG, text: CatalogText | null = null): PageContext {
  return { lang, catalog, text, t, navigate: vi.fn(), ...extra };
}

/** No inline styles anywhere (strict CSP) and no script elements from data. */
function assertSafeMarkup(container: Element) {
  expect(container.querySelector('[style]')).toBeNull();
  expect(container.querySelector('script')).toBeNull();
}

describe('home and search', () => {
  test('home: labelled search landmark, category tiles, an empty live region', () => {
    const { container } = render(<SearchPage ctx={context()} route={{ name: 'home', lang: 'nb' }} />);
    const form = screen.getByRole('search');
    const input = screen.getByLabelText('Søk etter hjelp') as HTMLInputElement;
    expect(form.contains(input)).toBe(true);
    expect(input.type).toBe('search');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hjelp mot vold og overgrep');
    const tile = screen.getByRole('link', { name: /Krisesentre/ });
    expect(tile.getAttribute('href')).toBe('/nb/sok?kategori=krisesenter');
    expect(container.querySelector('[role="status"][aria-live="polite"]')?.textContent).toBe('');
    assertSafeMarkup(container);
  });

  test('typing on home leaves it for the search page without moving focus; refining replaces', async () => {
    const navigate = vi.fn();
    const { rerender } = render(<SearchPage ctx={context('nb', { navigate })} route={{ name: 'home', lang: 'nb' }} />);
    const input = screen.getByLabelText('Søk etter hjelp') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'vold & co' } });
    expect(navigate).toHaveBeenLastCalledWith('/nb/sok?q=vold+%26+co', { focus: false });
    rerender(<SearchPage ctx={context('nb', { navigate })} route={{ name: 'search', lang: 'nb', query: new URLSearchParams('q=vold+%26+co') }} />);
    fireEvent.input(input, { target: { value: 'vold & cop' } });
    // Refining only rewrites the address of the page already on screen.
    expect(navigate).toHaveBeenLastCalledWith('/nb/sok?q=vold+%26+cop', { replace: true, quiet: true });
    expect(input.value).toBe('vold & cop');
  });

  test('results: each link starts with the name, the count is announced with the right plural', async () => {
    const { container } = render(
      <SearchPage ctx={context()} route={{ name: 'search', lang: 'nb', query: new URLSearchParams('q=alarmtelefonen') }} />,
    );
    await waitFor(() => expect(container.querySelector('.result-link')).not.toBeNull());
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.result-link')];
    expect(links[0]!.getAttribute('href')).toBe('/nb/tjeneste/alarmtelefonen');
    expect(links[0]!.textContent!.startsWith('Alarmtelefonen for barn og unge 116 111')).toBe(true);
    expect(container.querySelector('[role="status"]')!.textContent).toMatch(new RegExp(`^${links.length} tjenester? funnet$`));
    // A one-tap call beside the result; its name starts with what it shows (WCAG 2.5.3), then who it reaches.
    expect(container.querySelector('.result a[href="tel:116111"]')?.getAttribute('aria-label')).toBe('Ring 116 111, Alarmtelefonen for barn og unge');
    // Each result can go on a list to share.
    expect(container.querySelector('.result [data-share-action="add-to-list"]')?.textContent).toMatch(/Alarmtelefonen/);
    assertSafeMarkup(container);
  });

  test('no match: emergency numbers, helplines and the directory', async () => {
    const { container } = render(
      <SearchPage ctx={context()} route={{ name: 'search', lang: 'nb', query: new URLSearchParams('q=zzqqxx') }} />,
    );
    await waitFor(() => expect(container.querySelector('.no-match')).not.toBeNull());
    expect(container.querySelector('[role="status"]')!.textContent).toBe('0 tjenester funnet');
    expect(container.querySelector('.no-match a[href="tel:112"]')).not.toBeNull();
    expect(container.querySelector('.no-match .helplines a[href="tel:116006"]')).not.toBeNull();
    expect(container.querySelector('.no-match a[href="https://dinutvei.no/"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('.no-match .query')?.textContent).toBe('zzqqxx');
  });

  test('hostile queries render as text', async () => {
    const q = '<img src=x onerror=alert(1)>'.repeat(400);
    const { container } = render(<SearchPage ctx={context()} route={{ name: 'search', lang: 'nb', query: new URLSearchParams({ q }) }} />);
    await waitFor(() => expect(container.querySelector('[role="status"]')!.textContent).toMatch(/funnet/));
    expect(container.querySelector('img')).toBeNull();
    expect((screen.getByLabelText('Søk etter hjelp') as HTMLInputElement).value).toBe(q);
  });

  test('filters write the URL; a filtered empty query browses a category', async () => {
    const navigate = vi.fn();
    const { container } = render(
      <SearchPage ctx={context('nb', { navigate })} route={{ name: 'search', lang: 'nb', query: new URLSearchParams('kategori=krisesenter') }} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Krisesentre');
    await waitFor(() => expect(container.querySelector('.filters')).not.toBeNull());
    // No words, only the category (the home page's tiles link here): the category's services are listed.
    await waitFor(() => expect(container.querySelector('.result-link[href="/nb/tjeneste/krisesenter-alta"]')).not.toBeNull());
    // And the search, filters included, can be shared.
    expect(container.querySelector('.fh-share-bar')).not.toBeNull();
    fireEvent.click(screen.getByLabelText('er åpne nå'));
    expect(navigate).toHaveBeenLastCalledWith('/nb/sok?kategori=krisesenter&apen=1', { replace: true });
  });
});

describe('long result lists', () => {
  test('the first results are drawn at once, the rest as soon as typing pauses', async () => {
    const base = CATALOG.services[0]!;
    const results = Array.from({ length: FIRST_RESULTS + 7 }, (_, i) => ({ service: { ...base, id: `${base.id}-${i}` }, score: 1 }));
    const { container } = render(<ResultList ctx={context()} results={results} />);
    expect(container.querySelectorAll('.result')).toHaveLength(FIRST_RESULTS);
    await waitFor(() => expect(container.querySelectorAll('.result')).toHaveLength(FIRST_RESULTS + 7));
  });
});

describe('service page', () => {
  test('name, one-tap call, every channel as a real link, sources', () => {
    const { container } = render(<ServicePage ctx={context()} route={{ name: 'service', lang: 'nb', id: 'vo-linjen' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Vold- og overgrepslinjen');
    const big = container.querySelector('a.call-big')!;
    expect(big.getAttribute('href')).toBe('tel:116006');
    // The visible "Ring 116 006" starts the accessible name (WCAG 2.5.3 Label in Name); who it reaches follows.
    expect(big.getAttribute('aria-label')).toBe('Ring 116 006, Vold- og overgrepslinjen (VO-linjen)');
    expect(container.querySelector('a[href="sms:41716006"]')?.getAttribute('aria-label')).toBe(
      'Send SMS 417 16 006, Vold- og overgrepslinjen (VO-linjen) 116 006',
    );
    for (const href of ['https://www.vo-linjen.no/chat', 'https://www.vo-linjen.no/', 'https://example.no/kilde']) {
      expect(container.querySelector(`a[href="${href}"]`)?.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(container.querySelector('a[href="mailto:post@example.no"]')).not.toBeNull();
    expect(container.textContent).toContain('Sjekket 01.11.2026');
    expect(container.textContent).toContain('Døgnåpent');
    // Plan measures with status and a link to their anchor; unknown measure ids are skipped.
    expect(container.querySelector('a[href="/nb/tiltak#plan-64"]')?.textContent).toBe('Tiltak 64');
    expect(container.querySelector('a[href="/nb/tiltak#nsk-6"]')).not.toBeNull();
    expect(container.querySelector('a[href="/nb/tiltak#plan-999"]')).toBeNull();
    expect(container.textContent).toContain('Pågår');
    assertSafeMarkup(container);
  });

  test('in English: translated name beside the official one, nb fallback marked lang="nb"', () => {
    const { container } = render(<ServicePage ctx={context('en', {}, CATALOG, TEXT_EN)} route={{ name: 'service', lang: 'en', id: 'vo-linjen' }} />);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.querySelector('[lang="nb"]')?.textContent).toBe('Vold- og overgrepslinjen (VO-linjen) 116 006');
    expect(h1.textContent).toContain('Violence and Abuse Helpline 116 006');
    expect(container.querySelector('p.lead')?.getAttribute('lang')).toBeNull(); // translated summary
    expect(container.querySelector('#s-what + p')?.getAttribute('lang')).toBe('nb'); // description falls back
  });

  test('labels and notes from the language\'s texts; what is missing falls back marked lang="nb"', () => {
    const catalog: Catalog = {
      ...CATALOG,
      services: CATALOG.services.map((s) =>
        s.id === 'vo-linjen'
          ? { ...s, notes: 'Usikker chat i helgene.', chat: [{ url: 'https://www.vo-linjen.no/chat', label: { nb: 'Chat på kvelden' }, sources: ['s1'] }] }
          : s,
      ),
    };
    const text: CatalogText = { lang: 'ar', services: { 'vo-linjen': { labels: { 'phone:116006': 'خط المساعدة', 'chat:0': 'دردشة مساءً' }, notes: 'الدردشة غير مؤكدة.' } } };
    const { container } = render(<ServicePage ctx={context('ar', {}, catalog, text)} route={{ name: 'service', lang: 'ar', id: 'vo-linjen' }} />);
    const labels = [...container.querySelectorAll('.contact-label')].map((e) => [e.textContent, e.getAttribute('lang')]);
    // The phone's seed label has no Arabic: the texts file wins; the SMS label was not translated and stays Norwegian, marked.
    expect(labels).toEqual([
      ['خط المساعدة', null],
      ['Hjelpelinje, døgnåpen', 'nb'],
      ['دردشة مساءً', null],
    ]);
    const hint = container.querySelector('p.service-notes')!;
    expect([hint.textContent, hint.getAttribute('lang')]).toEqual(['الدردشة غير مؤكدة.', null]);
    // The same page in Urdu has no texts: notes fall back, marked Norwegian and left-to-right inside RTL.
    cleanup();
    const ur = render(<ServicePage ctx={context('ur', {}, catalog, null)} route={{ name: 'service', lang: 'ur', id: 'vo-linjen' }} />);
    const nbHint = ur.container.querySelector('p.service-notes')!;
    expect([nbHint.textContent, nbHint.getAttribute('lang'), nbHint.getAttribute('dir')]).toEqual(['Usikker chat i helgene.', 'nb', 'ltr']);
  });

  test('plan measures in English: plan, topic and ministries in English; untranslated wording one tap away, marked nb', () => {
    const { container } = render(<ServicePage ctx={context('en', {}, CATALOG, TEXT_EN)} route={{ name: 'service', lang: 'en', id: 'vo-linjen' }} />);
    const items = [...container.querySelectorAll('.measure-refs > li')];
    expect(items).toHaveLength(2);
    // plan-64 is translated: its wording is on screen, nothing folded.
    expect(items[0]!.querySelector('p:not(.hint)')?.textContent).toBe('Strengthen the helplines.');
    expect(items[0]!.querySelector('details')).toBeNull();
    // The topic is the chapter (5 in the fixture), in English.
    expect(items[0]!.querySelector('.hint')?.textContent).toContain('Prosecution');
    // nsk-6 is not translated: its wording sits in a closed <details>, marked Norwegian.
    const details = items[1]!.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('The measure as worded in the plan (in Norwegian)');
    expect(details.querySelector('summary [lang]')).toBeNull();
    const wording = details.querySelector('p')!;
    expect([wording.textContent, wording.getAttribute('lang')]).toEqual(['Videreføre VO-linjen', 'nb']);
    expect(items[1]!.querySelector('.hint')?.textContent).toContain('Knowledge and skills for comprehensive help');
  });

  test('weekly hours with weekday names from the locale files', () => {
    const { container } = render(<ServicePage ctx={context()} route={{ name: 'service', lang: 'nb', id: 'krisesenter-alta' }} />);
    expect(container.querySelector('.hours')?.textContent).toMatch(/mandag–fredag 09.00–15.00/);
  });

  test('no certain number: fallback lines (existing ones only) and dinutvei.no', () => {
    const { container } = render(<ServicePage ctx={context()} route={{ name: 'service', lang: 'nb', id: 'krisesenter-alta' }} />);
    expect(container.querySelector('a.call-big')).toBeNull();
    const fallback = container.querySelector('.fallback')!;
    expect(fallback.querySelectorAll('a[href^="tel:"]')).toHaveLength(1);
    expect(fallback.querySelector('a[href="tel:116006"]')).not.toBeNull();
    // No blanket "day and night": some fallback lines answer on weekdays only; each line says its own state.
    expect(fallback.textContent).not.toMatch(/hele døgnet/);
    expect(fallback.querySelector('li .badge')).not.toBeNull();
    expect(fallback.querySelector('a[href="https://dinutvei.no/"]')).not.toBeNull();
    expect(container.textContent).toContain('Alta');
  });

  test('unknown id: not found with search and emergency numbers', () => {
    const { container } = render(<ServicePage ctx={context()} route={{ name: 'service', lang: 'nb', id: '<script>' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vi fant ikke denne tjenesten');
    expect(screen.getByRole('search')).toBeTruthy();
    expect(container.querySelector('a[href="tel:112"]')).not.toBeNull();
    assertSafeMarkup(container);
  });
});

describe('measures page', () => {
  test('grouped, anchored, linked to services, filterable', () => {
    const navigate = vi.fn();
    const { container } = render(<MeasuresPage ctx={context('nb', { navigate })} route={{ name: 'measures', lang: 'nb', query: new URLSearchParams() }} />);
    expect(container.querySelector('#plan-64 a[href="/nb/tjeneste/vo-linjen"]')).not.toBeNull();
    expect(container.querySelector('#nsk-7')?.textContent).toContain('Ferdig');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('4 tiltak');
    const chapters = [...container.querySelectorAll('section[aria-labelledby="plan-h"] h3')].map((h) => h.textContent);
    expect(chapters).toEqual(['1. Forebygging', '5. Hjelp til utsatte']);
    fireEvent.change(screen.getByLabelText('Ansvarlig departement'), { target: { value: 'JD' } });
    expect(navigate).toHaveBeenLastCalledWith('/nb/tiltak?dep=JD', { replace: true });
  });

  test('filters from the URL', () => {
    const { container } = render(
      <MeasuresPage ctx={context()} route={{ name: 'measures', lang: 'nb', query: new URLSearchParams('status=ongoing&dep=JD') }} />,
    );
    expect([...container.querySelectorAll('li.measure')].map((li) => li.id)).toEqual(['nsk-6']);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('1 tiltak');
  });
});

describe('about, not found, frame, load error', () => {
  test('about: facts, privacy, licence credit', () => {
    const { container } = render(<AboutPage ctx={context()} route={{ name: 'about', lang: 'nb' }} />);
    expect(container.textContent).toContain('Appen har 3 tjenester');
    expect(container.textContent).toContain('01.11.2026');
    expect(container.textContent).toContain('Giellatekno');
    expect(container.querySelector('a[href="https://creativecommons.org/licenses/by/4.0/"]')).not.toBeNull();
  });

  test('unknown language lists every language by endonym', () => {
    const { container } = render(<NotFoundPage ctx={context()} route={{ name: 'notfound', lang: 'nb', reason: 'lang' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vi har ikke dette språket');
    expect(container.querySelector('.lang-choices a[hreflang="se"]')?.textContent).toBe('Davvisámegiella');
    expect(container.querySelectorAll('.lang-choices a')).toHaveLength(15);
  });

  test('frame: skip link, home link, language links keep the page, emergency strip, footer', () => {
    const { container } = render(
      <Frame t={t} lang="nb" pathname="/nb/tjeneste/vo-linjen" search="">
        <h1>X</h1>
      </Frame>,
    );
    expect(container.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    expect(container.querySelector('main#main')).not.toBeNull();
    expect(container.querySelector('a[hreflang="ar"]')?.getAttribute('href')).toBe('/ar/tjeneste/vo-linjen');
    const strip = [...container.querySelectorAll('.emergency a')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);
    expect(strip).toEqual([
      ['tel:112', 'Ring Politi, 112'],
      ['tel:113', 'Ring Ambulanse, 113'],
      ['tel:116006', 'Ring Vold i nære relasjoner, 116 006'],
      ['tel:116111', 'Ring Barn og unge, 116 111'],
    ]);
    for (const path of ['/nb/om', '/nb/skjul-besok', '/nb/mine']) expect(container.querySelector(`footer a[href="${path}"]`)).not.toBeNull();
    assertSafeMarkup(container);
  });

  test('load error shows the emergency numbers even without a catalogue', () => {
    const { container } = render(<LoadError t={t} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Siden kunne ikke lastes');
    expect(container.querySelector('a[href="tel:112"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeTruthy();
  });

  test('prerendered home: same frame and form as the app, in the requested language', async () => {
    const tEn = await initI18n('en');
    const html = renderHome('en', tEn, CATALOG);
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('<label for="q">Search for help</label>');
    expect(html).not.toContain('style=');
    await initI18n('nb');
  });

  test('prerendered hide page: its instructions are in the HTML (readable with JavaScript off)', async () => {
    const html = renderHide('nb', t, CATALOG);
    expect(html).toContain('Slik skjuler du besøket');
    expect(html.match(/<details/g)?.length).toBeGreaterThanOrEqual(5);
    // The quick exit in the header, with its Esc Esc hint.
    expect(html).toContain('Forlat siden raskt');
    expect(html).toMatch(/id="quick-exit-hint"[^>]*>[^<]*Esc/);
    expect(html).toContain('href="tel:112"');
    expect(html).not.toContain('style=');
  });
});
