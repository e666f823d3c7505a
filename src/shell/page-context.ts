/**
 * What every page component receives from the shell. Pages are lazily loaded route chunks:
 *   export default function XPage(props: { ctx: PageContext; route: <its Route> }) { … }
 */
import type { TFunction } from 'i18next';
import type { Catalog, CatalogText, Lang } from '../catalog/types.ts';

export interface PageContext {
  lang: Lang;
  /** The catalogue (nb texts); translations in `text`. */
  catalog: Catalog;
  /** Texts in `lang` (null for nb or when the language has none). */
  text: CatalogText | null;
  t: TFunction;
  /**
   * Client-side navigation to a same-origin path (pushes history). `replace` swaps the current
   * entry instead (typing, filters). Focus moves to the new page's <h1> unless `focus` is false;
   * it defaults to false for `replace`, so typing in a field keeps the field focused. `quiet`
   * only rewrites the address of the page already on screen (a search refined while typing): no
   * re-render of the app.
   */
  navigate(path: string, opts?: { replace?: boolean; focus?: boolean; quiet?: boolean }): void;
}
