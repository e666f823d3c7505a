/** Shown when a page's code or the catalogue could not be loaded: never a blank screen. */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import type { Catalog, Lang } from '../catalog/types.ts';
import { HelpNumbers } from '../ui/HelpNumbers.tsx';

/** The error page with the emergency numbers and a retry button (reloads the page). */
export function LoadError(props: { t: TFunction; lang: Lang; catalog: Catalog | null }): JSX.Element {
  const { t } = props;
  return (
    <>
      <h1 tabIndex={-1}>{t('ui:loadError.title')}</h1>
      <p>{t('ui:loadError.text')}</p>
      <p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('ui:loadError.retry')}
        </button>
      </p>
      <HelpNumbers t={t} lang={props.lang} catalog={props.catalog} id="load-error" />
    </>
  );
}
