/**
 * Postings: for each term, which services have it, in which field weight and language. Built once
 * when the catalogue loads (all folding happens here), packed into typed arrays for fast scoring.
 */
import { LANGS, type CatalogText, type Service } from '../catalog/types.ts';
import { fieldsOf } from './fields.ts';
import { wordsOf } from './fold.ts';
import { STOP_WORDS } from './stopwords.ts';
import { Vocabulary } from './vocabulary.ts';

/** Language index used for fields tied to no language (places, organisation): no reader's boost. */
export const NO_LANG = 255;
/**
 * Language index of names: a service's name (in any language) is what people type whatever language
 * they read in, so a name match always gets the reader's boost.
 */
export const NAME_LANG = 254;

/**
 * Keyword specificity: a keyword phrase that one service carries says more about it than a phrase
 * copied onto many ("tvangsekteskap sak" vs the shared "tvangsekteskap"). A keyword's weight is
 * WEIGHT.keyword × (floor + span × rarity), rarity 1 for one owner … 0 for all of them (log scale).
 * Mild on purpose (2.2 … 2.7): a name (3) always stays above any keyword, and rare junk cannot win.
 */
const KEYWORD_SPEC = { floor: 0.88, span: 0.2 } as const;
/** Rarity weight of a term, 1 (every owner has it) … 1 + IDF_SPAN (one owner). */
const IDF_SPAN = 0.4;

/** Entries of id t are [start[t], start[t+1]): service index, field weight, language index. */
export interface PostingList {
  start: Int32Array;
  svc: Int32Array;
  weight: Float32Array;
  lang: Uint8Array;
}

export interface Postings extends PostingList {
  vocab: Vocabulary;
  /** Rarity weight per term, 1 (every owner has it) … 1.4 (one owner). */
  idf: Float32Array;
  /** Number of owners (a group of local offices counts once, see `owner`) that have the term. */
  df: Int32Array;
  /** Owner index per service: local offices of one group share one (they share their keywords). */
  owner: Int32Array;
  /** Number of distinct owners. */
  owners: number;
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
  const cache = new Map<string, { terms: number[]; pairs: number[]; originals: string[]; key: string }>();
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
      const key = ws.map((w) => w.folded).join(' ');
      c = { terms: ws.map((w) => vocab.add(w.folded)), pairs, originals: ws.map((w) => w.original), key };
      cache.set(text, c);
    }
    return c;
  };
  // Owners: the local offices of a group are one service for rarity (they share keywords).
  const ownerIds = new Map<string, number>();
  const owner = Int32Array.from(services, (s) => {
    const k = s.group ?? s.id;
    let o = ownerIds.get(k);
    if (o === undefined) ownerIds.set(k, (o = ownerIds.size));
    return o;
  });
  const owners = Math.max(2, ownerIds.size);
  const logOwners = Math.log(owners);
  const fields = services.map((s) => fieldsOf(s, texts));
  // Keyword phrase (folded content words) → owners that carry it, for keyword specificity.
  const phraseOwners = new Map<string, Set<number>>();
  fields.forEach((fs, svc) => {
    for (const f of fs)
      if (f.kind !== 'keyword') parse(f.text);
      else {
        const key = parse(f.text).key;
        let set = phraseOwners.get(key);
        if (!set) phraseOwners.set(key, (set = new Set()));
        set.add(owner[svc]!);
      }
  });
  const rarity = (df: number) => 1 - Math.log(Math.max(1, df)) / logOwners;
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
  fields.forEach((fs, svc) => {
    for (const f of fs) {
      const lang = f.kind === 'name' ? NAME_LANG : f.lang ? LANGS.indexOf(f.lang) : NO_LANG;
      const c = parse(f.text);
      const weight =
        f.kind === 'keyword' ? f.weight * (KEYWORD_SPEC.floor + KEYWORD_SPEC.span * rarity(phraseOwners.get(c.key)?.size ?? 1)) : f.weight;
      if (f.weight >= 1.5 && !shown.has(f.text)) {
        shown.add(f.text);
        c.terms.forEach((t, i) => display.has(t) || display.set(t, c.originals[i]!));
      }
      for (const t of c.terms) {
        const key = t * 256 + lang;
        if ((local.get(key) ?? 0) < weight) local.set(key, weight);
        // A name's word in definite or plural form also names its base word: "Krisesenteret i
        // Salten" is a krisesenter (the same ending rule as for query words, done once here).
        if (f.kind === 'name')
          for (const b of baseForms(vocab.terms[t]!, vocab)) {
            const bk = b * 256 + lang;
            if ((local.get(bk) ?? 0) < weight) local.set(bk, weight);
          }
      }
      for (const p of c.pairs) {
        const key = p * 256 + lang;
        if ((localPairs.get(key) ?? 0) < weight) localPairs.set(key, weight);
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
  const seen = new Int32Array(owners).fill(-1);
  for (let t = 0; t < n; t++) {
    let distinct = 0;
    for (let k = packed.start[t]!; k < packed.start[t + 1]!; k++) {
      const o = owner[packed.svc[k]!]!;
      if (seen[o] !== t) (seen[o] = t), distinct++;
    }
    df[t] = distinct;
    idf[t] = 1 + IDF_SPAN * rarity(distinct);
  }
  return { vocab, ...packed, idf, df, owner, owners, display, pairIds, pairs: pack(rawPairs, pairIds.size) };
}

/** Known words that `term` is with an ending of one to three letters (stem of at least four). */
function baseForms(term: string, vocab: Vocabulary): number[] {
  const out: number[] = [];
  for (let cut = term.length - 1; cut >= Math.max(4, term.length - 3); cut--) {
    const id = vocab.id(term.slice(0, cut));
    if (id !== undefined) out.push(id);
  }
  return out;
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
