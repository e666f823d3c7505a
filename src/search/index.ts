/**
 * Search over the catalogue: finds help however it is typed (typos, missing æ/ø/å and Sami letters,
 * any of the 15 languages, situations in the person's own words, places incl. Sami names, phone
 * numbers), pure logic, no DOM.
 *
 *   createSearchIndex(catalog, texts?) -> SearchIndex   (build once when data loads; folds once)
 *   index.search(query, { lang, filters, now? }) -> SearchResult[]   (best first)
 *   index.suggest(query) -> string | null   (closest known spelling when nothing matches)
 *
 * Design: a folded inverted index (postings.ts) over short fields (fields.ts), a term dictionary
 * with prefix / ending / typo / compound lookup (vocabulary.ts), query units with a curated situation
 * table (query.ts, situations.ts), place re-ranking (places.ts), phone matching (phone.ts).
 */
import type { Audience, Catalog, CatalogText, CategoryId, County, Lang, Service } from '../catalog/types.ts';
import { LANGS } from '../catalog/types.ts';
import { openState, osloClock } from '../catalog/hours.ts';
import { passes } from './filters.ts';
import { wordsOf } from './fold.ts';
import { CATEGORY_TERMS } from './labels.ts';
import { STOP_WORDS } from './stopwords.ts';
import { indexForms } from './phone.ts';
import { PlaceIndex } from './places.ts';
import { buildPostings, NAME_LANG, pairKey, type Postings } from './postings.ts';
import { MAX_QUERY_CHARS, parseQuery, unitsOf, type Unit } from './query.ts';
import { suggestFor } from './suggest.ts';
import { Q } from './vocabulary.ts';

export interface SearchFilters {
  category?: CategoryId;
  audience?: Audience;
  county?: County;
  openNow?: boolean;
  free?: boolean;
  anonymous?: boolean;
}

export interface SearchResult {
  service: Service;
  score: number;
}

export interface SearchIndex {
  search(query: string, opts: { lang: Lang; filters?: SearchFilters; now?: Date; limit?: number }): SearchResult[];
  suggest(query: string): string | null;
}

/** Matches in the reader's own language rank first. */
const READER_BOOST = 1.3;
/** Phone matches: a whole number is as sure as it gets; a number still being typed less so. */
const PHONE_SCORE = { exact: 8, prefix: 4, part: 2 } as const;
/** Place factor = base + relevance: the local office ×1.35, national lines ×0.65, elsewhere ×0.35. */
const PLACE_BASE = 0.35;
/** Two query words that are adjacent in one of the service's names or keywords: a phrase match. */
const PAIR_BONUS = 0.6;
/** Per word, the best few dictionary readings tried for phrase pairs. */
const PAIR_READINGS = 3;
/**
 * Among equally good matches, what reaches help soonest first: national services (they serve
 * wherever the person is), then those with a certain phone number, then those always open.
 */
const PRIOR = { national: 0.03, phone: 0.01, always: 0.01 } as const;
/**
 * A word that names a category (labels.ts) lifts the services of that category above services that
 * merely mention the word: "kjønnslemlestelse" → the NSK specialists before general lines.
 */
const CATEGORY_BOOST = 1.15;
/**
 * A word typed wrong or not yet finished (no exact reading) that is close to a service's name: that
 * name first, before services that merely have a look-alike keyword ("krisesentr", "barnehsu").
 */
const NAME_FUZZY = 1.25;
/** Scores closer than this (relative) are a tie: float noise must not decide the order. */
const TIE = 1e-6;
/** Only-place queries: relevance scaled to the size of a word match. */
const PLACE_ONLY_SCALE = 3;

const hasExact = (readings: Map<number, number>): boolean => {
  for (const q of readings.values()) if (q >= Q.exact) return true;
  return false;
};

