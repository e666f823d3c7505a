/**
 * Places people search for, from three seed files:
 *  - `seeds/kommuner-2024.json`: all 357 municipalities (Kartverket, CC BY 4.0): official name with
 *    its Sami/Kven parallel names ("Unjárga - Nesseby"), county, an approximate centre;
 *  - `seeds/places.json`: what we add to a municipality (source-backed `servedBy` links, other
 *    names such as towns or older Sami spellings);
 *  - `seeds/former-names.json`: names that went away in the 2017–2020 reform, each mapped to the
 *    municipality it now belongs to, with its source.
 * Every problem is reported as file › record › field.
 */
import { COUNTIES, type County, type Place } from '../../src/catalog/types.ts';
import { NORWAY_BOUNDS } from '../../src/search/nearest.ts';
import type { DataError } from './errors.ts';
import { isHttpsUrl, isIsoDate } from './validate.ts';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A seed file as read from disk (or a parse error). */
export interface PlaceFile {
  file: string;
  json: unknown;
  parseError?: string;
}

export interface PlaceFiles {
  municipalities?: PlaceFile;
  places?: PlaceFile;
  formerNames?: PlaceFile;
}

/** "Unjárga - Nesseby": the official parallel names are joined by a spaced hyphen. */
const PARALLEL_SEP = ' - ';
const PUBLISHED_RE = /^(\d{4}(-\d{2}(-\d{2})?)?|udatert)$/;
const MAX_NAME = 100;

const goodName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_NAME && !/[\u0000-\u001f]/.test(v);

/** Splits an official name into its parallel names ("Unjárga - Nesseby" → Unjárga, Nesseby). */
export function parallelNames(official: string): string[] {
  return official.split(PARALLEL_SEP).map((s) => s.trim()).filter(Boolean);
}

/** The county of an official county name that may carry parallel names ("Troms - Romsa - Tromssa" → Troms). */
function countyOf(v: unknown): County | null {
  if (typeof v !== 'string') return null;
  const first = parallelNames(v)[0];
  return (COUNTIES as readonly string[]).includes(first ?? '') ? (first as County) : null;
}

function fileErrors(f: PlaceFile | undefined, errors: DataError[]): boolean {
  if (!f) return false;
  if (f.parseError === undefined) return true;
  errors.push({ file: f.file, record: '-', field: '-', message: `not valid JSON: ${f.parseError}` });
  return false;
}

/** The municipality file: the base list. */
function readMunicipalities(f: PlaceFile, errors: DataError[]): Place[] {
  const err = (record: string, field: string, message: string) => errors.push({ file: f.file, record, field, message });
  const json = f.json;
  if (!isObject(json) || !Array.isArray(json.kommuner)) {
    err('-', '-', 'must be {"source": {...}, "kommuner": [...]}');
    return [];
  }
  const src = json.source;
  if (!isObject(src)) err('-', 'source', 'must name the source: {url, licence, credit}');
  else {
    if (!isHttpsUrl(src.url)) err('-', 'source.url', 'must be an https URL');
    if (typeof src.licence !== 'string' || !src.licence.trim()) err('-', 'source.licence', 'the licence must be named');
    if (typeof src.credit !== 'string' || !src.credit.trim()) err('-', 'source.credit', 'the credit the licence asks for must be named');
  }
  const out: Place[] = [];
  const seen = new Set<string>();
  json.kommuner.forEach((k: unknown, i: number) => {
    const before = errors.length;
    const rec = isObject(k) && typeof k.number === 'string' ? k.number : `#${i}`;
    if (!isObject(k)) return err(rec, '-', 'must be an object');
    if (typeof k.number !== 'string' || !/^\d{4}$/.test(k.number)) err(rec, 'number', 'kommunenummer must be four digits');
    else if (seen.has(k.number)) err(rec, 'number', 'duplicate kommunenummer');
    else seen.add(k.number);
    if (!goodName(k.name) || parallelNames(k.name).length === 0) err(rec, 'name', `must be a non-empty name (at most ${MAX_NAME} characters)`);
    const county = countyOf(k.county);
    if (!county) err(rec, 'county', `unknown county ${JSON.stringify(k.county)}`);
    if (typeof k.countyNumber !== 'string' || typeof k.number !== 'string' || !k.number.startsWith(k.countyNumber) || k.countyNumber.length !== 2)
      err(rec, 'countyNumber', 'must be the first two digits of the kommunenummer');
    const b = NORWAY_BOUNDS;
    if (typeof k.lat !== 'number' || !Number.isFinite(k.lat) || k.lat < b.minLat || k.lat > b.maxLat) err(rec, 'lat', `must be a latitude in Norway (${b.minLat}–${b.maxLat})`);
    if (typeof k.lon !== 'number' || !Number.isFinite(k.lon) || k.lon < b.minLon || k.lon > b.maxLon) err(rec, 'lon', `must be a longitude in Norway (${b.minLon}–${b.maxLon})`);
    if (errors.length > before) return;
    const name = (k.name as string).normalize('NFC').trim();
    const parts = parallelNames(name);
    out.push({
      name,
      number: k.number as string,
      county: county!,
      altNames: parts.length > 1 ? parts : [],
      formerNames: [],
      servedBy: [],
      lat: k.lat as number,
      lon: k.lon as number,
    });
  });
  return out;
}

