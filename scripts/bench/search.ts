/**
 * Search benchmark: `npm run bench:search`. Prints, for the real catalogue and a synthetic one 10×
 * its size, index build time and per-query median / p95 over the quality query set, for our index
 * and for fuse.js with default options on the same fields, and the ratios. Figures, not assertions:
 * the machine is shared, so re-run when it is quiet.
 */
import { readFileSync, existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { LANGS, type Catalog, type Lang, type Service } from '../../src/catalog/types.ts';
import { createSearchIndex } from '../../src/search/index.ts';

const catalog = JSON.parse(readFileSync(process.env.SEARCH_CATALOG ?? 'src/generated/catalog.json', 'utf8')) as Catalog;
catalog.places ??= [];
const queryFile = 'tests/quality/queries.json';
const queries: { q: string; lang: Lang }[] = existsSync(queryFile)
  ? (JSON.parse(readFileSync(queryFile, 'utf8')) as { q: string; lang: Lang }[])
  : [{ q: 'krisesenter', lang: 'nb' }, { q: 'barnehsu', lang: 'nb' }, { q: '116006', lang: 'nb' }];
const ROUNDS = Number(process.env.ROUNDS ?? 20);
/** fuse.js is much slower; fewer rounds keep the run short (each round is still every query). */
const FUSE_ROUNDS = Number(process.env.FUSE_ROUNDS ?? 3);

/** 10× catalogue: every service cloned 9 times with another place and a varied name. */
function synthetic(base: Catalog, factor: number): Catalog {
  const munis = base.places.length
    ? base.places.map((p) => ({ name: p.name, number: p.number, county: p.county, altNames: p.altNames }))
    : base.services.flatMap((s) => (s.location ? [s.location] : []));
  const services: Service[] = [...base.services];
  for (let k = 1; k < factor; k++)
    base.services.forEach((s, i) => {
      const m = munis[(i * 7 + k * 13) % Math.max(1, munis.length)];
      services.push({
        ...s,
        id: `${s.id}-syn${k}`,
        name: m ? `${s.name} ${m.name} ${k}` : `${s.name} ${k}`,
        location: m ?? s.location,
        area: m ? { type: 'municipalities', municipalities: [m] } : s.area,
      });
    });
  return { ...base, services };
}

const fuseKeys = [
  'name', 'organization.name', 'location.name', 'location.altNames', 'phones.number',
  ...LANGS.map((l) => `names.${l}`), ...LANGS.map((l) => `keywords.${l}`),
];

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

function timeQueries(run: (q: string, lang: Lang) => unknown, rounds: number): ReturnType<typeof stats> {
  for (const { q, lang } of queries) run(q, lang); // warm-up (JIT)
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const { q, lang } of queries) {
      const t0 = performance.now();
      run(q, lang);
      times.push(performance.now() - t0);
    }
  return stats(times);
}

function bench(label: string, cat: Catalog) {
  let t0 = performance.now();
  const index = createSearchIndex(cat);
  const build = performance.now() - t0;
  const ours = timeQueries((q, lang) => index.search(q, { lang }), ROUNDS);
  t0 = performance.now();
  const fuse = new Fuse(cat.services, { keys: fuseKeys });
  const fuseBuild = performance.now() - t0;
  const theirs = timeQueries((q) => fuse.search(q), FUSE_ROUNDS);
  return { label, services: cat.services.length, build, ours, fuseBuild, theirs };
}

const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
console.log(`search bench: ${queries.length} queries × ${ROUNDS} rounds (fuse.js × ${FUSE_ROUNDS}), Node ${process.version}\n`);
const rows = [bench('real', catalog)];
console.error('real done; 10× …');
rows.push(bench('10×', synthetic(catalog, 10)));
console.log('| catalogue | services | build ms | median | p95 | max | fuse build ms | fuse median | fuse p95 | median ratio | p95 ratio |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.label} | ${r.services} | ${r.build.toFixed(1)} | ${us(r.ours.median)} | ${us(r.ours.p95)} | ${us(r.ours.max)} | ${r.fuseBuild.toFixed(1)} | ` +
      `${us(r.theirs.median)} | ${us(r.theirs.p95)} | ${(r.theirs.median / r.ours.median).toFixed(1)}× faster | ${(r.theirs.p95 / r.ours.p95).toFixed(1)}× faster |`,
  );
const real = rows[0]!;
console.log(`\ntarget p95 ≤ 2 ms on the real catalogue: ${real.ours.p95 <= 2 ? 'met' : 'NOT met'} (${us(real.ours.p95)})`);
