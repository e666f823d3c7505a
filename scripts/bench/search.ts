/**
 * Search benchmark: `npm run bench:search`. Compares our own index with fuse.js tuned fairly, on the
 * same built catalogue (every translation file) and the same quality query set
 * (tests/quality/queries.json):
 * - quality: share of queries with an expected service in the top 3 (and in the top 1 where the set
 *   demands it), per engine;
 * - speed: index build time and per-query median / p95 / max, for the real catalogue and a synthetic
 *   one 10× its size.
 * fuse.js is given what a fair comparison needs: text folded once at load the way our index folds it
 * (æ→ae, ø→o, å→a, Sami letters), `ignoreLocation`, a threshold of 0.3, token search for multi-word
 * queries, a prebuilt index (`Fuse.createIndex`), and only the fields a person searches (names in every
 * language, organisation, keywords, places, phone numbers), weighted. Figures, not assertions: the
 * machine is shared, so re-run when it is quiet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { LANGS, type Catalog, type CatalogText, type Lang, type Service } from '../../src/catalog/types.ts';
import { fold } from '../../src/search/fold.ts';
import { createSearchIndex } from '../../src/search/index.ts';

interface Query {
  q: string;
  lang: Lang;
  expect: string[];
  top?: number;
}

const catalog = JSON.parse(readFileSync(process.env.SEARCH_CATALOG ?? 'src/generated/catalog.json', 'utf8')) as Catalog;
catalog.places ??= [];
const texts: CatalogText[] = LANGS.map((l) => `src/generated/text.${l}.json`)
  .filter((p) => existsSync(p))
  .map((p) => JSON.parse(readFileSync(p, 'utf8')) as CatalogText);
const queries = JSON.parse(readFileSync('tests/quality/queries.json', 'utf8')) as Query[];
const ROUNDS = Number(process.env.ROUNDS ?? 10);
/** fuse.js is slower by orders of magnitude: it runs fewer rounds, on the same queries. */
const FUSE_ROUNDS = Number(process.env.FUSE_ROUNDS ?? 2);
/** On the 10× catalogue both engines are timed on every FUSE_STEP-th query only (fuse.js takes seconds per round there). */
const FUSE_STEP = Number(process.env.FUSE_STEP ?? 5);

/** One search document per service: what a person may type, folded once. */
interface FuseDoc {
  service: Service;
  name: string;
  names: string[];
  org: string;
  keywords: string[];
  places: string[];
  phones: string[];
}

function fuseDocs(cat: Catalog): FuseDoc[] {
  const byId = new Map(texts.map((t) => [t.lang, t]));
  const servedBy = new Map<string, string[]>();
  for (const p of cat.places)
    for (const id of p.servedBy) servedBy.set(id, [...(servedBy.get(id) ?? []), p.name, ...p.altNames]);
  return cat.services.map((s) => {
    const translated = LANGS.flatMap((l) => [s.names[l], byId.get(l)?.services[s.id]?.name]).filter((x): x is string => !!x);
    const areaNames = s.area.type === 'municipalities' ? s.area.municipalities.flatMap((m) => [m.name, ...(m.altNames ?? [])]) : s.area.type === 'counties' ? s.area.counties : [];
    const places = [...(s.location ? [s.location.name, s.location.county, ...(s.location.altNames ?? [])] : []), ...areaNames, ...(servedBy.get(s.id) ?? [])];
    return {
      service: s,
      name: fold(s.name),
      names: translated.map(fold),
      org: fold(s.organization.name),
      keywords: Object.values(s.keywords).flat().map(fold),
      places: places.map(fold),
      phones: s.phones.map((p) => p.number),
    };
  });
}

const FUSE_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'names', weight: 2 },
  { name: 'keywords', weight: 2 },
  { name: 'places', weight: 1.5 },
  { name: 'org', weight: 1 },
  { name: 'phones', weight: 1 },
];

function makeFuse(cat: Catalog): { search: (q: string) => Service[]; buildMs: number } {
  const t0 = performance.now();
  const docs = fuseDocs(cat);
  const index = Fuse.createIndex(FUSE_KEYS, docs);
  const fuse = new Fuse(docs, { keys: FUSE_KEYS, ignoreLocation: true, threshold: 0.3, useTokenSearch: true, includeScore: true }, index);
  const buildMs = performance.now() - t0;
  return { search: (q) => fuse.search(fold(q).replace(/\s+/g, ' ').trim(), { limit: 10 }).map((r) => r.item.service), buildMs };
}

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

function timeQueries(run: (q: Query) => unknown, rounds: number, set: Query[]): ReturnType<typeof stats> {
  for (const q of set.slice(0, 5)) run(q); // warm-up (JIT)
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of set) {
      const t0 = performance.now();
      run(q);
      times.push(performance.now() - t0);
    }
  return stats(times);
}

function quality(run: (q: Query) => Service[]): { top3: number; top1: number; top1Of: number } {
  let top3 = 0;
  let top1 = 0;
  let top1Of = 0;
  const hit = (s: Service, q: Query) => q.expect.includes(s.id) || (s.group !== null && q.expect.includes(s.group));
  for (const q of queries) {
    const got = run(q);
    if (got.slice(0, 3).some((s) => hit(s, q))) top3++;
    if (q.top === 1) {
      top1Of++;
      if (got[0] && hit(got[0], q)) top1++;
    }
  }
  return { top3, top1, top1Of };
}

/** 10× catalogue: every service cloned 9 times with another place and a varied name. */
function synthetic(base: Catalog, factor: number): Catalog {
  const munis = base.places.map((p) => ({ name: p.name, number: p.number, county: p.county, altNames: p.altNames }));
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

const ms = (x: number) => (x >= 1 ? `${x.toFixed(1)} ms` : `${(x * 1000).toFixed(0)} µs`);
const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(0)} %)`;

console.log(`search bench: ${catalog.services.length} services, ${texts.length} translation files, ${queries.length} queries; Node ${process.version}\n`);
console.log('| catalogue | engine | build | median | p95 | max | top-3 hits | top-1 hits |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const [label, cat] of [['real', catalog], ['10×', synthetic(catalog, 10)]] as const) {
  let t0 = performance.now();
  const ours = createSearchIndex(cat, texts);
  const oursBuild = performance.now() - t0;
  const oursRun = (q: Query) => ours.search(q.q, { lang: q.lang, limit: 3 }).map((r) => r.service);
  const fuse = makeFuse(cat);
  const fuseRun = (q: Query) => fuse.search(q.q);
  const set = label === 'real' ? queries : queries.filter((_, i) => i % FUSE_STEP === 0);
  for (const [engine, run, build, rounds] of [
    ['own index', oursRun, oursBuild, ROUNDS],
    ['fuse.js (tuned)', fuseRun, fuse.buildMs, FUSE_ROUNDS],
  ] as const) {
    const speed = timeQueries(run, label === 'real' ? rounds : 1, set);
    const q = label === 'real' ? quality(run) : null;
    console.log(
      `| ${label} | ${engine} | ${ms(build)} | ${ms(speed.median)} | ${ms(speed.p95)} | ${ms(speed.max)} | ` +
        `${q ? pct(q.top3, queries.length) : '–'} | ${q ? pct(q.top1, q.top1Of) : '–'} |`,
    );
  }
}
console.log(`\nQuality is measured on the real catalogue only (the 10× copy has no right answers); on the 10× copy both engines are timed on every ${FUSE_STEP}th query, one round.`);
