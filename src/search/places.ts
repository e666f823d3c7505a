/**
 * Places people type: all municipalities (each of their parallel Sami/Kven names, other names people
 * use, names of former municipalities) and counties. A place in the query does not filter; it
 * re-ranks: the offices that serve it first (by their service areas, else by county), national
 * lines after, then offices nearby that do not serve it.
 * Everything per place is built once (token map) or once per place on first use (relevance per
 * service), so a keystroke costs a few map look-ups.
 */
import { COUNTIES, type Catalog, type County, type Service } from '../catalog/types.ts';
import { editDistance } from './edit-distance.ts';
import { haversineKm } from './geo.ts';
import { fold, tokensOf } from './fold.ts';
import { STOP_WORDS } from './stopwords.ts';

export interface PlaceEntry {
  /** Kommunenummer, or `county:<name>` for a county. */
  key: string;
  /** Official name, for display. */
  name: string;
  county: County | null;
  isCounty: boolean;
  servedBy: Set<string>;
  /** Folded content tokens of each of its names ("møre og romsdal" → more, romsdal). */
  names: string[][];
  /** Approximate centre, if known (municipalities of the catalogue). */
  lat?: number;
  lon?: number;
}

/**
 * Relevance of a service to a place, by how it is tied to it. An office serves a municipality
 * when its area lists it (or a source links it: `servedBy`), else when its area is the county;
 * an office nearby whose area leaves the place out ranks after the national lines.
 */
export const PLACE_REL = { located: 1, servedBy: 0.95, area: 0.9, county: 0.72, locationCounty: 0.6, national: 0.3, nearby: 0.2, none: 0 } as const;
/** Among offices serving a place by county, the nearer one first: at most this much extra, fading over NEAR_KM. */
const NEAR_BONUS = 0.12;
const NEAR_KM = 250;

/** Shortest token that may name a place on its own: "Bø"/"Os" are too easily ordinary words. */
const MIN_PLACE_TOKEN = 3;

const keyOf = (m: { number?: string; name: string }): string => m.number || fold(m.name);

export class PlaceIndex {
  readonly places: PlaceEntry[] = [];
  private readonly byKey = new Map<string, PlaceEntry>();
  private readonly byToken = new Map<string, PlaceEntry[]>();
  /** Tokens by length, for typo look-up without scanning every name. */
  private readonly byLength = new Map<number, string[]>();
  /** Two-letter names ("Bø", "Ås", "Hå", "Ål", "Os"), matched only as typed, letters and all. */
  private readonly shortNames = new Map<string, PlaceEntry[]>();
  private readonly services: Service[];
  private readonly relCache = new Map<PlaceEntry, Float32Array>();

  constructor(catalog: Catalog) {
    this.services = catalog.services ?? [];
    for (const county of COUNTIES) this.add(`county:${county}`, county, county, true, [county], []);
    for (const p of catalog.places ?? []) {
      const e = this.add(keyOf(p), p.name, p.county, false, [p.name, ...p.altNames, ...(p.formerNames ?? [])], p.servedBy);
      if (Number.isFinite(p.lat) && Number.isFinite(p.lon)) [e.lat, e.lon] = [p.lat, p.lon];
    }
    for (const s of this.services) {
      const munis = [...(s.location ? [s.location] : []), ...(s.area.type === 'municipalities' ? s.area.municipalities : [])];
      for (const m of munis) this.add(keyOf(m), m.name, m.county, false, [m.name, ...(m.altNames ?? [])], []);
    }
    for (const p of this.places)
      for (const toks of p.names)
        for (const t of new Set(toks)) {
          let l = this.byToken.get(t);
          if (!l) {
            this.byToken.set(t, (l = []));
            const byLen = this.byLength.get(t.length) ?? [];
            byLen.push(t);
            this.byLength.set(t.length, byLen);
          }
          if (!l.includes(p)) l.push(p);
        }
  }

  private add(key: string, name: string, county: County | null, isCounty: boolean, names: string[], servedBy: string[]): PlaceEntry {
    let p = this.byKey.get(key);
    if (!p) {
      p = { key, name, county, isCounty, servedBy: new Set(), names: [] };
      this.byKey.set(key, p);
      this.places.push(p);
    }
    for (const id of servedBy) p.servedBy.add(id);
    for (const n of names) {
      const toks = tokensOf(fold(n)).filter((t) => !STOP_WORDS.has(t));
      if (toks.length && !p.names.some((x) => x.join(' ') === toks.join(' '))) p.names.push(toks);
      const lower = n.toLocaleLowerCase('nb').normalize('NFC').trim();
      if (!isCounty && [...lower].length < MIN_PLACE_TOKEN && /^\p{L}+$/u.test(lower)) {
        const l = this.shortNames.get(lower) ?? [];
        if (!l.includes(p)) l.push(p);
        this.shortNames.set(lower, l);
      }
    }
    return p;
  }

