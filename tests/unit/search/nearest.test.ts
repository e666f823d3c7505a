import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlaces } from '../../../scripts/data/places.ts';
import type { Place } from '../../../src/catalog/types.ts';
import { nearestPlace } from '../../../src/search/nearest.ts';
import { haversineKm } from '../../../src/search/geo.ts';

// The real municipality list (Kartverket centres), as the build puts it into the catalogue.
const { places, errors } = buildPlaces(
  { municipalities: { file: 'seeds/kommuner-2024.json', json: JSON.parse(readFileSync('seeds/kommuner-2024.json', 'utf8')) } },
  new Set(),
);
const at = (lat: unknown, lon: unknown) => nearestPlace(places, lat, lon)?.name ?? null;

describe('nearestPlace: the municipality nearest to a position, on the device', () => {
  it('reads all 357 centres', () => {
    expect(errors).toEqual([]);
    expect(places).toHaveLength(357);
  });

  it.each([
    ['Lyngdal sentrum', 58.137, 7.07, 'Lyngdal'],
    ['Nesodden', 59.81, 10.66, 'Nesodden'],
    ['Oslo sentrum', 59.913, 10.75, 'Oslo'],
    ['Bergen sentrum', 60.39, 5.32, 'Bergen'],
    ['Tromsø by (on its island, far from the centre of the municipality)', 69.6496, 18.956, 'Tromsø'],
    ['Karasjok', 69.47, 25.51, 'Kárášjohka - Karasjok'],
    ['Kirkenes', 69.727, 30.045, 'Sør-Varanger'],
    ['Ski (the former municipality, now Nordre Follo)', 59.719, 10.835, 'Nordre Follo'],
    ['Utsira, a small island', 59.3, 4.88, 'Utsira'],
    ['the south of Kautokeino, 70 km from its centre', 68.6, 22.6, 'Guovdageaidnu - Kautokeino'],
  ])('%s → %s', (_, lat, lon, want) => {
    expect(at(lat, lon)).toBe(want);
  });

  it('a point exactly on a centre is that municipality; halfway between two centres it is one of the two', () => {
    const [a, b] = [places.find((p) => p.name === 'Moss')!, places.find((p) => p.name === 'Råde')!];
    expect(at(a.lat, a.lon)).toBe('Moss');
    expect(['Moss', 'Råde']).toContain(at((a.lat + b.lat) / 2, (a.lon + b.lon) / 2));
    // Just past halfway towards Råde is Råde (unless a third centre is nearer still).
    const p = { lat: a.lat + 0.55 * (b.lat - a.lat), lon: a.lon + 0.55 * (b.lon - a.lon) };
    const nearest = nearestPlace(places, p.lat, p.lon)!;
    expect(haversineKm(p.lat, p.lon, nearest.lat, nearest.lon)).toBeLessThanOrEqual(haversineKm(p.lat, p.lon, b.lat, b.lon));
  });

  it.each([
    ['Stockholm', 59.33, 18.07],
    ['Haparanda (Sweden, inside the bounding box)', 65.84, 24.14],
    ['Longyearbyen (Svalbard: no municipality)', 78.22, 15.65],
    ['the North Sea', 58.0, 4.1],
    ['the equator', 0, 0],
    ['south of Norway', 57.49, 8],
    ['latitude out of range', 91, 10],
    ['longitude out of range', 60, 181],
  ])('%s → no municipality', (_, lat, lon) => {
    expect(at(lat, lon)).toBeNull();
  });

  it.each([
    [Number.NaN, 10],
    [60, Number.NaN],
    [Number.POSITIVE_INFINITY, 10],
    ['60', '10'],
    [undefined, undefined],
    [null, null],
    [{}, []],
  ])('bad input (%s, %s) → null, never a guess', (lat, lon) => {
    expect(at(lat, lon)).toBeNull();
  });

  it('an empty list, or places without a usable centre, give null', () => {
    expect(nearestPlace([], 60, 10)).toBeNull();
    const broken: Place = { ...places[0]!, lat: Number.NaN, lon: Number.NaN };
    expect(nearestPlace([broken], broken.lat, broken.lon)).toBeNull();
    expect(nearestPlace([broken, places.find((p) => p.name === 'Oslo')!], 59.913, 10.75)?.name).toBe('Oslo');
  });
});
