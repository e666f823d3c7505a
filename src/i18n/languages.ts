/** Language facts the browser cannot give us (no CLDR data for Sami in Chromium): endonyms, direction. Pure, no DOM. */
import { LANGS, RTL_LANGS, type Lang } from '../catalog/types.ts';

export { LANGS, type Lang };

export interface LanguageInfo {
  code: Lang;
  /** The language's name as its speakers write it. */
  endonym: string;
  /** Norwegian name, for Norwegian readers and for lists. */
  nbName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: Record<Lang, LanguageInfo> = {
  nb: { code: 'nb', endonym: 'Norsk bokmål', nbName: 'bokmål', dir: 'ltr' },
  nn: { code: 'nn', endonym: 'Norsk nynorsk', nbName: 'nynorsk', dir: 'ltr' },
  se: { code: 'se', endonym: 'Davvisámegiella', nbName: 'nordsamisk', dir: 'ltr' },
  smj: { code: 'smj', endonym: 'Julevsámegiella', nbName: 'lulesamisk', dir: 'ltr' },
  sma: { code: 'sma', endonym: 'Åarjelsaemien gïele', nbName: 'sørsamisk', dir: 'ltr' },
  en: { code: 'en', endonym: 'English', nbName: 'engelsk', dir: 'ltr' },
  ar: { code: 'ar', endonym: 'العربية', nbName: 'arabisk', dir: 'rtl' },
  fa: { code: 'fa', endonym: 'فارسی', nbName: 'persisk', dir: 'rtl' },
  ur: { code: 'ur', endonym: 'اردو', nbName: 'urdu', dir: 'rtl' },
  so: { code: 'so', endonym: 'Soomaali', nbName: 'somali', dir: 'ltr' },
  ti: { code: 'ti', endonym: 'ትግርኛ', nbName: 'tigrinja', dir: 'ltr' },
  pl: { code: 'pl', endonym: 'Polski', nbName: 'polsk', dir: 'ltr' },
  uk: { code: 'uk', endonym: 'Українська', nbName: 'ukrainsk', dir: 'ltr' },
  lt: { code: 'lt', endonym: 'Lietuvių', nbName: 'litauisk', dir: 'ltr' },
  ru: { code: 'ru', endonym: 'Русский', nbName: 'russisk', dir: 'ltr' },
};

/** True if `code` is one of our languages. */
export function isLang(code: unknown): code is Lang {
  return typeof code === 'string' && (LANGS as readonly string[]).includes(code);
}

/** Text direction of a language. */
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return RTL_LANGS.includes(lang) ? 'rtl' : 'ltr';
}

/**
 * Maps browser language tags to ours: `no`, `nb-NO`, `nn-NO`, `se-NO`, `sme` … The first match wins;
 * returns null when none of the browser's languages is ours.
 */
export function matchBrowserLanguage(tags: readonly string[]): Lang | null {
  for (const raw of tags) {
    const tag = raw.toLowerCase().trim();
    const base = tag.split(/[-_]/)[0] ?? '';
    if (base === 'no' || base === 'nb') return 'nb';
    if (base === 'sme') return 'se';
    if (isLang(base)) return base;
  }
  return null;
}