/** Builds the search index for a catalogue. */
export function createSearchIndex(catalog: Catalog, texts: CatalogText[] = []): SearchIndex {
  const services = catalog.services ?? [];
  // Open-now breaks ties in ranking; the first Oslo-time lookup loads time-zone data (tens of ms
  // on a cheap phone): pay that while the index builds, not on the first keystroke.
  osloClock(new Date());
  const post = buildPostings(services, texts.filter(Boolean));
  const places = new PlaceIndex({ ...catalog, services });
  const phones = phoneTable(services);
  const n = services.length;
  // Scratch arrays reused by every search (one search runs at a time: JS is single-threaded).
  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  const unitBest = new Float64Array(n);
  const groupSum = new Float64Array(n);
  const tokBest = new Float64Array(n);
  /** Adjacent query-word pairs found together in one of the service's phrases (tie-break). */
  const pairHits = new Uint8Array(n);
  const prior = services.map(
    (s) => 1 + (s.area?.type === 'national' ? PRIOR.national : 0) + (s.phones?.length ? PRIOR.phone : 0) + (s.schedule?.type === 'always' ? PRIOR.always : 0),
  );
  const categoryOfTerm = categoryTerms(post, services);
  const lookups = new Map<string, Map<number, number>>();
  /** Dictionary readings of a query word, memoised per search. */
  const lookup = (t: string) => {
    let m = lookups.get(t);
    if (!m) lookups.set(t, (m = post.vocab.lookup(t)));
    return m;
  };

  /** Phrase bonus: adjacent query words found adjacent in a field (only for services already matched). */
  function scorePairs(words: string[], lang: number): void {
    const readings = words.map((w) =>
      [...lookup(w)].filter(([, q]) => q >= Q.typo1).sort((a, b) => b[1] - a[1]).slice(0, PAIR_READINGS),
    );
    for (let i = 0; i + 1 < words.length; i++) {
      const best = new Map<number, number>();
      for (const [ta, qa] of readings[i]!)
        for (const [tb, qb] of readings[i + 1]!) {
          const id = post.pairIds.get(pairKey(post.vocab.terms[ta]!, post.vocab.terms[tb]!));
          if (id === undefined) continue;
          const p = post.pairs;
          for (let k = p.start[id]!; k < p.start[id + 1]!; k++) {
            const s = p.svc[k]!;
            const v = Math.min(qa, qb) * p.weight[k]! * PAIR_BONUS * (p.lang[k] === lang || p.lang[k] === NAME_LANG ? READER_BOOST : 1);
            if (matched[s]! > 0 && (best.get(s) ?? 0) < v) best.set(s, v);
          }
        }
      for (const [s, v] of best) {
        total[s] = total[s]! + v;
        if (pairHits[s]! < 255) pairHits[s] = pairHits[s]! + 1;
      }
    }
  }

  function scoreUnits(units: Unit[], lang: number, touched: number[]): void {
    for (const unit of units) {
      const unitTouched: number[] = [];
      for (const g of unit.groups) {
        const groupTouched: number[] = [];
        for (const tok of g.tokens) {
          const tokTouched: number[] = [];
          const readings = lookup(tok);
          // A word that is no word of the catalogue is most likely a misspelled name.
          const nameBoost = readings.size && !hasExact(readings) ? READER_BOOST * NAME_FUZZY : READER_BOOST;
          for (const [term, q] of readings) {
            // Rarity counts for words the person surely typed (exact, or with another ending); for a
            // typo or an unfinished word it would favour rare look-alikes ("krisesentr" is
            // krisesenter, not the rarer keyword "krisesentre").
            const sure = q >= 1 || (q >= Q.variant && !post.vocab.terms[term]!.startsWith(tok));
            const f = q * g.weight * (sure ? post.idf[term]! : 1);
            for (let k = post.start[term]!, end = post.start[term + 1]!; k < end; k++) {
              const s = post.svc[k]!;
              const l = post.lang[k]!;
              const v = f * post.weight[k]! * (l === NAME_LANG ? nameBoost : l === lang ? READER_BOOST : 1);
              if (tokBest[s] === 0) tokTouched.push(s);
              if (v > tokBest[s]!) tokBest[s] = v;
            }
          }
          for (const s of tokTouched) {
            if (groupSum[s] === 0) groupTouched.push(s);
            groupSum[s] = groupSum[s]! + tokBest[s]! / g.tokens.length;
            tokBest[s] = 0;
          }
        }
        for (const s of groupTouched) {
          if (unitBest[s] === 0) unitTouched.push(s);
          if (groupSum[s]! > unitBest[s]!) unitBest[s] = groupSum[s]!;
          groupSum[s] = 0;
        }
      }
      for (const s of unitTouched) {
        if (matched[s] === 0 && total[s] === 0) touched.push(s);
        total[s] = total[s]! + unitBest[s]!;
        matched[s] = matched[s]! + 1;
        unitBest[s] = 0;
      }
    }
  }

  function scorePhones(typed: string[][], touched: number[]): void {
    for (const candidates of typed) {
      const best = new Map<number, number>();
      for (const c of candidates)
        for (const [num, svcs] of phones) {
          const v = num === c ? PHONE_SCORE.exact : num.startsWith(c) ? PHONE_SCORE.prefix * (c.length / num.length) + 1
            : c.length >= 5 && num.includes(c) ? PHONE_SCORE.part : 0;
          if (v) for (const s of svcs) if ((best.get(s) ?? 0) < v) best.set(s, v);
        }
      for (const [s, v] of best) {
        if (matched[s] === 0 && total[s] === 0) touched.push(s);
        total[s] = total[s]! + v;
        matched[s] = matched[s]! + 1;
      }
    }
  }

  return {
    search(query, opts) {
      const limit = Math.max(0, Math.min(opts.limit ?? 50, n));
      const now = opts.now ?? new Date();
      const filters = opts.filters;
      const parsed = parseQuery(typeof query === 'string' ? query : '');
      if (!parsed.tokens.length && !parsed.phones.length) {
        const out: SearchResult[] = [];
        for (const s of services) if (out.length < limit && passes(s, filters, now)) out.push({ service: s, score: 0 });
        return out;
      }
      const found = places.detect(
        parsed.tokens,
        (t) => {
          const id = post.vocab.id(t);
          return id !== undefined && post.display.has(id);
        },
        typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '',
      );
      const words = parsed.tokens.filter((_, i) => !found.tokenIdx.has(i));
      const units = unitsOf(words);
      const unitCount = units.length + parsed.phones.length;
      const touched: number[] = [];
      const lang = LANGS.indexOf(opts.lang);
      lookups.clear();
      scoreUnits(units, lang, touched);
      scorePairs(words, lang);
      const named = new Set<CategoryId>();
      for (const w of words) for (const [term, q] of lookup(w)) if (q >= Q.ending) for (const c of categoryOfTerm.get(term) ?? []) named.add(c);
      scorePhones(parsed.phones, touched);
      let candidates: { i: number; score: number }[];
      const relOf = found.places.map((p) => places.relevance(p));
      const rel = (i: number) => {
        let best = 0;
        for (const r of relOf) if (r[i]! > best) best = r[i]!;
        return best;
      };
      if (unitCount === 0) {
        // Only places: everything tied to them, local first, then national lines.
        candidates = [];
        services.forEach((_, i) => {
          const r = rel(i);
          if (r > 0) candidates.push({ i, score: r * PLACE_ONLY_SCALE * prior[i]! });
        });
      } else {
        candidates = touched.map((i) => {
          const coverage = matched[i]! / unitCount;
          let score = total[i]! * (0.25 + 0.75 * coverage * coverage) * prior[i]!;
          if (named.size && services[i]!.categories.some((c) => named.has(c))) score *= CATEGORY_BOOST;
          if (found.places.length) score *= PLACE_BASE + rel(i);
          return { i, score };
        });
      }
      // Equal scores (shared keywords): more query words together in one phrase, then an office one
      // can call (a certain number of its own), then open now, then catalogue order.
      const hasPhone = (i: number) => (services[i]!.phones.some((p) => p.kind !== 'sms') ? 1 : 0);
      const openNow = new Map<number, number>();
      const isOpen = (i: number) => {
        let o = openNow.get(i);
        if (o === undefined) openNow.set(i, (o = openState(services[i]!.schedule, now).open === true ? 1 : 0));
        return o;
      };
      candidates.sort((a, b) => {
        const d = b.score - a.score;
        if (Math.abs(d) > TIE * Math.max(a.score, b.score)) return d;
        return pairHits[b.i]! - pairHits[a.i]! || hasPhone(b.i) - hasPhone(a.i) || isOpen(b.i) - isOpen(a.i) || a.i - b.i;
      });
      for (const i of touched) {
        total[i] = 0;
        matched[i] = 0;
        pairHits[i] = 0;
      }
      const out: SearchResult[] = [];
      for (const c of candidates) {
        if (out.length >= limit) break;
        const s = services[c.i]!;
        if (passes(s, filters, now)) out.push({ service: s, score: c.score });
      }
      return out;
    },
    suggest(query) {
      return suggestFor(typeof query === 'string' ? query : '', post, places);
    },
  };
}

