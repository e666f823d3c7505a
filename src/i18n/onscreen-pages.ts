/**
 * The pages on which the on-screen Norwegian share is measured, one of each kind a reader meets:
 * home, search results for a few queries, a service page of every category, a shared list and the
 * measures page (and the about page). The same set for `npm run i18n:check` and the browser test.
 */
import { CATEGORIES, type Catalog, type Lang } from '../catalog/types.ts';
import { listPath } from '../share/listLink.ts';
import { pathOf } from '../shell/routes.ts';

/** One page to measure. */
export interface MeasuredPage {
  /** Page type ("home", "search", "service", "list", "measures", "about"). */
  kind: string;
  /** What it shows, for the report ("krisesenter: krisesenter-alta", "q=vold"). */
  label: string;
  path: string;
}

/** Queries people type, with results in every category mix. */
export const MEASURED_QUERIES = ['vold', 'krisesenter', 'overgrep', 'barn'] as const;

/** Services of the measured list page: two helplines, a local office and a service for professionals. */
function listIds(catalog: Catalog): string[] {
  const pick = (category: string) => catalog.services.find((s) => s.categories.includes(category as never) && s.phones.length > 0)?.id;
  return ['hjelpetelefon', 'krisesenter', 'barnehus', 'aeresvold-nsk'].map(pick).filter((id): id is string => !!id);
}

/** Every measured page of `lang`. A service of each category: the first (by id) that has it as its main category. */
export function measuredPages(catalog: Catalog, lang: Lang): MeasuredPage[] {
  const pages: MeasuredPage[] = [{ kind: 'home', label: 'home', path: pathOf({ name: 'home', lang }) }];
  for (const q of MEASURED_QUERIES) pages.push({ kind: 'search', label: `q=${q}`, path: pathOf({ name: 'search', lang, query: new URLSearchParams({ q }) }) });
  const sorted = [...catalog.services].sort((a, b) => a.id.localeCompare(b.id));
  for (const c of CATEGORIES) {
    const s = sorted.find((x) => x.categories[0] === c) ?? sorted.find((x) => x.categories.includes(c));
    if (s) pages.push({ kind: 'service', label: `${c}: ${s.id}`, path: pathOf({ name: 'service', lang, id: s.id }) });
  }
  pages.push({ kind: 'list', label: 'list', path: listPath(lang, listIds(catalog)) });
  pages.push({ kind: 'measures', label: 'measures', path: pathOf({ name: 'measures', lang, query: new URLSearchParams() }) });
  pages.push({ kind: 'about', label: 'about', path: pathOf({ name: 'about', lang }) });
  return pages;
}
