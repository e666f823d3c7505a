/**
 * Turns what was typed into query units. Hostile input is cut down first (200 chars, 12 words,
 * 32 chars a word), so every later step is bounded. A unit is one "thing the person said": a word,
 * a phone number, or a situation phrase with its concept words; each unit should be matched once.
 */
import { fold, tokensOf } from './fold.ts';
import { findPhones, withoutPhones } from './phone.ts';
import { SITUATIONS } from './situations.ts';
import { STOP_WORDS, withoutStopWords } from './stopwords.ts';

export const MAX_QUERY_CHARS = 200;
export const MAX_TOKENS = 12;

/** A list of words scored together (their mean): a concept like "negativ sosial kontroll". */
export interface Group {
  tokens: string[];
  weight: number;
}

export interface Unit {
  /** Alternative readings; a service scores the best of them. */
  groups: Group[];
}

export interface ParsedQuery {
  /** Content words, folded, in order (before situations regroup them). */
  tokens: string[];
  /** Each phone number typed, as its candidate national forms. */
  phones: string[][];
}

/** Concept words weigh a little less than the person's own words. */
const MEANS_WEIGHT = 0.9;

export function parseQuery(raw: string): ParsedQuery {
  let text = fold(String(raw ?? '').slice(0, MAX_QUERY_CHARS));
  const phones: string[][] = [];
  for (const p of findPhones(text).slice(0, 4)) phones.push(p.candidates);
  if (phones.length) text = withoutPhones(text);
  const tokens = withoutStopWords(tokensOf(text)).slice(0, MAX_TOKENS);
  return { tokens, phones };
}

const PHRASES = SITUATIONS.map((s) => ({
  when: s.when.map((w) => tokensOf(fold(w)).filter((t) => !STOP_WORDS.has(t))).filter((w) => w.length),
  means: s.means.map((m) => tokensOf(fold(m)).filter((t) => !STOP_WORDS.has(t))).filter((m) => m.length),
}));

/** Query word `q` says phrase word `p`: equal, or `p` with an ending ("kjæresten" for "kjæreste"). */
function says(q: string, p: string): boolean {
  return q === p || (p.length >= 4 && q.length <= p.length + 4 && q.startsWith(p));
}

/**
 * Groups the words into units: situation phrases first (their words become one unit together with
 * the concept words they mean), then every remaining word on its own.
 */
export function unitsOf(tokens: string[]): Unit[] {
  const used = new Array<boolean>(tokens.length).fill(false);
  const units: Unit[] = [];
  for (const row of PHRASES) {
    let best: number[] | null = null;
    for (const phrase of row.when) {
      const idx: number[] = [];
      for (const w of phrase) {
        const i = tokens.findIndex((t, k) => !used[k] && !idx.includes(k) && says(t, w));
        if (i < 0) break;
        idx.push(i);
      }
      if (idx.length === phrase.length && (!best || idx.length > best.length)) best = idx;
    }
    if (!best) continue;
    best.forEach((i) => (used[i] = true));
    // The phrase's own words count together (their mean), like a concept: "gifte bort" is one
    // thing, and a service with only "bort" (in "må komme meg bort") has not matched it.
    const own = { tokens: best.map((i) => tokens[i]!), weight: 1 };
    units.push({ groups: [own, ...row.means.map((m) => ({ tokens: m, weight: MEANS_WEIGHT }))] });
  }
  tokens.forEach((t, i) => {
    if (!used[i]) units.push({ groups: [{ tokens: [t], weight: 1 }] });
  });
  return units;
}