/**
 * Dictionary term → the categories it names (from the category words of every language). A word
 * names a category only if it is characteristic of it: at least 40% of the services that have the
 * word (local offices of a group counted once) are in that category ("krisesenter" yes; "vold", from "æresrelatert vold", no).
 */
function categoryTerms(post: Postings, services: Service[]): Map<number, CategoryId[]> {
  const out = new Map<number, CategoryId[]>();
  for (const [cat, terms] of Object.entries(CATEGORY_TERMS) as [CategoryId, Partial<Record<Lang, string>>][])
    for (const text of Object.values(terms))
      for (const { folded } of wordsOf(text)) {
        const id = post.vocab.id(folded);
        if (id === undefined || STOP_WORDS.has(folded)) continue;
        // By owner: forty local crisis centres carrying a word count as one service.
        const have = new Set<number>();
        const inCat = new Set<number>();
        for (let k = post.start[id]!; k < post.start[id + 1]!; k++) {
          const s = post.svc[k]!;
          have.add(post.owner[s]!);
          if (services[s]!.categories.includes(cat)) inCat.add(post.owner[s]!);
        }
        if (inCat.size < 0.4 * have.size) continue;
        const l = out.get(id) ?? [];
        if (!l.includes(cat)) l.push(cat);
        out.set(id, l);
      }
  return out;
}

/** Every dialable number (and its forms) → the services that have it. */
function phoneTable(services: Service[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  services.forEach((s, i) => {
    for (const p of [...(s.phones ?? []), ...(s.sms ?? [])])
      for (const form of indexForms(p.number)) {
        const l = table.get(form) ?? [];
        if (!l.includes(i)) l.push(i);
        table.set(form, l);
      }
  });
  return table;
}

export type { Postings };
