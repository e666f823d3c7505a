/** The language for `/`: the stored choice, else the browser's languages (`no` → nb), else nb. */
import { matchBrowserLanguage, type Lang } from '../i18n/languages.ts';

/** Picks the start language. Never throws. */
export async function chooseLanguage(browserLanguages: readonly string[]): Promise<Lang> {
  let stored: Lang | null = null;
  try {
    // Loaded on demand: only `/` needs it, and idb stays out of the first-screen bundle.
    const { getPreferredLanguage } = await import('../storage/prefs.ts');
    stored = await getPreferredLanguage();
  } catch {
    stored = null; // storage unavailable (private mode): fall through to the browser's languages
  }
  return stored ?? matchBrowserLanguage(browserLanguages) ?? 'nb';
}
