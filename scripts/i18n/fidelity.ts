/**
 * Faithfulness of translations against their Norwegian text, for `npm run i18n:check`.
 *
 *   numbers    every phone number of the nb text is in the translation (digits compared, spaces ignored) E
 *   links      every URL, web address and e-mail address of the nb text is in the translation .... E
 *   short      much shorter than nb (characters below SHORT_RATIO of the script), or two sentences fewer  reported
 *   norwegian  identical to nb, or Norwegian function words left in a non-Scandinavian language .... reported
 *
 * A translation may be genuinely shorter; `locales/fidelity-exceptions.json` lists those, each with a
 * reason (an entry without a reason, or one that no longer matches anything, is reported).
 */

/** One translated text and the Norwegian it translates. */
export interface TextPair {
  lang: string;
  /** "ui:home.title", "services:vo-linjen.description", "services:@krisesenter.labels.website", "measures:plan-64.text". */
  key: string;
  nb: string;
  text: string;
}

export type FidelityRule = 'numbers' | 'links' | 'short' | 'norwegian';

export interface FidelityIssue {
  level: 'error' | 'warning';
  rule: FidelityRule | 'exceptions';
  lang: string;
  key: string;
  message: string;
}

/** A reviewed exception: `rule` for `lang`/`key` is expected, because of `reason`. */
export interface FidelityException {
  lang: string;
  key: string;
  rule: 'short' | 'norwegian';
  reason: string;
}

/**
 * Lowest length ratio (translation ÷ nb, in characters) before a text counts as "much shorter".
 * Measured on 4 December 2026 over the texts of at least MIN_MEASURED nb characters: the 1st
 * percentile was 0.81 (en), 0.92 (nn), 0.87 (pl), 0.74–0.79 (uk, lt, ru), 0.70–0.75 (fa, ur, so);
 * denser scripts need fewer characters for the same content: Arabic (short vowels unwritten) had
 * median 0.92 and 1st percentile 0.65, Tigrinya (one Ge'ez character per syllable) median 0.71.
 * So a faithful translation stays well above these limits; an abridged one falls below.
 */
export const SHORT_RATIO: Record<string, number> = {
  default: 0.55,
  ar: 0.5,
  ti: 0.4,
};
/** Texts shorter than this (nb characters) are not measured for length: labels vary too much. */
export const MIN_MEASURED = 60;

const SCANDINAVIAN = ['nb', 'nn'];
/** Norwegian words that are not words of the language (checked per language below). */
const NORWEGIAN_WORDS = ['og', 'ikke', 'som', 'eller', 'til', 'med', 'deg', 'du', 'kan', 'ring', 'ringe', 'hjelp', 'av', 'fra', 'har', 'skal', 'gjelder', 'denne', 'dette', 'hvis', 'når', 'må', 'på', 'å', 'ved', 'hos', 'får', 'mot', 'barn', 'vold'];
/** Words of the list that are ordinary words of a language. */
const OWN_WORDS: Record<string, string[]> = {
  en: ['ring', 'til', 'av'],
  so: ['kan', 'av'],
  lt: ['du', 'kan'],
  pl: ['od'],
  se: ['du', 'må'],
  smj: ['du', 'må'],
  sma: ['du', 'må'],
};

const chars = (s: string): number => [...s].length;

/** Digits of any script as ASCII (Arabic-Indic and Persian digits occur in RTL translations). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Phone numbers in a text, as digits: groups of 2–4 digits joined by single spaces that make 5+
 * digits ("116 006", "22 40 00 40", "02800"), an optional +country code, and the emergency numbers
 * 110/112/113. Years, dates and counts ("2024", "31.12.2023", "26") are not phone numbers.
 */
export function phoneNumbers(text: string): string[] {
  const out = new Set<string>();
  const t = asciiDigits(text);
  for (const m of t.matchAll(/(?<![\d.,])(\+\d{2}[ \u00a0]?)?\d{2,8}(?:[ \u00a0\u202f]\d{2,4}){0,4}(?![\d]|[.,]\d)/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 5 && !/^(19|20)\d\d(19|20)\d\d$/.test(digits)) out.add(digits);
    else if (/^11[023]$/.test(digits)) out.add(digits);
  }
  return [...out];
}

/** True when `digits` occurs in `text` with any spacing. */
function hasNumber(text: string, digits: string): boolean {
  return asciiDigits(text).replace(/(\d)[ \u00a0\u202f\-–]+(?=\d)/g, '$1').includes(digits);
}

