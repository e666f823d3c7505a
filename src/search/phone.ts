/**
 * Phone numbers as people type them: "116006", "116 006", "+47 116 006", "0047 47 80 90 50",
 * "47809050" (a real 8-digit number that starts with 47 — so "47" alone is never stripped unless the
 * rest is still a whole Norwegian number), in Arabic-Indic digits (folded before this runs).
 */

/** A run of digits with the separators people put in numbers. Bounded: no backtracking blow-up. */
const PHONE_RE = /(?:\+|00)?\d(?:[ \t().\-\/]{0,2}\d){2,15}/g;

export interface PhoneSpan {
  /** Candidate national numbers, digits only (most literal first). */
  candidates: string[];
  start: number;
  end: number;
}

/** National forms of a typed number: as typed, and without the country code when it had one. */
export function phoneCandidates(typed: string): string[] {
  const hasPlus = /^\s*\+/.test(typed);
  const digits = typed.replace(/\D/g, '');
  const out = new Set<string>();
  if (hasPlus && digits.startsWith('47')) out.add(digits.slice(2));
  else if (digits.startsWith('0047')) out.add(digits.slice(4));
  else {
    out.add(digits);
    // "47 116 006" or "4722400040": a country code without + or 00, only if a whole number remains.
    // Norwegian numbers have at most 8 digits, so a longer run starting with 47 carries the country
    // code; a short one only when the rest is a 116 xxx line or an emergency number.
    const rest = digits.slice(2);
    if (digits.startsWith('47') && (digits.length > 8 || rest.startsWith('116') || rest.length === 3)) out.add(rest);
  }
  if (hasPlus && !digits.startsWith('47')) out.add(digits);
  return [...out].filter((d) => d.length >= 3);
}

/** Finds phone-like runs (≥ 3 digits) in folded query text. */
export function findPhones(text: string): PhoneSpan[] {
  const out: PhoneSpan[] = [];
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const candidates = phoneCandidates(m[0]);
    if (candidates.length) out.push({ candidates, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The text with its phone-like runs blanked out, so their digits are not also read as words. */
export function withoutPhones(text: string): string {
  return text.replace(PHONE_RE, ' ');
}

/** The forms a catalogue number is indexed under: national digits, and without +47 for foreign-style entries. */
export function indexForms(number: string): string[] {
  const digits = number.replace(/\D/g, '');
  if (number.trim().startsWith('+47')) return [digits.slice(2), digits];
  return [digits];
}
