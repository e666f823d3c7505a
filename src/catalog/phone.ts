/**
 * Phone numbers: normalising what people (and seeds) write, `tel:` links, and a plausibility
 * check against the Norwegian numbering plan. Pure: no DOM.
 */

/** Separators people put inside numbers: spaces (also no-break and thin), dashes, dots, slashes, brackets. */
const SEPARATORS = /[\s\u00A0\u2007\u202F\-\u2010-\u2015./()]/g;

/** Zero of the digit sets our readers may type in (Arabic, Persian/Urdu, Devanagari, Bengali); NFKC covers full-width digits. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];

/** Arabic-Indic "١١٢", Persian "۱۱۲" … → ASCII "112". */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/g, (d) => {
    const cp = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9)!;
    return String(cp - zero);
  });
}

/**
 * The dialable number: digits only, without the Norwegian country code (+47 / 0047).
 * A foreign number keeps its "+" and country code. Returns '' for anything that is not a number.
 */
export function normalizePhone(input: unknown): string {
  if (typeof input !== 'string' || input.length > 40) return '';
  let s = asciiDigits(input.normalize('NFKC')).replace(SEPARATORS, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  if (!/^\+?\d+$/.test(s)) return '';
  if (s.startsWith('+47')) s = s.slice(3);
  if (s.startsWith('+')) return /^\+[1-9]\d{6,14}$/.test(s) ? s : '';
  return /^\d{3,8}$/.test(s) ? s : '';
}

/**
 * True for a number that can exist in the Norwegian plan: 8 digits starting 2–9, short numbers
 * 1xx and 1xxx, 0xxxx, and the European 116xxx lines.
 */
export function isValidNorwegianNumber(input: unknown): boolean {
  const n = normalizePhone(input);
  return /^([2-9]\d{7}|1\d{2}|1\d{3}|0\d{4}|116\d{3})$/.test(n);
}

/**
 * The `tel:` (or `sms:`) link for a number: short numbers as they are (`tel:112`), 8-digit numbers
 * with +47 (a phone on a foreign SIM roaming in Norway needs the country code), foreign numbers with
 * their code. '' for anything that is not a number, so garbage never becomes a link.
 */
export function telHref(number: unknown, kind: 'tel' | 'sms' = 'tel'): string {
  const n = normalizePhone(number);
  if (n === '') return '';
  if (n.startsWith('+')) return `${kind}:${n}`;
  return n.length === 8 ? `${kind}:+47${n}` : `${kind}:${n}`;
}
