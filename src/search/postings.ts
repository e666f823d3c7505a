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

/** Entries of id t are [start[t], start[t+1]): service index, field weight, language index. */
export interface PostingList {
  start: Int32Array;
  svc: Int32Array;
  weight: Float32Array;
  lang: Uint8Array;
}

export interface Postings extends PostingList {
  vocab: Vocabulary;
  /** Rarity weight per term, 1 (everywhere) … 1.4 (one service). */
  idf: Float32Array;
  /** Number of services that have the term. */
  df: Int32Array;
  /** Original spelling of terms from names, keywords and places, for suggestions. */
  display: Map<number, string>;
  /**
   * Adjacent word pairs of each field ("domashnee nasilie") and their postings: a query that
   * repeats a service's phrase beats one whose words are scattered over its keywords.
   */
  pairIds: Map<string, number>;
  pairs: PostingList;
}

/** Key of an adjacent pair of folded terms (a space never occurs inside a term). */
export const pairKey = (a: string, b: string): string => `${a} ${b}`;

export function buildPostings(services: Service[], texts: CatalogText[]): Postings {
  const vocab = new Vocabulary();
  const display = new Map<number, string>();
  const pairIds = new Map<string, number>();
  // Offices of a group share most of their text (keywords, labels): fold and split each distinct
  // text once into term ids and pair ids; per service only the weights are merged.
  const cache = new Map<string, { terms: number[]; pairs: number[]; originals: string[] }>();
  const shown = new Set<string>();
  const parse = (text: string) => {
    let c = cache.get(text);
    if (!c) {
      const ws = wordsOf(text).filter((x) => !STOP_WORDS.has(x.folded));
      const pairs: number[] = [];
      for (let i = 1; i < ws.length; i++) {
        const key = pairKey(ws[i - 1]!.folded, ws[i]!.folded);
        let id = pairIds.get(key);
        if (id === undefined) pairIds.set(key, (id = pairIds.size));
        pairs.push(id);
      }
      c = { terms: ws.map((w) => vocab.add(w.folded)), pairs, originals: ws.map((w) => w.original) };
      cache.set(text, c);
    }
    return c;
  };
  // Per term (and per pair): flat [svc, lang, weight, …], one entry per service and language at its
  // best weight (a word in a name and a keyword counts once).
  const raw: number[][] = [];
  const rawPairs: number[][] = [];
  const local = new Map<number, number>();
  const localPairs = new Map<number, number>();
  const flush = (from: Map<number, number>, into: number[][], svc: number) => {
    for (const [key, w] of from) (into[Math.floor(key / 256)] ??= []).push(svc, key % 256, w);
    from.clear();
  };
  services.forEach((s, svc) => {
    for (const f of fieldsOf(s, texts)) {
      const lang = f.lang ? LANGS.indexOf(f.lang) : NO_LANG;
      const c = parse(f.text);
      if (f.weight >= 1.5 && !shown.has(f.text)) {
        shown.add(f.text);
        c.terms.forEach((t, i) => display.has(t) || display.set(t, c.originals[i]!));
      }
      for (const t of c.terms) {
        const key = t * 256 + lang;
        if ((local.get(key) ?? 0) < f.weight) local.set(key, f.weight);
      }
      for (const p of c.pairs) {
        const key = p * 256 + lang;
        if ((localPairs.get(key) ?? 0) < f.weight) localPairs.set(key, f.weight);
      }
    }
    flush(local, raw, svc);
    flush(localPairs, rawPairs, svc);
  });
  vocab.freeze();
  const n = vocab.terms.length;
  const packed = pack(raw, n);
  const idf = new Float32Array(n);
  const df = new Int32Array(n);
  const logN = Math.log(Math.max(2, services.length));
  for (let t = 0; t < n; t++) {
    let distinct = 0;
    for (let k = packed.start[t]!, prev = -1; k < packed.start[t + 1]!; k++) if (packed.svc[k] !== prev) (prev = packed.svc[k]!), distinct++;
    df[t] = distinct;
    idf[t] = 1 + (0.4 * Math.log(services.length / Math.max(1, distinct))) / logN;
  }
  return { vocab, ...packed, idf, df, display, pairIds, pairs: pack(rawPairs, pairIds.size) };
}

/** Packs flat [svc, lang, weight, …] lists per id into offset-indexed typed arrays. */
function pack(raw: number[][], n: number): PostingList {
  const start = new Int32Array(n + 1);
  let total = 0;
  for (let t = 0; t < n; t++) total += (raw[t]?.length ?? 0) / 3;
  const svc = new Int32Array(total);
  const weight = new Float32Array(total);
  const lang = new Uint8Array(total);
  let k = 0;
  for (let t = 0; t < n; t++) {
    start[t] = k;
    const l = raw[t];
    if (l)
      for (let i = 0; i < l.length; i += 3, k++) {
        svc[k] = l[i]!;
        lang[k] = l[i + 1]!;
        weight[k] = l[i + 2]!;
      }
  }
  start[n] = k;
  return { start, svc, weight, lang };
}
