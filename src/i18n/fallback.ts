/**
 * Which language a UI text is really in. Draft languages may leave keys out; i18next then shows the
 * Norwegian text, and the UI must mark it `lang="nb"` (see `src/ui/lang/Fallback.tsx`) so screen
 * readers pronounce it as Norwegian and readers can see why it is not in their language.
 */
import i18next, { type TOptions } from 'i18next';
import type { Lang } from './languages.ts';

/** A piece of text and the language it is written in (same shape as `Picked` in src/catalog/text.ts). */
export interface TextInLang {
  text: string;
  lang: Lang;
}

const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** Splits "ns:key" (default namespace `ui`). */
export function splitKey(nsKey: string): { ns: string; key: string } {
  const i = nsKey.indexOf(':');
  return i < 0 ? { ns: 'ui', key: nsKey } : { ns: nsKey.slice(0, i), key: nsKey.slice(i + 1) };
}

/** True when `lang` has its own text for "ns:key" (any plural form of a counted key counts). */
export function hasOwnText(lang: Lang, nsKey: string): boolean {
  if (!(i18next as { store?: unknown }).store) return false;
  const { ns, key } = splitKey(nsKey);
  const has = (k: string) => {
    const v = i18next.getResource(lang, ns, k) as unknown;
    return typeof v === 'string' && v !== '';
  };
  return has(key) || PLURAL_SUFFIXES.some((s) => has(key + s));
}

/** True when "ns:key" in `lang` will be shown in Norwegian (nb never falls back). */
export function isFallback(lang: Lang, nsKey: string): boolean {
  return lang !== 'nb' && !hasOwnText(lang, nsKey);
}

/**
 * Translates "ns:key" into `lang` and says which language the answer is in: `lang`, or `nb` when
 * the key is missing in `lang` and i18next fell back to Norwegian.
 */
export function tl(lang: Lang, nsKey: string, options: TOptions = {}): TextInLang {
  const fallback = isFallback(lang, nsKey);
  const lng = fallback ? 'nb' : lang;
  const t = i18next.t as unknown as (key: string, opts: TOptions) => unknown;
  const text = String(t(nsKey, { ...options, lng }));
  return { text, lang: fallback ? 'nb' : lang };
}
