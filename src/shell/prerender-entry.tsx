/**
 * Entry of the prerender's SSR build (scripts/prerender.ts bundles it with vite, so CSS imports,
 * JSON and `import.meta.glob` in any component work as they do in the app). Renders the first
 * screen (the frame with the home page), the hide-your-visit page, whose instructions must be
 * readable with JavaScript off, and every service page (drawn from its slice, as the app draws a
 * deep link, so the app takes over the same markup).
 */
import { renderToString } from 'preact-render-to-string';
import type { TFunction } from 'i18next';
import type { ServiceSlice } from '../catalog/slice.ts';
// The build script takes the slices from here too: slice.ts shares the app's loader (import.meta.glob).
export { serviceSlice, sliceKey } from '../catalog/slice.ts';
import { serviceText } from '../catalog/text.ts';
import type { Catalog, Lang } from '../catalog/types.ts';
import HidePage from '../routes/HidePage.tsx';
import SearchPage from '../routes/SearchPage.tsx';
import ServicePage from '../routes/ServicePage.tsx';
import { setBuildTime } from '../ui/OpenBadge.tsx';
import { pageTitle } from '../ui/use-title.ts';
import { Frame } from './Frame.tsx';
import type { PageContext } from './page-context.ts';
import { pathOf } from './routes.ts';

/** HTML of the home page in `lang` (the contents of `#app`). */
export function renderHome(lang: Lang, t: TFunction, catalog: Catalog): string {
  const ctx: PageContext = { lang, catalog, text: null, t, navigate: () => undefined };
  return renderToString(
    <Frame t={t} lang={lang} pathname={pathOf({ name: 'home', lang })} search="">
      <SearchPage ctx={ctx} route={{ name: 'home', lang }} />
    </Frame>,
  );
}

/** HTML of the hide-your-visit page in `lang` (the contents of `#app`). */
export function renderHide(lang: Lang, t: TFunction, catalog: Catalog): string {
  const ctx: PageContext = { lang, catalog, text: null, t, navigate: () => undefined };
  return renderToString(
    <Frame t={t} lang={lang} pathname={pathOf({ name: 'hide', lang })} search="">
      <HidePage ctx={ctx} route={{ name: 'hide', lang }} />
    </Frame>,
  );
}

/** HTML (the contents of `#app`), title and description of the page of the slice's service. */
export function renderService(t: TFunction, slice: ServiceSlice): { body: string; title: string; description: string } {
  const { lang, id, catalog, text } = slice;
  const service = catalog.services.find((s) => s.id === id)!;
  const ctx: PageContext = { lang, catalog, text, t, navigate: () => undefined };
  setBuildTime(true);
  try {
    const body = renderToString(
      <Frame t={t} lang={lang} pathname={pathOf({ name: 'service', lang, id })} search="" checked={catalog.checked}>
        <ServicePage ctx={ctx} route={{ name: 'service', lang, id }} />
      </Frame>,
    );
    return { body, title: pageTitle(service.name, t('ui:app.name')), description: serviceText(service, 'summary', lang, text).text };
  } finally {
    setBuildTime(false);
  }
}
