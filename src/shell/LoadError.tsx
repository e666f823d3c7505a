/**
 * Shown when a page's code or the catalogue could not be loaded: never a blank screen. Kept to
 * what the entry chunk already has (emergency strip, the directory link), since this is the page
 * for when other chunks cannot be fetched.
 */
import { DirectoryLink } from '../ui/DirectoryLink.tsx';
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import { EmergencyStrip } from '../ui/EmergencyStrip.tsx';

/** The error page with the emergency numbers and a retry button (reloads the page). */
export function LoadError(props: { t: TFunction }): JSX.Element {
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
      <EmergencyStrip t={t} id="load-error" heading />
      <DirectoryLink text={t('ui:help.directory')} />
    </>
  );
}
