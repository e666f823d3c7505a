/**
 * A service page's own data: the service, the national lines it falls back to, its measures, the
 * places it serves and the page language's texts for them — a few kilobytes instead of the whole
 * catalogue. scripts/prerender.ts derives one slice per service and language from the built
 * catalogue (the same data the prerendered HTML is drawn from) and writes it as a hashed file the
 * prerendered page points to (`<link rel="preload" data-slice>`). The app (which loads this module
 * only for such a page) draws a deep link from it at once and loads the full catalogue when the
 * phone is idle (src/shell/main.tsx).
 *
 * Data flows one way: seeds → `npm run data` → catalogue → slices → UI. A slice is never stored.
 */
import { whenPageIdle } from '../ui/after-paint.ts';
import type { Catalog, CatalogText, Lang } from './types.ts';

/** The data one service page needs, in the shapes the pages use (`Catalog`, `CatalogText`). */
export interface ServiceSlice {
  slice: 1;
  id: string;
  lang: Lang;
  catalog: Catalog;
  text: CatalogText | null;
}

/** `lang/id`: how the prerendered page names the slice it points to. */
export function sliceKey(lang: Lang, id: string): string {
  return `${lang}/${id}`;
}

/** The slice of `catalog` (and `text`, the texts in `lang`; null for nb) for service `id`; null for an unknown id. */
export function serviceSlice(catalog: Catalog, text: CatalogText | null, lang: Lang, id: string): ServiceSlice | null {
  const service = catalog.services.find((s) => s.id === id);
  if (!service) return null;
  const ids = new Set([id, ...service.fallback]);
  const measureIds = new Set(service.measures);
  // Search keywords in 15 languages are half a record, and only search reads them.
  const services = catalog.services.filter((s) => ids.has(s.id)).map((s) => ({ ...s, keywords: {} }));
  const measures = catalog.measures.filter((m) => measureIds.has(m.id));
  const places = catalog.places.filter((p) => p.servedBy.some((s) => ids.has(s)));
  let sliceText: CatalogText | null = null;
  if (text) {
    const { services: allTexts, measures: allMeasureTexts, ...rest } = text;
    sliceText = { ...rest, services: {} };
    for (const s of services) if (allTexts[s.id]) sliceText.services[s.id] = allTexts[s.id]!;
    if (allMeasureTexts) {
      sliceText.measures = {};
      for (const m of measures) if (allMeasureTexts[m.id]) sliceText.measures[m.id] = allMeasureTexts[m.id]!;
    }
  }
  return { slice: 1, id, lang, catalog: { ...catalog, services, measures, places }, text: sliceText };
}

/** Whether `value` is a slice for service `id` in `lang` (a wrong or damaged file is never drawn). */
export function isServiceSlice(value: unknown, lang: Lang, id: string): value is ServiceSlice {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<ServiceSlice>;
  const c = s.catalog;
  return (
    s.slice === 1 &&
    s.id === id &&
    s.lang === lang &&
    !!c &&
    c.schema === 1 &&
    typeof c.version === 'string' &&
    typeof c.checked === 'string' &&
    Array.isArray(c.services) &&
    Array.isArray(c.measures) &&
    Array.isArray(c.places) &&
    c.services.every((x) => !!x && typeof x.id === 'string' && typeof x.name === 'string' && Array.isArray(x.phones)) &&
    c.services.some((x) => x.id === id) &&
    (s.text === null || (!!s.text && typeof s.text === 'object' && s.text.lang === lang && typeof s.text.services === 'object'))
  );
}

/**
 * The slice the prerendered page's `<link data-slice>` points to, if it is the slice of service
 * `id` in `lang`; null when it is another's, cannot be fetched or is damaged (the caller then
 * loads the full catalogue).
 */
export async function prerenderedSlice(link: HTMLLinkElement, lang: Lang, id: string): Promise<ServiceSlice | null> {
  if (link.dataset.slice !== sliceKey(lang, id)) return null;
  try {
    const res = await fetch(link.href);
    if (!res.ok) return null;
    const data: unknown = await res.json();
    return isServiceSlice(data, lang, id) ? data : null;
  } catch {
    return null;
  }
}

/**
 * Once a page is drawn from `slice`: the whole catalogue (search, lists, the next page) and the
 * language's texts, when the phone is idle; `onNewer` if that catalogue is not the slice's.
 */
export function loadRestWhenIdle(slice: ServiceSlice, onNewer: () => void): void {
  // The loader (unpacking, IndexedDB) is loaded then too: the page drawn from the slice needs none of it.
  whenPageIdle(() => {
    import('./load.ts')
      .then(({ loadCatalog, loadCatalogText }) => {
        void loadCatalogText(slice.lang);
        return loadCatalog();
      })
      .then(
        (full) => {
          if (full.version !== slice.catalog.version) onNewer();
        },
        () => undefined, // the next page that needs it tries again
      );
  });
}
