/**
 * Deterministic OCR repair through the reviewed table `seeds/ocr-corrections.json`.
 * No guessing: a word that is not in the table is left as it is. See the table's `about`
 * for the matching rules (whole tokens, capitalised variants, longest first, one pass).
 */

export type CorrectionTable = Record<string, string>;

/** Characters that glue onto a token: letters, digits, and the OCR stand-ins for æ/ø/å. */
const TOKEN_CHAR = String.raw`\p{L}\p{N}@&`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);

/** Checks the table's shape; throws naming the bad entry. */
export function checkTable(raw: unknown): CorrectionTable {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('ocr-corrections: "corrections" must be an object');
  const table: CorrectionTable = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'string') throw new Error(`ocr-corrections: value of "${k}" must be a string`);
    if (k.trim() === '' || k !== k.trim()) throw new Error(`ocr-corrections: key "${k}" is empty or has outer spaces`);
    table[k] = v;
  }
  return table;
}

/** Builds a corrector `(text) => repaired text` from a table. */
export function makeCorrector(table: CorrectionTable): (text: string) => string {
  const expanded = new Map<string, string>();
  for (const [k, v] of Object.entries(table)) {
    expanded.set(k, v);
    // Lower-case entries also cover the word at the start of a sentence or title.
    const first = k.charAt(0);
    if (first !== first.toLocaleUpperCase('nb')) {
      const K = capitalise(k);
      if (!table[K]) expanded.set(K, capitalise(v));
    }
  }
  if (expanded.size === 0) return (text) => text;
  const keys = [...expanded.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const re = new RegExp(`(?<![${TOKEN_CHAR}])(?:${keys.map(escape).join('|')})(?![${TOKEN_CHAR}])`, 'gu');
  return (text) => text.replace(re, (m) => expanded.get(m) ?? m);
}

/** Tokens of `text` that are keys of the table (i.e. still mangled), for tests and reports. */
export function mangledWords(text: string, table: CorrectionTable): string[] {
  const found: string[] = [];
  for (const k of Object.keys(table)) {
    if (table[k] === k) continue;
    const re = new RegExp(`(?<![${TOKEN_CHAR}])${escape(k)}(?![${TOKEN_CHAR}])`, 'u');
    if (re.test(text)) found.push(k);
  }
  return found;
}
