/**
 * "Use my location", on the device only: the municipality whose centre is nearest to a position.
 * Pure and offline: it looks only at the centres shipped with the catalogue, so the position never
 * leaves the phone. A centre is approximate (Kartverket centroid), so the person always confirms.
 */
import type { Place } from '../catalog/types.ts';
import { haversineKm } from './geo.ts';

/** Mainland Norway and its islands with a margin; Svalbard has no municipality. The data build checks every centre against it. */
export const NORWAY_BOUNDS = { minLat: 57.5, maxLat: 71.5, minLon: 4, maxLon: 31.5 } as const;
/**
 * Farther than this from every municipality centre is not in Norway (Sweden, the open sea): no
 * guess. Generous: the south of Kautokeino is about 70 km from its centre.
 */
export const MAX_KM = 100;

/** The municipality nearest to (lat, lon), or null for a position that is invalid or not in Norway. */
export function nearestPlace(places: readonly Place[], lat: unknown, lon: unknown): Place | null {
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const b = NORWAY_BOUNDS;
  if (lat < b.minLat || lat > b.maxLat || lon < b.minLon || lon > b.maxLon) return null;
  let best: Place | null = null;
  let bestKm = Infinity;
  for (const p of places) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const km = haversineKm(lat, lon, p.lat, p.lon);
    if (km < bestKm) [best, bestKm] = [p, km];
  }
  return bestKm <= MAX_KM ? best : null;
}
