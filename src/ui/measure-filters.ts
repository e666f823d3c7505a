/** Filters of the measures page as they live in the URL (`?dep=JD&status=ongoing&kilde=plan`). Pure. */
import type { Catalog, Measure, MeasureStatus } from '../catalog/types.ts';

/** Filters; undefined = all. */
export interface MeasureFilters {
  ministry?: string;
  status?: MeasureStatus;
  source?: 'plan' | 'nsk';
}

/** URL parameter names (stable: they are in shared links). */
export const MEASURE_PARAM = { ministry: 'dep', status: 'status', source: 'kilde' } as const;

/** Ministry codes of a measure ("JD, BFD" in the status report counts as both). */
export function ministriesOf(m: Measure): string[] {
  return m.source === 'plan' ? m.ministries : m.ministry.split(/[,/]|\s+og\s+/).map((s) => s.trim()).filter(Boolean);
}

/** Every ministry code used by a measure, in the catalogue's order then alphabetical. */
export function ministryCodes(catalog: Catalog): string[] {
  const used = new Set(catalog.measures.flatMap(ministriesOf));
  const known = Object.keys(catalog.ministries).filter((c) => used.has(c));
  const rest = [...used].filter((c) => !known.includes(c)).sort();
  return [...known, ...rest];
}

/** Reads the filters; unknown values are dropped. */
export function parseMeasureFilters(query: URLSearchParams, catalog: Catalog): MeasureFilters {
  const f: MeasureFilters = {};
  const dep = query.get(MEASURE_PARAM.ministry);
  if (dep && ministryCodes(catalog).includes(dep)) f.ministry = dep;
  const status = query.get(MEASURE_PARAM.status);
  if (status === 'ongoing' || status === 'completed') f.status = status;
  const source = query.get(MEASURE_PARAM.source);
  if (source === 'plan' || source === 'nsk') f.source = source;
  return f;
}

/** Query string for filters. */
export function buildMeasureQuery(f: MeasureFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.ministry) p.set(MEASURE_PARAM.ministry, f.ministry);
  if (f.status) p.set(MEASURE_PARAM.status, f.status);
  if (f.source) p.set(MEASURE_PARAM.source, f.source);
  return p;
}

/** True if the measure passes the filters (plan measures have no status, so a status filter hides them). */
export function measureMatches(m: Measure, f: MeasureFilters): boolean {
  if (f.source && m.source !== f.source) return false;
  if (f.ministry && !ministriesOf(m).includes(f.ministry)) return false;
  if (f.status && (m.source !== 'nsk' || m.status !== f.status)) return false;
  return true;
}

/** Groups measures by chapter (plan) or effort area (status report), keeping number order. */
export function groupMeasures<M extends Measure>(measures: M[]): Array<{ number: number; title: string; items: M[] }> {
  const groups = new Map<number, { number: number; title: string; items: M[] }>();
  for (const m of [...measures].sort((a, b) => a.number - b.number)) {
    const g = m.source === 'plan' ? m.chapter : m.area;
    const group = groups.get(g.number) ?? { number: g.number, title: g.title, items: [] };
    group.items.push(m);
    groups.set(g.number, group);
  }
  return [...groups.values()].sort((a, b) => a.number - b.number);
}
