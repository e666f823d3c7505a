/**
 * The term dictionary: every folded word of the catalogue once, with the ways a typed token can
 * reach it — exact, as a prefix (still typing), with an ending (kjæresten → kjæreste), inside a
 * compound (senter → krisesenter), or with typos (barnehsu → barnehus). Typo and infix candidates
 * come from a bigram index, so a lookup touches only words that share letters with the token.
 */
import { allowedEdits, editDistance } from './edit-distance.ts';

export interface TermMatch {
  term: number;
  /** 0..1: how sure we are the token means this term. */
  quality: number;
}

/** Match qualities; exact > ending > prefix > typo > infix (compound part). */
export const Q = { exact: 1, ending: 0.85, variant: 0.75, prefixMin: 0.55, prefixSpan: 0.35, typo1: 0.7, typo2: 0.5, typoPrefix: 0.5, infix: 0.45 } as const;

/**
 * Another ending on the same stem (насильство / насильстві, smurtas / smurto, krisesenter /
 * krisesentre): the stem keeps at least VARIANT.stem letters and all but the token's last
 * VARIANT.tokenTail; the term's own ending is at most VARIANT.termTail letters.
 */
const VARIANT = { stem: 5, tokenTail: 2, termTail: 3 } as const;

/** Most prefix expansions per token: a 2-letter token should not fan out to the whole vocabulary. */
const MAX_PREFIX = 60;

export class Vocabulary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private sorted: number[] = [];
  private bigrams = new Map<string, Int32Array>();
  private counts = new Int32Array(0);

  /** Id of a folded term, added if new. Call `freeze` after the last one. */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  freeze(): void {
    const terms = this.terms;
    this.sorted = terms.map((_, i) => i).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
    const lists = new Map<string, number[]>();
    terms.forEach((t, id) => {
      for (const g of bigramsOf(t)) {
        let l = lists.get(g);
        if (!l) lists.set(g, (l = []));
        if (l[l.length - 1] !== id) l.push(id);
      }
    });
    this.bigrams = new Map([...lists].map(([g, l]) => [g, Int32Array.from(l)]));
    this.counts = new Int32Array(terms.length);
  }

  /** All terms this token may stand for, best quality per term. */
  lookup(token: string, out: Map<number, number> = new Map()): Map<number, number> {
    const put = (term: number, q: number) => {
      if ((out.get(term) ?? 0) < q) out.set(term, q);
    };
    const exact = this.ids.get(token);
    if (exact !== undefined) put(exact, Q.exact);
    const len = token.length;
    // Still typing: the token starts a longer word. Closer to complete = better.
    if (len >= 2) {
      for (let i = this.lowerBound(token), n = 0; i < this.sorted.length && n < MAX_PREFIX; i++, n++) {
        const id = this.sorted[i]!;
        const t = this.terms[id]!;
        if (!t.startsWith(token)) break;
        if (t.length > len) put(id, Q.prefixMin + (Q.prefixSpan * len) / t.length);
      }
    }
    // An ending on a known word (definite forms, plurals): kjæresten, krisesenteret, overgrepene.
    // Endings are at most three letters (-en, -et, -ene, -ane); the stem keeps at least four.
    for (let cut = len - 1; cut >= Math.max(4, len - 3); cut--) {
      const id = this.ids.get(token.slice(0, cut));
      if (id !== undefined) put(id, Q.ending - 0.05 * (len - cut - 1));
    }
    // The same stem with another ending: inflected languages (uk, ru, pl, lt) and Norwegian plurals.
    const stem = Math.max(VARIANT.stem, len - VARIANT.tokenTail);
    if (len >= VARIANT.stem + 1) {
      const head = token.slice(0, stem);
      for (let i = this.lowerBound(head); i < this.sorted.length; i++) {
        const id = this.sorted[i]!;
        const t = this.terms[id]!;
        if (!t.startsWith(head)) break;
        if (t !== token && t.length <= stem + VARIANT.termTail && t.length >= stem + 1) put(id, Q.variant);
      }
    }
    if (len >= 4) this.fuzzy(token, exact === undefined, put);
    return out;
  }

  /** Position in the sorted terms of the first term ≥ `token`. */
  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[this.sorted[mid]!]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The nearest term by edit distance among terms that pass `keep` (for "did you mean"): more
   * tolerant than `lookup` (a third of the word may be wrong). Ties: the shorter, then alphabetical.
   */
  closest(token: string, keep: (term: number) => boolean): { term: number; edits: number } | null {
    const max = Math.max(1, Math.floor(token.length / 3));
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of bigramsOf(token)) {
      const list = this.bigrams.get(g);
      if (list)
        for (let i = 0; i < list.length; i++) {
          const id = list[i]!;
          if (counts[id] === 0) touched.push(id);
          counts[id] = counts[id]! + 1;
        }
    }
    let best: { term: number; edits: number } | null = null;
    for (const id of touched) {
      counts[id] = 0;
      if (!keep(id)) continue;
      const t = this.terms[id]!;
      const e = editDistance(token, t, best ? Math.min(best.edits, max) : max);
      if (e > max) continue;
      const bt = best && this.terms[best.term]!;
      if (!best || e < best.edits || (e === best.edits && (t.length < bt!.length || (t.length === bt!.length && t < bt!))))
        best = { term: id, edits: e };
    }
    return best;
  }

  /** Typos (only when the token is not itself a word) and compound parts, via shared bigrams. */
  private fuzzy(token: string, typos: boolean, put: (term: number, q: number) => void): void {
    const grams = bigramsOf(token);
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.bigrams.get(g);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!;
        if (counts[id] === 0) touched.push(id);
        counts[id] = counts[id]! + 1;
      }
    }
    const len = token.length;
    const d = allowedEdits(len);
    // An edit changes at most 3 bigrams (a swap), so a term within d edits shares ≥ n − 3d of them.
    const typoMin = Math.max(2, grams.length - 3 * d);
    // A compound part shares every bigram of the token except its two boundary ones.
    const infixMin = grams.length - 2;
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      const t = this.terms[id]!;
      if (typos && shared >= typoMin) {
        const e = editDistance(token, t, d);
        if (e > 0 && e <= d) {
          put(id, e === 1 ? Q.typo1 : Q.typo2);
          continue;
        }
        // A typo in a word still being typed: compare with the term's start.
        if (t.length > len) {
          const p = editDistance(token, t.slice(0, len), d);
          if (p > 0 && p <= d) put(id, Q.typoPrefix);
        }
      }
      if (shared >= infixMin && t.length > len + 2 && t.indexOf(token, 1) > 0) put(id, Q.infix);
    }
  }
}

/** Padded bigrams ("^k", "kr", …, "r$"), unique, so a count is the number of shared bigrams. */
export function bigramsOf(term: string): string[] {
  const s = `^${term}$`;
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return [...out];
}
