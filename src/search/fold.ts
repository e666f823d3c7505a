/**
 * Letter folding for matching only — never for display. People type without æ/ø/å, without Sami
 * letters, on Arabic/Persian keyboards with their own digits. Both the catalogue (once, at load) and
 * each query go through the same `fold`, so equal folded strings mean "the same word typed
 * differently". The displayed text is always the record's own (gođđit stays gođđit, though it folds
 * to the same key as goddit: the search treats them alike, the screen never does).
 */

// Letters NFD does not decompose (sami-glossary §4c), plus look-alikes people use for them.
// ä/ö are first unified with æ/ø (Lule/South Sami write either, by country; §4a).
const LETTERS: Record<string, string> = {
  æ: 'ae', ä: 'ae', ø: 'o', ö: 'o', œ: 'oe',
  đ: 'd', ð: 'd', ŋ: 'n', ŧ: 't', þ: 't', ł: 'l', ß: 'ss', ı: 'i',
  // Arabic-script variants that people type interchangeably (Arabic, Persian and Urdu keyboards).
  'ى': 'ي', 'ی': 'ي', 'ے': 'ي', 'ة': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ک': 'ك', 'ـ': '',
};
const LETTER_RE = /[æäøöœđðŋŧþłßıىیےةہھۀکـ]/g;
// Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits → ASCII, for phone numbers.
const DIGIT_RE = /[\u0660-\u0669\u06f0-\u06f9]/g;
const MARKS_RE = /\p{M}+/gu;

/**
 * Folds a whole string: lower case, ä/ö unified, marks stripped (á č š ž ï å ń …), đ ŋ ŧ æ ø mapped,
 * and the digraphs people write for å and ø ("aa", "oe") collapsed, so Bærum/baerum,
 * Tromsø/tromso/tromsoe and Snåase/Snaase meet. Punctuation is kept (the tokenizer splits on it).
 */
export function fold(text: string): string {
  let t = text.toLowerCase();
  // ä/ö must be mapped before NFD, or they would lose their dots and become plain a/o.
  t = t.replace(/[äö]/g, (c) => (c === 'ä' ? 'æ' : 'ø'));
  t = t.normalize('NFD').replace(MARKS_RE, '');
  t = t.replace(LETTER_RE, (c) => LETTERS[c] ?? c);
  t = t.replace(DIGIT_RE, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  // å→a already happened (NFD); "aa" is the old spelling of å, "oe" a common stand-in for ø.
  return t.replace(/aa/g, 'a').replace(/oe/g, 'o');
}

const SPLIT_RE = /[^\p{L}\p{N}]+/u;

/** Longest token kept: longer runs are not words anyone types, and edit distance stays cheap. */
export const MAX_TOKEN = 32;

/** Splits already folded text into word tokens (letters and digits of any script). */
export function tokensOf(folded: string): string[] {
  const out: string[] = [];
  for (const t of folded.split(SPLIT_RE)) if (t) out.push(t.length > MAX_TOKEN ? t.slice(0, MAX_TOKEN) : t);
  return out;
}

/** Folds and splits a display string, keeping each folded token's original spelling (for suggestions). */
export function wordsOf(text: string): { folded: string; original: string }[] {
  const words = text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  // Usually folding keeps the word boundaries: fold the whole text once and pair the words up.
  const whole = tokensOf(fold(text));
  if (whole.length === words.length) return whole.map((folded, i) => ({ folded, original: words[i]! }));
  const out: { folded: string; original: string }[] = [];
  for (const w of words) {
    for (const f of tokensOf(fold(w))) out.push({ folded: f, original: w });
  }
  return out;
}
