/**
 * Postings: for each term, which services have it, in which field weight and language. Built once
 * when the catalogue loads (all folding happens here), packed into typed arrays for fast scoring.
 */
import { LANGS, type CatalogText, type Service } from '../catalog/types.ts';
import { fieldsOf } from './fields.ts';
import { wordsOf } from './fold.ts';
import { STOP_WORDS } from './stopwords.ts';
import { Vocabulary } from './vocabulary.ts';

/** Language index used for fields tied to no language. */
export const NO_LANG = 255;

export interface Postings {
  vocab: Vocabulary;
  /** Term t's postings are [start[t], start[t+1]). */
  start: Int32Array;
  svc: Int32Array;
  weight: Float32Array;
  lang: Uint8Array;
  /** Rarity weight per term, 1 (everywhere) … 1.4 (one service). */
  idf: Float32Array;
  /** Original spelling of terms from names, keywords and places, for suggestions. */
  display: Map<number, string>;
  /**
   * Adjacent word pairs of each field ("domashnee nasilie"), svc → best weight per lang key: a
   * query that repeats a service's phrase beats one whose words are scattered over its keywords.
   */
  pairs: Map<string, Map<number, number>>;
}

/** Key of an adjacent pair of folded terms (a space never occurs inside a term). */
export const pairKey = (a: string, b: string): string => `${a} ${b}`;

export function buildPostings(services: Service[], texts: CatalogText[]): Postings {
  const vocab = new Vocabulary();
  // Per term: svc → lang → best weight (a word in a name and a keyword counts once, at its best).
  const raw: Map<number, number>[] = [];
  const display = new Map<number, string>();
  const pairs = new Map<string, Map<number, number>>();
  services.forEach((s, svc) => {
    for (const f of fieldsOf(s, texts)) {
      const lang = f.lang ? LANGS.indexOf(f.lang) : NO_LANG;
      const suggestible = f.weight >= 1.5;
      let prev: string | null = null;
      for (const { folded, original } of wordsOf(f.text)) {
        if (STOP_WORDS.has(folded)) continue;
        if (prev !== null) {
          const key = pairKey(prev, folded);
          let m = pairs.get(key);
          if (!m) pairs.set(key, (m = new Map()));
          const k = svc * 256 + lang;
          if ((m.get(k) ?? 0) < f.weight) m.set(k, f.weight);
        }
        prev = folded;
        const term = vocab.add(folded);
        if (suggestible && !display.has(term)) display.set(term, original);
        const m = (raw[term] ??= new Map());
        const key = svc * 256 + lang;
        if ((m.get(key) ?? 0) < f.weight) m.set(key, f.weight);
      }
    }
  });
  vocab.freeze();
  const n = vocab.terms.length;
  const start = new Int32Array(n + 1);
  let total = 0;
  for (let t = 0; t < n; t++) total += raw[t]?.size ?? 0;
  const svc = new Int32Array(total);
  const weight = new Float32Array(total);
  const lang = new Uint8Array(total);
  const idf = new Float32Array(n);
  const logN = Math.log(Math.max(2, services.length));
  let k = 0;
  for (let t = 0; t < n; t++) {
    start[t] = k;
    const seen = new Set<number>();
    for (const [key, w] of raw[t] ?? []) {
      svc[k] = Math.floor(key / 256);
      lang[k] = key % 256;
      weight[k] = w;
      seen.add(svc[k]!);
      k++;
    }
    idf[t] = 1 + (0.4 * Math.log(services.length / Math.max(1, seen.size))) / logN;
  }
  start[n] = k;
  return { vocab, start, svc, weight, lang, idf, display, pairs };
}