  /** The place with this kommunenummer (or `county:<name>`). */
  get(key: string): PlaceEntry | undefined {
    return this.byKey.get(key);
  }

  /**
   * Places named in the query and the query tokens that name them. A place counts when all words of
   * one of its names are there, or one word that no other place has (so "varanger" is Sør-Varanger
   * but "nordre" alone is no place). Typos are tolerated for longer words when nothing is exact,
   * unless the word is one the catalogue itself uses (`known`): "halsen" in "kors på halsen" is a
   * name's word, not a misspelled Halden. Two-letter names count only when typed with their own
   * letters (`raw`: "ås", "bø", "os"; not "as", "bo").
   */
  detect(tokens: string[], known: (token: string) => boolean = () => false, raw = ''): { places: PlaceEntry[]; tokenIdx: Set<number> } {
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
      for (let len = tok.length - 1; len <= tok.length + 1; len++)
        for (const name of this.byLength.get(len) ?? [])
          if (name.length >= 5 && editDistance(tok, name, 1) === 1) this.byToken.get(name)!.forEach((p) => note(p, i));
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
    // "Indre Østfold" names a municipality and contains a county's name: the person means the
    // municipality, so the county (which would tie every office of the county) is dropped.
    for (let k = places.length - 1; k >= 0; k--) {
      const c = places[k]!;
      if (c.isCounty && places.some((m) => !m.isCounty && m.county === c.county && c.names.every((n) => n.every((w) => m.names.some((mn) => mn.includes(w))))))
        places.splice(k, 1);
    }
    if (raw && this.shortNames.size) {
      for (const w of raw.toLocaleLowerCase('nb').normalize('NFC').split(/[^\p{L}]+/u)) {
        const ps = w ? this.shortNames.get(w) : undefined;
        if (!ps) continue;
        for (const p of ps) if (!places.includes(p)) places.push(p);
        const i = tokens.indexOf(fold(w));
        if (i >= 0) tokenIdx.add(i);
      }
    }
    return { places, tokenIdx };
  }

  /** Relevance of every service (by index in the catalogue) to a place; computed once per place. */
  relevance(p: PlaceEntry): Float32Array {
    let r = this.relCache.get(p);
    if (!r) {
      r = new Float32Array(this.services.length);
      this.services.forEach((s, i) => (r![i] = this.relevanceOf(s, p)));
      this.relCache.set(p, r);
    }
    return r;
  }

  private relevanceOf(s: Service, p: PlaceEntry): number {
    const area = s.area;
    if (p.isCounty) {
      if (s.location?.county === p.county) return PLACE_REL.area;
      if (area.type === 'counties' && area.counties.includes(p.county!)) return PLACE_REL.area;
      if (area.type === 'municipalities' && area.municipalities.some((m) => m.county === p.county)) return PLACE_REL.area;
      return area.type === 'national' ? PLACE_REL.national : PLACE_REL.none;
    }
    if (s.location && keyOf(s.location) === p.key) return PLACE_REL.located;
    if (p.servedBy.has(s.id)) return PLACE_REL.servedBy;
    if (area.type === 'municipalities' && area.municipalities.some((m) => keyOf(m) === p.key)) return PLACE_REL.area;
    if (p.county && area.type === 'counties' && area.counties.includes(p.county)) return PLACE_REL.county + this.nearness(s, p);
    if (p.county && area.type === 'national' && s.group !== null && s.location?.county === p.county) return PLACE_REL.locationCounty;
    if (area.type === 'national') return PLACE_REL.national;
    if (p.county && (s.location?.county === p.county || (area.type === 'municipalities' && area.municipalities.some((m) => m.county === p.county))))
      return PLACE_REL.nearby;
    return PLACE_REL.none;
  }

  /** Up to NEAR_BONUS for an office whose municipality is close to the place's centre. */
  private nearness(s: Service, p: PlaceEntry): number {
    const at = s.location ? this.byKey.get(keyOf(s.location)) : undefined;
    if (p.lat === undefined || p.lon === undefined || at?.lat === undefined || at.lon === undefined) return 0;
    const km = haversineKm(p.lat, p.lon, at.lat, at.lon);
    return NEAR_BONUS * Math.max(0, 1 - km / NEAR_KM);
  }
}
