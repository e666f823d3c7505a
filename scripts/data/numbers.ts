/**
 * "A number that is not certain is never on screen, anywhere": finds phone-number-like digit
 * sequences in any text that reaches a page (source facts, notes, descriptions, labels, schedule
 * notes, translations), so the build can fail on one that is not a shown, certain number of the
 * catalogue. Norwegian numbers are 8 digits (first digit 2–9, written 22 40 00 40, 224 00 040,
 * 800 57 000 …), 116 xxx helplines (116 006), and 5-digit 0xxxx short numbers (02800). Years
 * (2024), dates (28.11.2017, 2021-09-15), times and ranges (09.00–15.00, 16.15-22.45) and counts are
 * not phone numbers.
 */
import type { CatalogText, Service } from '../../src/catalog/types.ts';
import type { DataError } from './errors.ts';

/** Space-like separators people (and word processors) put between digit groups. */
const SPACES = ' \u00A0\u2007\u2009\u202F\u2002\u2003\u2004\u2005\u2006\u2008\u200A\u3000';
const SPACE_RE = new RegExp(`^[${SPACES}]+$`);
/** Hyphens and dots that may group a number ("22-40-00-40", "22.40.00.40"); never the en dash of a range. */
const JOINERS = new Set(['-', '.', '\u2010', '\u2011']);

/** Replaces every decimal digit of any script (Arabic-Indic, Persian, Devanagari, fullwidth …) by its ASCII digit. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x39) return ch;
    // Unicode encodes decimal digits in runs of ten from 0 to 9: count back to the run's zero.
    let zero = cp;
    while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((cp - zero) % 10);
  });
}

/**
 * The text as the detector reads it: NFKC (fullwidth and mathematical digits), every script's
 * digits as ASCII, and invisible format characters removed (bidi marks and isolates, zero-width
 * spaces and joiners, soft hyphens) — they may sit inside a number in a right-to-left translation.
 * Positions are not kept; the detector reports the digits and how they were written.
 */
export function normalizeForNumbers(text: string): string {
  return asciiDigits(text.normalize('NFKC')).replace(/\p{Cf}/gu, '');
}

/** True when these digits are dialled like a Norwegian phone number (see the module comment). */
export function isPhoneLike(digits: string): boolean {
  if (/^[2-9]\d{7}$/.test(digits)) return true;
  if (/^116\d{3}$/.test(digits)) return true;
  return /^0\d{4}$/.test(digits);
}

/** The most digit groups one number can have ("+ 47 2 2 4 0 0 0 4 0" would be ten). */
const MAX_GROUPS = 10;

interface Group {
  digits: string;
  /** Separator before this group ('' for the first). */
  sep: string;
}

/** Every run of digit groups joined by a single separator of one kind (spaces, or one hyphen/dot). */
function candidates(text: string): Group[][] {
  const out: Group[][] = [];
  const re = /\d+/g;
  let run: Group[] = [];
  let lastEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const between = lastEnd < 0 ? null : text.slice(lastEnd, m.index);
    const sep = between === null ? null : SPACE_RE.test(between) ? ' ' : JOINERS.has(between) ? between : null;
    if (sep === null && run.length) {
      out.push(run);
      run = [];
    }
    run.push({ digits: m[0], sep: run.length ? sep! : '' });
    lastEnd = m.index + m[0].length;
  }
  if (run.length) out.push(run);
  return out;
}

/** A phone-number-like sequence found in a text: its digits and how it was written. */
export interface FoundNumber {
  digits: string;
  written: string;
}

/**
 * Phone-number-like sequences in `text`, longest first within each run of digit groups. A
 * single unbroken group counts by itself ("22400040", "02800"); several groups count only when
 * they are phone-sized (1–3 or 5 digits each — never 4, so a year never joins a number: "800 57000"
 * counts, "2017 22 40" does not) and share one separator.
 * `allowed` digits (the shown, certain numbers) are consumed first, so a certain number written
 * next to another is not split into a false match.
 */
export function findPhoneNumbers(text: string, allowed: ReadonlySet<string> = new Set()): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const run of candidates(normalizeForNumbers(text))) {
    const used = new Array<boolean>(run.length).fill(false);
    const windows: [number, number][] = [];
    // A phone-sized window has at most 8 groups (8 digits), plus a country code: never look wider.
    for (let i = 0; i < run.length; i++) {
      for (let j = Math.min(run.length, i + MAX_GROUPS); j > i; j--) {
        const w = run.slice(i, j);
        if (w.length > 1 && (w.some((g) => g.digits.length === 4 || g.digits.length > 5) || w.slice(2).some((g) => g.sep !== w[1]!.sep))) continue;
        windows.push([i, j]);
      }
    }
    // Longest windows first; allowed numbers claim their groups before anything is reported.
    windows.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
    for (const pass of ['allowed', 'report'] as const) {
      for (const [i, j] of windows) {
        if (used.slice(i, j).some(Boolean)) continue;
        const w = run.slice(i, j);
        const digits = w.map((g) => g.digits).join('');
        const hit = pass === 'allowed' ? allowed.has(digits) : isPhoneLike(digits);
        if (!hit) continue;
        for (let k = i; k < j; k++) used[k] = true;
        if (pass === 'report') found.push({ digits, written: w.map((g, k) => (k ? g.sep : '') + g.digits).join('') });
      }
    }
  }
  return found;
}

/** The digits a certain number may appear as in text: the national number, and without +47. */
export function allowedDigits(services: readonly Service[]): Set<string> {
  const out = new Set<string>();
  for (const s of services) {
    for (const p of [...s.phones, ...s.sms]) {
      const d = p.number.replace(/^\+/, '');
      out.add(d);
      if (d.startsWith('47') && d.length === 10) out.add(d.slice(2));
    }
  }
  return out;
}

/** Fields that hold numbers or addresses themselves, not text people read. */
const NOT_TEXT = new Set(['number', 'display', 'url', 'id', 'published', 'retrieved', 'confirmed', 'kind', 'keywords', 'categories', 'audiences', 'measures', 'fallback', 'languages', 'group', 'assuredDate', 'sources', 'ages', 'names', 'spans', 'confidence']);

/** Every readable string of a value, with its field path. */
function* texts(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* texts(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) yield* texts(v, path ? `${path}.${k}` : k);
  }
}

/**
 * Every phone-number-like sequence in a text that reaches a page and is not a shown, certain
 * number: in each built service (after the certainty rule; source facts included) and in every
 * translation. Names of other fields stay unread (see NOT_TEXT).
 */
export function uncertainNumbersInText(services: readonly Service[], locales: readonly { file: string; text: CatalogText }[], fileOf: (id: string) => string): DataError[] {
  const allowed = allowedDigits(services);
  const errors: DataError[] = [];
  const check = (file: string, record: string, field: string, text: string): void => {
    for (const n of findPhoneNumbers(text, allowed)) {
      errors.push({ file, record, field, message: `text shows the number "${n.written}", which is not a shown, certain number of the catalogue: quote the source without it` });
    }
  };
  for (const s of services) {
    const file = fileOf(s.id);
    for (const [field, text] of texts(s, '')) check(file, s.id, field, text);
    for (const [key, src] of Object.entries(s.sources)) check(file, s.id, `sources.${key}.fact`, src.fact);
  }
  for (const l of locales) {
    for (const [id, entry] of Object.entries(l.text.services)) for (const [field, text] of texts(entry, '')) check(l.file, id, field, text);
    for (const [id, entry] of Object.entries(l.text.measures ?? {})) for (const [field, text] of texts(entry, '')) check(l.file, id, field, text);
  }
  return errors;
}
