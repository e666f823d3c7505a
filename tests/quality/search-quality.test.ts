/**
 * Search quality on the real built catalogue (`npm run data` → src/generated/catalog.json): every
 * query in queries.json must have an expected service (by id or group) in the top 3 (or the top
 * `top`, e.g. 1 for a national service's exact name or phone number), for the reader's language given. Queries are what people in crisis type: typos, no æ/ø/å or Sami letters,
 * other languages, situations, places (incl. Sami names), phone numbers.
 * SEARCH_CATALOG=path runs the same set against another catalogue build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogText, Lang } from '../../src/catalog/types.ts';
import { LANGS } from '../../src/catalog/types.ts';
import { createSearchIndex } from '../../src/search/index.ts';

interface QualityQuery {
  q: string;
  lang: Lang;
  /** Service ids or groups, any of which in the top 3 is right (e.g. the national record and its local offices). */
  expect: string[];
  /** What the query tests (typo, fold, lang, situation, place, phone). */
  kind: string;
  /** Stricter than the top 3: an expected service must be in the top `top` (1 = first). */
  top?: number;
}

const catalogPath = process.env.SEARCH_CATALOG ?? 'src/generated/catalog.json';
const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as Catalog;
const texts: CatalogText[] = [];
for (const lang of LANGS) {
  try {
    texts.push(JSON.parse(readFileSync(`src/generated/text.${lang}.json`, 'utf8')) as CatalogText);
  } catch {
    // No translations built for this language: search still has names and keywords.
  }
}
const queries = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as QualityQuery[];
const index = createSearchIndex(catalog, texts);

describe('search quality on the real catalogue', () => {
  it('has a real catalogue and enough queries of every kind', () => {
    expect(catalog.services.length).toBeGreaterThan(50);
    expect(queries.length).toBeGreaterThanOrEqual(80);
    for (const kind of ['typo', 'fold', 'lang', 'situation', 'place', 'phone']) expect(queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(5);
    for (const lang of ['se', 'ar', 'so', 'pl', 'uk']) expect(queries.some((q) => q.lang === lang)).toBe(true);
  });

  it('every expected service exists in the catalogue', () => {
    const known = new Set(catalog.services.flatMap((s) => [s.id, s.group ?? '']));
    expect(queries.flatMap((q) => q.expect).filter((e) => !known.has(e))).toEqual([]);
  });

  it('has top-1 assertions for the clearest cases', () => {
    expect(queries.filter((q) => q.top === 1).length).toBeGreaterThanOrEqual(10);
  });

  it.each(queries.map((q) => [`${q.kind} [${q.lang}]${q.top ? ` top ${q.top}` : ''} ${q.q}`, q] as const))('%s', (_, q) => {
    const top = index.search(q.q, { lang: q.lang, limit: q.top ?? 3 }).map((r) => r.service);
    const hit = top.some((s) => q.expect.includes(s.id) || (s.group !== null && q.expect.includes(s.group)));
    expect(hit, `top ${q.top ?? 3}: ${top.map((s) => s.id).join(', ')}`).toBe(true);
  });
});
