/** The category tiles on the home page: one link per category to its search results. */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import { CATEGORIES, type Lang } from '../catalog/types.ts';
import { pathOf } from '../shell/routes.ts';
import { PARAM } from './search-params.ts';

/** Categories shown as tiles, in the order people need them (akutt is the emergency strip). */
export const TILE_CATEGORIES = CATEGORIES.filter((c) => c !== 'akutt');

/** Tiles linking to `/{lang}/sok?kategori={id}`. */
export function CategoryTiles(props: { t: TFunction; lang: Lang }): JSX.Element {
  const { t, lang } = props;
  return (
    <nav class="tiles-nav" aria-labelledby="tiles-h">
      <h2 id="tiles-h">{t('ui:home.categories')}</h2>
      <ul class="tiles">
        {TILE_CATEGORIES.map((id) => (
          <li key={id}>
            <a class="tile" href={pathOf({ name: 'search', lang, query: new URLSearchParams({ [PARAM.category]: id }) })}>
              <span class="tile-name">{t(`ui:category.${id}.name`)}</span>
              <span class="tile-hint">{t(`ui:category.${id}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
