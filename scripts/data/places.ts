/**
 * Places people search for (`seeds/places.json`): municipalities with their Sami and other
 * official names, and the local offices that serve them. Either an array of places or
 * `{ "places": [...] }`. Extra fields (sources, notes) are allowed and not copied.
 */
import { COUNTIES, type Place } from '../../src/catalog/types.ts';
import type { DataError } from './errors.ts';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the places file against the known service ids; returns the places sorted by name. */
export function buildPlaces(file: string, json: unknown, serviceIds: ReadonlySet<string>): { places: Place[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.places) ? json.places : null;
  if (!list) return { places: [], errors: [{ file, record: '-', field: '-', message: 'must be an array of places or {"places": [...]}' }] };
  const places: Place[] = [];
  const seen = new Set<string>();
  list.forEach((p: unknown, i: number) => {
    const before = errors.length;
    const rec = isObject(p) && typeof p.number === 'string' ? p.number : `#${i}`;
    const err = (field: string, message: string): void => {
      errors.push({ file, record: rec, field, message });
    };
    if (!isObject(p)) return err('-', 'must be an object');
    if (typeof p.name !== 'string' || p.name.trim() === '' || p.name.length > 100) err('name', 'must be a non-empty string (at most 100 characters)');
    if (typeof p.number !== 'string' || !/^\d{4}$/.test(p.number)) err('number', 'kommunenummer must be four digits');
    else if (seen.has(p.number)) err('number', 'duplicate kommunenummer');
    else seen.add(p.number);
    if (!(COUNTIES as readonly string[]).includes(p.county as string)) err('county', `unknown county ${JSON.stringify(p.county)}`);
    const alt = p.altNames ?? [];
    if (!Array.isArray(alt) || !alt.every((a) => typeof a === 'string' && a.trim() !== '' && a.length <= 100)) err('altNames', 'must be a list of names');
    const servedBy = p.servedBy ?? [];
    if (!Array.isArray(servedBy)) err('servedBy', 'must be a list of service ids');
    else
      servedBy.forEach((id, j) => {
        if (typeof id !== 'string' || !serviceIds.has(id)) err(`servedBy[${j}]`, `service ${JSON.stringify(id)} does not exist`);
      });
    if (errors.length > before) return;
    places.push({
      name: (p.name as string).normalize('NFC').trim(),
      number: p.number as string,
      county: p.county as Place['county'],
      altNames: (alt as string[]).map((a) => a.normalize('NFC').trim()),
      servedBy: [...new Set(servedBy as string[])],
    });
  });
  places.sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.number.localeCompare(b.number));
  return { places, errors };
}
