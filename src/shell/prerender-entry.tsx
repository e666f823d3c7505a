/**
 * Entry of the prerender's SSR build (scripts/prerender.ts bundles it with vite, so CSS imports,
 * JSON and `import.meta.glob` in any component work as they do in the app). Renders the first
 * screen (the frame with the home page) and the hide-your-visit page, whose instructions must be
 * readable with JavaScript off.
 */
import { renderToString } from 'preact-render-to-string';
import type { TFunction } from 'i18next';
import type { Catalog, Lang } from '../catalog/types.ts';
import HidePage from '../routes/HidePage.tsx';
import SearchPage from '../routes/SearchPage.tsx';
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
