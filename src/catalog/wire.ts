/**
 * The catalogue as it travels to the phone and sits in the offline cache: the same data with the
 * repetition taken out. Local offices of one group (43 krisesentre …) share most fields — texts,
 * keywords in 15 languages, measures — and many records cite the same sources. Shipping them once
 * keeps the offline copy small enough for a cheap phone with little storage.
 *
 * `unpackCatalog(packCatalog(c))` deep-equals `c`. Pure: no DOM.
 */
import type { Catalog, CatalogText, Service, Source } from './types.ts';

/** A service with the fields equal to its group's shared values left out, and sources as indexes into `WireCatalog.sources`. */
export type WireService = Partial<Omit<Service, 'sources'>> & {
  id: string;
  sources?: Record<string, number>;
  /** Fields the group shares that this record does not have at all. */
  $absent?: string[];
};

export interface WireCatalog extends Omit<Catalog, 'services'> {
  wire: 1;
  /** Field values shared by the offices of each group. */
  groups: Record<string, Partial<Omit<Service, 'sources'>>>;
  sources: Source[];
  services: WireService[];
}

export interface WireText extends Omit<CatalogText, 'services'> {
  wire: 1;
  /** Texts shared by every office of a group that has no own text. */
  groups: Record<string, CatalogText['services'][string]>;
  services: CatalogText['services'];
}

const canon = (v: unknown): string => JSON.stringify(v);

/** The most common value of `field` among `items` (ties: the first seen), if it is shared by at least two. */
function sharedValue<T>(items: T[], read: (item: T) => unknown): unknown {
  const counts = new Map<string, { n: number; value: unknown }>();
  for (const item of items) {
    const value = read(item);
    if (value === undefined) continue;
    const key = canon(value);
    const hit = counts.get(key);
    if (hit) hit.n++;
    else counts.set(key, { n: 1, value });
  }
  let best: { n: number; value: unknown } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best && best.n >= 2 ? best.value : undefined;
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(item);
    map.set(k, list);
  }
  return map;
}

/** Packs a catalogue for shipping. */
export function packCatalog(catalog: Catalog): WireCatalog {
  const sources: Source[] = [];
  const sourceIndex = new Map<string, number>();
  const groups: WireCatalog['groups'] = {};
  for (const [group, members] of groupBy(catalog.services, (s) => s.group)) {
    const shared: Record<string, unknown> = {};
    const fields = new Set(members.flatMap((m) => Object.keys(m)));
    for (const field of fields) {
      if (field === 'id' || field === 'sources' || field === 'group') continue;
      const v = sharedValue(members, (m) => (m as unknown as Record<string, unknown>)[field]);
      if (v !== undefined) shared[field] = v;
    }
    groups[group] = shared as WireCatalog['groups'][string];
  }
  const services = catalog.services.map((s) => {
    const shared = (s.group ? groups[s.group] : undefined) as Record<string, unknown> | undefined;
    const out: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(s)) {
      if (field === 'sources') continue;
      if (shared && field in shared && canon(shared[field]) === canon(value)) continue;
      out[field] = value;
    }
    // A field the group shares but this office lacks must stay absent after unpacking.
    const absent = shared ? Object.keys(shared).filter((field) => !(field in s)) : [];
    if (absent.length) out.$absent = absent;
    const refs: Record<string, number> = {};
    for (const [key, src] of Object.entries(s.sources)) {
      const c = canon(src);
      let i = sourceIndex.get(c);
      if (i === undefined) {
        i = sources.push(src) - 1;
        sourceIndex.set(c, i);
      }
      refs[key] = i;
    }
    out.sources = refs;
    return out as WireService;
  });
  const { services: _s, ...rest } = catalog;
  return { ...rest, wire: 1, groups, sources, services };
}

/** Restores the catalogue from its shipped form. Throws on a malformed pack. */
export function unpackCatalog(wire: WireCatalog): Catalog {
  if (wire?.wire !== 1 || !Array.isArray(wire.services) || !Array.isArray(wire.sources)) throw new Error('catalogue: not a packed catalogue');
  const services = wire.services.map((w) => {
    const shared = (w.group ? wire.groups[w.group] : undefined) ?? {};
    const merged: Record<string, unknown> = { ...structuredCloneJson(shared) };
    for (const [field, value] of Object.entries(w)) {
      if (field !== 'sources' && field !== '$absent') merged[field] = value;
    }
    for (const field of w.$absent ?? []) delete merged[field];
    const sources: Record<string, Source> = {};
    for (const [key, i] of Object.entries(w.sources ?? {})) {
      const src = wire.sources[i];
      if (!src) throw new Error(`catalogue: service ${w.id} cites a missing source`);
      sources[key] = src;
    }
    merged.sources = sources;
    return merged as unknown as Service;
  });
  const { wire: _w, groups: _g, sources: _src, services: _s, ...rest } = wire;
  return { ...rest, services };
}

/** Packs one language's texts: a group's common text once, offices only where they differ. */
export function packText(text: CatalogText, catalog: Catalog): WireText {
  const groups: WireText['groups'] = {};
  const services: WireText['services'] = {};
  const byGroup = groupBy(catalog.services, (s) => s.group);
  for (const [group, members] of byGroup) {
    const entries = members.map((m) => text.services[m.id]).filter((e): e is NonNullable<typeof e> => !!e);
    const shared: Record<string, unknown> = {};
    const fields = new Set(entries.flatMap((e) => Object.keys(e)));
    for (const field of fields) {
      const v = sharedValue(entries, (e) => (e as Record<string, unknown>)[field]);
      if (v !== undefined) shared[field] = v;
    }
    if (Object.keys(shared).length) groups[group] = shared as WireText['groups'][string];
  }
  for (const s of catalog.services) {
    const entry = text.services[s.id];
    if (!entry) continue;
    const shared = (s.group ? groups[s.group] : undefined) as Record<string, unknown> | undefined;
    const own: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entry)) if (!shared || !(field in shared) || canon(shared[field]) !== canon(value)) own[field] = value;
    // Mark fields the group has but this office lacks, so unpacking does not invent them.
    if (shared) for (const field of Object.keys(shared)) if (!(field in entry)) own[field] = null;
    if (Object.keys(own).length || !shared) services[s.id] = own as CatalogText['services'][string];
    else services[s.id] = {};
  }
  const { services: _s, ...rest } = text;
  return { ...rest, wire: 1, groups, services };
}

/** Restores one language's texts. */
export function unpackText(wire: WireText, catalog: Catalog): CatalogText {
  if (wire?.wire !== 1 || typeof wire.services !== 'object' || wire.services === null) throw new Error('texts: not a packed text file');
  const group = new Map(catalog.services.map((s) => [s.id, s.group]));
  const services: CatalogText['services'] = {};
  for (const [id, own] of Object.entries(wire.services)) {
    const g = group.get(id);
    const merged: Record<string, unknown> = { ...((g && wire.groups[g]) || {}) };
    for (const [field, value] of Object.entries(own)) {
      if (value === null) delete merged[field];
      else merged[field] = value;
    }
    services[id] = merged as CatalogText['services'][string];
  }
  const { wire: _w, groups: _g, services: _s, ...rest } = wire;
  return { ...rest, services };
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
