/** The list filters (category, audience, county, open now, free, anonymous). */
import { openState } from '../catalog/hours.ts';
import type { Service } from '../catalog/types.ts';
import type { SearchFilters } from './index.ts';

/** True when the service passes every filter set. A national service serves every county. */
export function passes(s: Service, f: SearchFilters | undefined, now: Date): boolean {
  if (!f) return true;
  if (f.category && !s.categories.includes(f.category)) return false;
  if (f.audience && !s.audiences.includes(f.audience)) return false;
  if (f.free && s.free !== true) return false;
  if (f.anonymous && s.anonymous !== true) return false;
  if (f.county && !servesCounty(s, f.county)) return false;
  if (f.openNow && openState(s.schedule, now).open !== true) return false;
  return true;
}

export function servesCounty(s: Service, county: string): boolean {
  const a = s.area;
  if (a.type === 'national') return true;
  if (a.type === 'counties') return (a.counties as string[]).includes(county);
  if (a.municipalities.some((m) => m.county === county)) return true;
  return s.location?.county === county;
}
