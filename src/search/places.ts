/**
 * Places people type: municipalities (with their Sami and other official names) and counties.
 * A place in the query does not filter; it re-ranks: the office in that place (or serving it) first,
 * then offices in the same county, then national lines, then offices elsewhere.
 */
import { COUNTIES, type Catalog, type County, type Service } from '../catalog/types.ts';
import { editDistance } from './edit-distance.ts';
import { fold, tokensOf } from './fold.ts';
import { STOP_WORDS } from './stopwords.ts';

export interface PlaceEntry {
  /** Kommunenummer, or `county:<name>` for a county. */
  key: string;
  county: County | null;
  isCounty: boolean;
  servedBy: Set<string>;
  /** Folded content tokens of each of its names ("møre og romsdal" → more, romsdal). */
  names: string[][];
}

/** Relevance of a service to a place, by how it is tied to it. */
export const PLACE_REL = { located: 1, servedBy: 0.95, area: 0.9, county: 0.6, national: 0.3, none: 0 } as const;

/** Shortest token that may name a place: "Bø"/"Os" are too easily ordinary words. */
const MIN_PLACE_TOKEN = 3;

export class PlaceIndex {
  readonly places: PlaceEntry[] = [];
  private readonly byKey = new Map<string, PlaceEntry>();
  private readonly byToken = new Map<string, PlaceEntry[]>();

  constructor(catalog: Catalog) {
    for (const county of COUNTIES) this.add(`county:${county}`, county, true, [county], []);
    for (const p of catalog.places ?? []) this.add(p.number || fold(p.name), p.county, false, [p.name, ...p.altNames], p.servedBy);
    for (const s of catalog.services) {
      const munis = [...(s.location ? [s.location] : []), ...(s.area.type === 'municipalities' ? s.area.municipalities : [])];
      for (const m of munis) this.add(m.number || fold(m.name), m.county, false, [m.name, ...(m.altNames ?? [])], []);
    }
    for (const p of this.places)
      for (const toks of p.names)
        for (const t of new Set(toks)) {
          let l = this.byToken.get(t);
          if (!l) this.byToken.set(t, (l = []));
          if (!l.includes(p)) l.push(p);
        }
  }

  private add(key: string, county: County | null, isCounty: boolean, names: string[], servedBy: string[]): void {
    let p = this.byKey.get(key);
    if (!p) {
      p = { key, county, isCounty, servedBy: new Set(), names: [] };
      this.byKey.set(key, p);
      this.places.push(p);
    }
    for (const id of servedBy) p.servedBy.add(id);
    for (const n of names) {
      const toks = tokensOf(fold(n)).filter((t) => !STOP_WORDS.has(t));
      if (toks.length && !p.names.some((x) => x.join(' ') === toks.join(' '))) p.names.push(toks);
    }
  }

  /**
   * Places named in the query and the query tokens that name them. A place counts when all words of
   * one of its names are there, or one word that no other place has (so "varanger" is Sør-Varanger
   * but "nordre" alone is no place). Typos are tolerated for longer words when nothing is exact,
   * unless the word is one the catalogue itself uses (`known`): "halsen" in "kors på halsen" is a
   * name's word, not a misspelled Halden.
   */
  detect(tokens: string[], known: (token: string) => boolean = () => false): { places: PlaceEntry[]; tokenIdx: Set<number> } {
    const hits = new Map<PlaceEntry, Set<number>>();
    const note = (p: PlaceEntry, i: number) => {
      let s = hits.get(p);
      if (!s) hits.set(p, (s = new Set()));
      s.add(i);
    };
    tokens.forEach((tok, i) => {
      if (tok.length < MIN_PLACE_TOKEN || /^\d+$/.test(tok)) return;
      const exact = this.byToken.get(tok);
      if (exact) return exact.forEach((p) => note(p, i));
      if (tok.length < 5 || known(tok)) return;
      for (const [name, ps] of this.byToken)
        if (name.length >= 5 && Math.abs(name.length - tok.length) <= 1 && editDistance(tok, name, 1) === 1) ps.forEach((p) => note(p, i));
    });
    const places: PlaceEntry[] = [];
    const tokenIdx = new Set<number>();
    for (const [p, idx] of hits) {
      const words = new Set([...idx].map((i) => tokens[i]!));
      const whole = p.names.some((n) => n.every((w) => words.has(w) || [...words].some((x) => editDistance(x, w, 1) <= 1)));
      const unique = [...idx].some((i) => (this.byToken.get(tokens[i]!)?.length ?? 2) === 1 && tokens[i]!.length >= 4);
      if (whole || unique) {
        places.push(p);
        idx.forEach((i) => tokenIdx.add(i));
      }
    }
    return { places, tokenIdx };
  }
}

/** How a service relates to a place (see PLACE_REL). */
export function placeRelevance(s: Service, p: PlaceEntry): number {
  const area = s.area;
  if (p.isCounty) {
    if (s.location?.county === p.county) return PLACE_REL.area;
    if (area.type === 'counties' && area.counties.includes(p.county!)) return PLACE_REL.area;
    if (area.type === 'municipalities' && area.municipalities.some((m) => m.county === p.county)) return PLACE_REL.area;
    return area.type === 'national' ? PLACE_REL.national : PLACE_REL.none;
  }
  if (s.location && (s.location.number || fold(s.location.name)) === p.key) return PLACE_REL.located;
  if (p.servedBy.has(s.id)) return PLACE_REL.servedBy;
  if (area.type === 'municipalities' && area.municipalities.some((m) => (m.number || fold(m.name)) === p.key)) return PLACE_REL.area;
  if (
    p.county &&
    (s.location?.county === p.county ||
      (area.type === 'counties' && area.counties.includes(p.county)) ||
      (area.type === 'municipalities' && area.municipalities.some((m) => m.county === p.county)))
  )
    return PLACE_REL.county;
  return area.type === 'national' ? PLACE_REL.national : PLACE_REL.none;
}
