/**
 * A service page's slice (src/catalog/slice.ts): small, complete for its page (the page drawn from
 * the slice is the page drawn from the whole catalogue), and a damaged or foreign file is refused.
 * Also the prerendered service page (src/shell/prerender-entry.tsx).
 */
import { renderToString } from 'preact-render-to-string';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { isServiceSlice, serviceSlice, sliceKey } from '../../../src/catalog/slice.ts';
import type { Catalog, CatalogText, Lang } from '../../../src/catalog/types.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';
import ServicePage from '../../../src/routes/ServicePage.tsx';
import type { PageContext } from '../../../src/shell/page-context.ts';
import { renderService } from '../../../src/shell/prerender-entry.tsx';
import { CATALOG, TEXT_EN, service } from '../ui/fixture.ts';

const OTHER_EN: CatalogText = {
  ...TEXT_EN,
  services: { ...TEXT_EN.services, 'krisesenter-alta': { name: 'Alta women’s shelter' }, alarmtelefonen: { summary: 'For children' } },
};
const FULL: Catalog = {
  ...CATALOG,
  places: [
    { name: 'Alta', number: '5601', county: 'Finnmark', altNames: ['Áltá'], formerNames: [], lat: 69.9689, lon: 23.2716, servedBy: ['krisesenter-alta'] },
    { name: 'Oslo', number: '0301', county: 'Oslo', altNames: [], formerNames: [], lat: 59.9814, lon: 10.7399, servedBy: [] },
  ],
};

let tNb: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  tEn = await initI18n('en');
  tNb = await initI18n('nb');
});

function page(lang: Lang, t: TFunction, catalog: Catalog, text: CatalogText | null, id: string): string {
  const ctx: PageContext = { lang, catalog, text, t, navigate: () => undefined };
  return renderToString(<ServicePage ctx={ctx} route={{ name: 'service', lang, id }} />);
}

describe('serviceSlice', () => {
  test('holds the service, its fallback lines, its measures and places, and nothing else', () => {
    const s = serviceSlice(FULL, OTHER_EN, 'en', 'krisesenter-alta')!;
    expect(s.catalog.services.map((x) => x.id).sort()).toEqual(['krisesenter-alta', 'vo-linjen']);
    expect(s.catalog.measures).toEqual([]);
    expect(s.catalog.places.map((p) => p.name)).toEqual(['Alta']);
    expect(Object.keys(s.text!.services).sort()).toEqual(['krisesenter-alta', 'vo-linjen']);
    expect(s.catalog.version).toBe(FULL.version);
    expect(s.catalog.checked).toBe(FULL.checked);
    const vo = serviceSlice(FULL, OTHER_EN, 'en', 'vo-linjen')!;
    expect(vo.catalog.measures.map((m) => m.id).sort()).toEqual(['nsk-6', 'plan-64']);
    expect(Object.keys(vo.text!.measures!)).toEqual(['plan-64']);
    // Search keywords are for search only.
    expect(vo.catalog.services.every((x) => Object.keys(x.keywords).length === 0)).toBe(true);
  });

  test('an unknown id has no slice', () => {
    expect(serviceSlice(FULL, null, 'nb', 'finnes-ikke')).toBeNull();
    expect(serviceSlice(FULL, null, 'nb', '')).toBeNull();
  });

  test('the page drawn from its slice is the page drawn from the whole catalogue', () => {
    for (const id of FULL.services.map((s) => s.id)) {
      for (const [lang, t, text] of [['nb', tNb, null], ['en', tEn, OTHER_EN]] as const) {
        const slice = serviceSlice(FULL, text, lang, id)!;
        // Through JSON, as the file travels.
        const shipped = JSON.parse(JSON.stringify(slice)) as typeof slice;
        expect(page(lang, t, shipped.catalog, shipped.text, id), `${lang}/${id}`).toBe(page(lang, t, FULL, text, id));
      }
    }
  });
});

describe('isServiceSlice', () => {
  const good = () => JSON.parse(JSON.stringify(serviceSlice(FULL, TEXT_EN, 'en', 'vo-linjen'))) as Record<string, any>;

  test('accepts the shipped slice of the page, refuses another page’s', () => {
    expect(isServiceSlice(good(), 'en', 'vo-linjen')).toBe(true);
    expect(isServiceSlice(good(), 'nb', 'vo-linjen')).toBe(false);
    expect(isServiceSlice(good(), 'en', 'alarmtelefonen')).toBe(false);
  });

  test('refuses damaged files', () => {
    const cases: unknown[] = [null, 'x', 42, [], {}, { ...good(), slice: 2 }];
    const noServices = good();
    noServices.catalog.services = [];
    const badService = good();
    badService.catalog.services[0].phones = 'tel:112';
    const noPlaces = good();
    delete noPlaces.catalog.places;
    const badText = good();
    badText.text = { lang: 'ar', services: {} };
    const noVersion = good();
    noVersion.catalog.version = 7;
    cases.push(noServices, badService, noPlaces, badText, noVersion);
    for (const c of cases) expect(isServiceSlice(c, 'en', 'vo-linjen'), JSON.stringify(c)?.slice(0, 80)).toBe(false);
  });

  test('odd ids and huge strings are just data', () => {
    const odd = service('ø<"&>\u202e', { name: 'x'.repeat(100_000) });
    const s = serviceSlice({ ...FULL, services: [odd] }, null, 'nb', odd.id)!;
    expect(isServiceSlice(JSON.parse(JSON.stringify(s)), 'nb', odd.id)).toBe(true);
    expect(sliceKey('nb', odd.id)).toBe(`nb/${odd.id}`);
  });
});

describe('prerendered service page', () => {
  test('readable and callable without script: name, tel: link, emergency strip, quick exit; title and description', () => {
    const { body, title, description } = renderService(tEn, serviceSlice(FULL, OTHER_EN, 'en', 'vo-linjen')!);
    expect(body).toContain('Vold- og overgrepslinjen (VO-linjen) 116 006');
    expect(body).toMatch(/<a[^>]*class="call call-big"[^>]*href="tel:116006"|<a[^>]*href="tel:116006"[^>]*class="call call-big"/);
    expect(body).toContain('href="tel:112"');
    expect(body).toContain('class="quick-exit');
    expect(body).not.toContain('style=');
    expect(title).toBe('Vold- og overgrepslinjen (VO-linjen) 116 006 – Finn hjelp');
    expect(description).toBe('A helpline for everyone exposed to violence or abuse.');
  });

  test('"open now" is never stated at build time; open day and night is', () => {
    const alta = renderService(tNb, serviceSlice(FULL, null, 'nb', 'krisesenter-alta')!).body;
    // Alta's weekly hours: empty badges, filled in by the app. The fallback line VO is always open.
    expect(alta).toMatch(/<span class="badge"><\/span>/);
    expect(alta).not.toMatch(/badge-closed|Åpent nå|Stengt nå/);
    expect(alta).toContain('href="tel:116006"');
    expect(alta).toContain('badge badge-open');
  });
});
