/** Sets `document.title` for the page shown: "{page} – Finn hjelp". */
import { useEffect } from 'preact/hooks';

/** Composes a page title with the app name (the app name alone for an empty page title). */
export function pageTitle(page: string, appName: string): string {
  return page && page !== appName ? `${page} – ${appName}` : appName;
}

/** Keeps `document.title` in step with the page. */
export function useTitle(page: string, appName: string): void {
  useEffect(() => {
    document.title = pageTitle(page, appName);
  }, [page, appName]);
}