/** `seeds/places.json`: links and extra names for municipalities of the base list. */
function applyPlaces(f: PlaceFile, byNumber: Map<string, Place>, serviceIds: ReadonlySet<string>, errors: DataError[]): void {
  const json = f.json;
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.places) ? json.places : null;
  if (!list) {
    errors.push({ file: f.file, record: '-', field: '-', message: 'must be an array of places or {"places": [...]}' });
    return;
  }
  const seen = new Set<string>();
  list.forEach((p: unknown, i: number) => {
    const rec = isObject(p) && typeof p.number === 'string' ? p.number : `#${i}`;
    const err = (field: string, message: string) => errors.push({ file: f.file, record: rec, field, message });
    if (!isObject(p)) return err('-', 'must be an object');
    const before = errors.length;
    let place: Place | undefined;
    if (typeof p.number !== 'string' || !/^\d{4}$/.test(p.number)) err('number', 'kommunenummer must be four digits');
    else if (seen.has(p.number)) err('number', 'duplicate kommunenummer');
    else if (!(place = byNumber.get(p.number))) err('number', `no municipality ${p.number} in the municipality list`);
    seen.add(String(p.number));
    // Name and county are optional here, but if given they must be the municipality's: a typo in
    // the number would otherwise tie the links to the wrong place.
    if (p.name !== undefined && (!goodName(p.name) || (place && p.name !== place.name && !parallelNames(place.name).includes(p.name as string))))
      err('name', place ? `${JSON.stringify(p.name)} is not the name of municipality ${place.number} (${place.name})` : 'must be a name');
    if (p.county !== undefined && (!countyOf(p.county) || (place && countyOf(p.county) !== place.county)))
      err('county', place ? `${JSON.stringify(p.county)} is not the county of ${place.name} (${place.county})` : `unknown county ${JSON.stringify(p.county)}`);
    const alt = p.altNames ?? [];
    if (!Array.isArray(alt) || !alt.every(goodName)) err('altNames', 'must be a list of names');
    const servedBy = p.servedBy ?? [];
    if (!Array.isArray(servedBy)) err('servedBy', 'must be a list of service ids');
    else
      servedBy.forEach((id, j) => {
        if (typeof id !== 'string' || !serviceIds.has(id)) err(`servedBy[${j}]`, `service ${JSON.stringify(id)} does not exist`);
      });
    for (const k of Object.keys(p)) if (!['name', 'number', 'county', 'altNames', 'servedBy', 'sources', 'notes'].includes(k)) err(k, 'unknown field');
    if (errors.length > before || !place) return;
    for (const a of alt as string[]) {
      const n = a.normalize('NFC').trim();
      if (n !== place.name && !place.altNames.includes(n)) place.altNames.push(n);
    }
    for (const id of servedBy as string[]) if (!place.servedBy.includes(id)) place.servedBy.push(id);
  });
}

