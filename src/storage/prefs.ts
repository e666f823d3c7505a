/**
 * CONTRACT (owned by the offline/storage work; replace this placeholder with IndexedDB):
 * the user's language choice, stored on the device only, and only after they pick a language.
 * Never throws.
 */
import type { Lang } from '../catalog/types.ts';

export async function getPreferredLanguage(): Promise<Lang | null> {
  return null;
}

export async function setPreferredLanguage(_lang: Lang): Promise<void> {}
