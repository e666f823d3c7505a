/**
 * The user's language choice, stored on the device only, and only after they pick a language
 * (never on a mere visit). Never throws.
 */
import type { Lang } from '../catalog/types.ts';
import { isLang } from '../i18n/languages.ts';
import { withDb } from './db.ts';

/** The language the user picked earlier on this device, if any. */
export async function getPreferredLanguage(): Promise<Lang | null> {
  return withDb(null, async (db) => {
    const v = await db.get('prefs', 'lang');
    return isLang(v) ? v : null;
  });
}

/** Remembers the language the user picked. */
export async function setPreferredLanguage(lang: Lang): Promise<void> {
  await withDb(undefined, async (db) => {
    await db.put('prefs', lang, 'lang');
  });
}