/** `seeds/former-names.json`: a former municipality's name → the municipality it is part of now. */
function applyFormerNames(f: PlaceFile, byNumber: Map<string, Place>, errors: DataError[]): void {
  const json = f.json;
  const fail = (record: string, field: string, message: string) => errors.push({ file: f.file, record, field, message });
  if (!isObject(json) || !Array.isArray(json.names) || !isObject(json.sources)) {
    fail('-', '-', 'must be {"sources": {...}, "names": [...]}');
    return;
  }
  const sources = json.sources;
  for (const [key, s] of Object.entries(sources)) {
    if (!isObject(s)) {
      fail('-', `sources.${key}`, 'must be {url, checked, published, fact}');
      continue;
    }
    if (!isHttpsUrl(s.url)) fail('-', `sources.${key}.url`, 'must be an https URL');
    if (!isIsoDate(s.checked)) fail('-', `sources.${key}.checked`, 'must be a date YYYY-MM-DD');
    if (typeof s.published !== 'string' || !PUBLISHED_RE.test(s.published)) fail('-', `sources.${key}.published`, 'must be "YYYY", "YYYY-MM", "YYYY-MM-DD" or "udatert"');
    if (typeof s.fact !== 'string' || !s.fact.trim()) fail('-', `sources.${key}.fact`, 'must say what the source says');
  }
  // A former name that is also a current municipality's name would make the search guess.
  const current = new Set<string>();
  for (const p of byNumber.values()) for (const n of [p.name, ...parallelNames(p.name)]) current.add(n.toLocaleLowerCase('nb'));
  const seen = new Set<string>();
  json.names.forEach((e: unknown, i: number) => {
    const rec = isObject(e) && typeof e.name === 'string' ? e.name : `#${i}`;
    const err = (field: string, message: string) => fail(rec, field, message);
    if (!isObject(e)) return err('-', 'must be an object');
    const before = errors.length;
    if (!goodName(e.name)) err('name', 'must be a name');
    else if (current.has(e.name.toLocaleLowerCase('nb'))) err('name', 'is the name of a municipality today: it cannot also stand for another');
    else if (seen.has(e.name.toLocaleLowerCase('nb'))) err('name', 'listed twice');
    else seen.add(e.name.toLocaleLowerCase('nb'));
    const place = typeof e.now === 'string' ? byNumber.get(e.now) : undefined;
    if (!place) err('now', `must be the kommunenummer of a municipality in the list, not ${JSON.stringify(e.now)}`);
    if (typeof e.until !== 'number' || !Number.isInteger(e.until) || e.until < 1838 || e.until > 2100) err('until', 'must be the last year the municipality existed');
    if (!Array.isArray(e.sources) || e.sources.length === 0) err('sources', 'a former name needs a source');
    else e.sources.forEach((k, j) => typeof k === 'string' && k in sources ? undefined : err(`sources[${j}]`, `unknown source ${JSON.stringify(k)}`));
    for (const k of Object.keys(e)) if (!['name', 'now', 'until', 'sources', 'notes'].includes(k)) err(k, 'unknown field');
    if (errors.length > before) return;
    place!.formerNames.push((e.name as string).normalize('NFC').trim());
  });
}

/** Validates the place files against the known service ids; returns the places sorted by name. */
export function buildPlaces(files: PlaceFiles, serviceIds: ReadonlySet<string>): { places: Place[]; errors: DataError[] } {
  const errors: DataError[] = [];
  if (!fileErrors(files.municipalities, errors)) {
    if (!files.municipalities && (files.places || files.formerNames))
      errors.push({ file: (files.places ?? files.formerNames)!.file, record: '-', field: '-', message: 'needs the municipality list seeds/kommuner-2024.json' });
    return { places: [], errors };
  }
  const places = readMunicipalities(files.municipalities!, errors);
  const byNumber = new Map(places.map((p) => [p.number, p]));
  if (fileErrors(files.places, errors)) applyPlaces(files.places!, byNumber, serviceIds, errors);
  if (fileErrors(files.formerNames, errors)) applyFormerNames(files.formerNames!, byNumber, errors);
  places.sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.number.localeCompare(b.number));
  return { places, errors };
}
