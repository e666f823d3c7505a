/** Finding the services of a link in the catalogue. Pure. */
import type { Catalog, Phone, Service } from '../catalog/types.ts';
import { aliasOf, isAlias } from './listLink.ts';

export interface ResolvedList {
  /** Services that exist, in the link's order. */
  found: Service[];
  /** Well-formed references (ids or aliases) the catalogue no longer has (removed, or never existed). */
  missing: string[];
}

/**
 * Splits references (ids, or aliases from a long list's link) into the services the catalogue has
 * and the references it has not. A service named twice (id and alias) is listed once.
 * An alias two services share (never in a tested catalogue) counts as missing rather than guessing.
 */
export function resolveServices(catalog: Pick<Catalog, 'services'>, refs: readonly string[]): ResolvedList {
  const byId = new Map(catalog.services.map((s) => [s.id, s] as const));
  let byAlias: Map<string, Service | null> | null = null;
  const found: Service[] = [];
  const missing: string[] = [];
  for (const ref of refs) {
    let s: Service | null | undefined = byId.get(ref);
    if (!s && isAlias(ref)) {
      if (!byAlias) {
        byAlias = new Map();
        for (const c of catalog.services) {
          const a = aliasOf(c.id);
          byAlias.set(a, byAlias.has(a) ? null : c);
        }
      }
      s = byAlias.get(ref);
    }
    if (!s) missing.push(ref);
    else if (!found.includes(s)) found.push(s);
  }
  return { found, missing };
}

/** The number to put in large print: the first voice number (never an SMS-only line). */
export function mainPhone(service: Pick<Service, 'phones'>): Phone | null {
  return service.phones.find((p) => p.kind !== 'sms') ?? null;
}