/** URLs, bare web addresses (`dinutvei.no`, `bufdir.no/foreldrehverdag/`) and e-mail addresses in a text, lower-cased. */
export function addresses(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:no|com|org|net|se|eu|int|info)(?:\/[^\s)»«"”,;]*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi)) {
    out.add(m[0].toLowerCase().replace(/^https?:\/\//, '').replace(/[.,:;!?)»"]+$/, '').replace(/\/$/, ''));
  }
  return [...out];
}

/**
 * Sentences in a text (ends: . ! ? and the Arabic, Urdu and Ethiopic stops). A stop ends a sentence
 * only before a capital, a letter of a caseless script, a quote or the end: "kl. 14", "ca. 2017" do not.
 */
export function sentences(text: string): number {
  const ends = text.match(/[.!?؟۔።](?=\s+[\p{Lu}\p{Lo}«"“(]|\s*$)/gu)?.length ?? 0;
  return Math.max(ends, text.trim() === '' ? 0 : 1);
}

/** Norwegian function words found in `text` (names in `names` removed first). */
export function norwegianWords(text: string, lang: string, names: readonly string[]): string[] {
  if (SCANDINAVIAN.includes(lang)) return [];
  let t = text;
  for (const n of names) if (n.length > 3 && t.includes(n)) t = t.split(n).join(' ');
  // Quoted and bracketed Norwegian («Kode 6», (Bufdir)) is a name or a citation.
  t = t.replace(/«[^»]*»|"[^"]*"|“[^”]*”|\([^)]*\)/g, ' ');
  const own = OWN_WORDS[lang] ?? [];
  const words = t.toLowerCase().split(/[^\p{L}]+/u);
  return [...new Set(words.filter((w) => NORWEGIAN_WORDS.includes(w) && !own.includes(w)))];
}

/** Runs every fidelity rule on the pairs. `names` are official names that may stay Norwegian. */
export function checkFidelity(pairs: TextPair[], names: readonly string[], exceptions: FidelityException[] = []): FidelityIssue[] {
  const issues: FidelityIssue[] = [];
  const used = new Set<FidelityException>();
  for (const p of pairs) {
    if (p.lang === 'nb') continue;
    const missingNumbers = phoneNumbers(p.nb).filter((n) => !hasNumber(p.text, n));
    if (missingNumbers.length > 0) issues.push({ level: 'error', rule: 'numbers', lang: p.lang, key: p.key, message: `phone number ${missingNumbers.join(', ')} of the Norwegian text is missing` });
    const tr = p.text.toLowerCase();
    const missingLinks = addresses(p.nb).filter((a) => !tr.includes(a));
    if (missingLinks.length > 0) issues.push({ level: 'error', rule: 'links', lang: p.lang, key: p.key, message: `address ${missingLinks.join(', ')} of the Norwegian text is missing` });

    const ratio = chars(p.text) / Math.max(1, chars(p.nb));
    const limit = SHORT_RATIO[p.lang] ?? SHORT_RATIO.default!;
    const fewer = sentences(p.nb) - sentences(p.text);
    // A plural form other than _other may say something shorter on purpose ("no parts were invalid").
    const otherForm = !/_(zero|one|two|few|many)$/.test(p.key);
    if (otherForm && chars(p.nb) >= MIN_MEASURED && (ratio < limit || fewer >= 2)) {
      const e = exceptions.find((x) => x.lang === p.lang && x.key === p.key && x.rule === 'short');
      if (e) used.add(e);
      else {
        const why = ratio < limit ? `${Math.round(ratio * 100)} % of the Norwegian length (limit ${Math.round(limit * 100)} %)` : `${fewer} sentences fewer than the Norwegian`;
        issues.push({ level: 'warning', rule: 'short', lang: p.lang, key: p.key, message: `${why}: abridged?` });
      }
    }
    const words = p.nb.replace(/\{\{[^}]*\}\}/g, ' ');
    // Product names ("Samsung Internet") and short Nynorsk texts may well be spelt as in bokmål.
    const wordCount = words.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const same = p.text.trim() === p.nb.trim() && wordCount >= 3 && (p.lang !== 'nn' || chars(p.nb) >= 40) && !names.includes(p.nb.trim());
    const left = norwegianWords(p.text, p.lang, names);
    if (same || left.length >= 2) {
      const e = exceptions.find((x) => x.lang === p.lang && x.key === p.key && x.rule === 'norwegian');
      if (e) used.add(e);
      else issues.push({ level: 'warning', rule: 'norwegian', lang: p.lang, key: p.key, message: same ? 'identical to the Norwegian text' : `Norwegian words left: ${left.join(', ')}` });
    }
  }
  for (const e of exceptions) {
    if (!e.reason || e.reason.trim().length < 10) issues.push({ level: 'error', rule: 'exceptions', lang: e.lang, key: e.key, message: 'an exception needs a reason (at least a sentence)' });
    else if (!used.has(e)) issues.push({ level: 'warning', rule: 'exceptions', lang: e.lang, key: e.key, message: 'exception no longer needed (remove it)' });
  }
  return issues;
}

/** Reads and checks the exception list's shape; problems become errors naming the entry. */
export function parseExceptions(json: unknown): { exceptions: FidelityException[]; errors: FidelityIssue[] } {
  const errors: FidelityIssue[] = [];
  const list = (json as { exceptions?: unknown } | null)?.exceptions;
  if (!Array.isArray(list)) return { exceptions: [], errors: json === undefined ? [] : [{ level: 'error', rule: 'exceptions', lang: '-', key: '-', message: 'locales/fidelity-exceptions.json must be { "exceptions": [ … ] }' }] };
  const exceptions: FidelityException[] = [];
  list.forEach((e: unknown, i) => {
    const x = e as Partial<FidelityException>;
    if (typeof x?.lang !== 'string' || typeof x.key !== 'string' || (x.rule !== 'short' && x.rule !== 'norwegian') || typeof x.reason !== 'string') {
      errors.push({ level: 'error', rule: 'exceptions', lang: String(x?.lang ?? '-'), key: `exceptions[${i}]`, message: 'needs lang, key, rule ("short" or "norwegian") and reason' });
    } else exceptions.push(x as FidelityException);
  });
  return { exceptions, errors };
}
