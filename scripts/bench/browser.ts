/**
 * `npm run bench:browser`: speed on a cheap phone, in Debian's Chromium. Needs a production build
 * (`npm run build`). Prints medians with the range over several runs:
 *   - typing at 4× CPU slowdown on `/nb/`, per query × key interval: Event Timing per keystroke
 *     (as INP measures it) median / p98 / max, long tasks (count, longest), results per keystroke
 *     (key press → the list shows that query or a later one, painted) median / p95, first results;
 *   - first visit and repeat visit offline: time to the emergency numbers and the search field;
 *   - Lighthouse 12 mobile (simulated slow 4G, 4× CPU) per page type, cold cache first visit:
 *     performance, Total Blocking Time, LCP, best practices;
 * and each figure's ratio to the previous release (scripts/bench/previous.json).
 *   --runs N        runs of each part (default 3)
 *   --only typing|lighthouse
 *   --dist DIR      the build to measure (default dist/; e.g. the previous release's build)
 *   --write-previous  store these figures as the previous release's (run on the released build)
 * Targets (issue 12): keystroke p98 ≤ 100 ms, results median ≤ 100 ms, no long task > 50 ms,
 * no keystroke lost; service page performance ≥ 98, TBT ≤ 100 ms, LCP ≤ 1.5 s, best practices 100.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../serve.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser/harness.ts';
import { installFirstScreenProbe, median, percentile, phoneContext, throttleCpu, timeToFirstScreen } from './chromium.ts';
import { installTypingProbe, settle, typeAndMeasure } from './typing.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    'write-previous': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 3);
const QUERIES = ['krisesenter', 'barnehus tromsø', 'vold i nære relasjoner'];
const GAPS = [60, 200];
const PAGES = [
  ['home', '/nb/'],
  ['service', '/nb/tjeneste/vo-linjen'],
  ['search', '/nb/sok?q=krisesenter'],
] as const;
const PREVIOUS = resolve('scripts/bench/previous.json');

/** Figure name → one value per run. */
type Figures = Record<string, number[]>;
const figures: Figures = {};
const add = (name: string, value: number) => (figures[name] ??= []).push(value);

const server = await startServer({ root: resolve(args.dist), port: 0 });
const addr = server.address();
if (!addr || typeof addr === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${addr.port}`;
let lost = 0;

async function typingRun(): Promise<void> {
  const context = await phoneContext();
  await installFirstScreenProbe(context);
  await installTypingProbe(context);
  const page = await context.newPage();
  await throttleCpu(page, 4);
  await page.goto(`${origin}/nb/`, { waitUntil: 'commit' });
  add('first visit: emergency numbers + search field (ms)', await timeToFirstScreen(page));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const all = { keystrokes: [] as number[], longtasks: [] as number[], results: [] as number[], first: [] as number[] };
  for (const gap of GAPS) {
    for (const q of QUERIES) {
      await page.goto(`${origin}/nb/`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      // The person taps the field (the search code loads and the index builds), then types.
      await page.locator('#q').click();
      const build = await page.waitForFunction(
        () => performance.getEntriesByName('finnhjelp:search-index')[0]?.duration,
        null,
        { timeout: 30_000, polling: 50 },
      );
      add('search index build after the tap on the field (ms)', Number(await build.jsonValue()));
      await settle(page);
      const run = await typeAndMeasure(page, q, gap);
      if (run.finalValue !== q || run.finalListQuery !== q) {
        lost++;
        console.warn(`  LOST: typed "${q}", field "${run.finalValue}", list for "${run.finalListQuery}"`);
      }
      const key = `typing "${q}" ${gap} ms`;
      add(`${key}: keystroke median (ms)`, median(run.keystrokes));
      add(`${key}: keystroke max (ms)`, Math.max(...run.keystrokes));
      add(`${key}: long tasks`, run.longtasks.length);
      add(`${key}: longest task (ms)`, Math.max(0, ...run.longtasks));
      add(`${key}: results median (ms)`, median(run.results));
      add(`${key}: first results (ms)`, run.firstResults);
      all.keystrokes.push(...run.keystrokes);
      all.longtasks.push(...run.longtasks);
      all.results.push(...run.results);
      all.first.push(run.firstResults);
    }
  }
  add('typing, all: keystroke median (ms)', median(all.keystrokes));
  add('typing, all: keystroke p98 (ms)', percentile(all.keystrokes, 98));
  add('typing, all: keystroke max (ms)', Math.max(...all.keystrokes));
  add('typing, all: long tasks', all.longtasks.length);
  add('typing, all: longest task (ms)', Math.max(0, ...all.longtasks));
  add('typing, all: results median (ms)', median(all.results));
  add('typing, all: results p95 (ms)', percentile(all.results, 95));
  add('typing, all: first results median (ms)', median(all.first));
  add('typing, all: first results p95 (ms)', percentile(all.first, 95));

  await context.setOffline(true);
  await page.goto(`${origin}/nb/`, { waitUntil: 'commit' });
  add('repeat visit offline: emergency numbers + search field (ms)', await timeToFirstScreen(page));
  await context.close();
}

/** One Lighthouse measurement; a run Lighthouse reports as broken (NO_NAVSTART …) is run again, twice at most. */
async function lighthouseRun(name: string, path: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) if (await lighthouseOnce(name, path)) return;
}

/** One Lighthouse run in its own fresh Chromium: a first visit, nothing cached. False when it measured nothing. */
async function lighthouseOnce(name: string, path: string): Promise<boolean> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'best-practices'],
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) {
      console.warn(`  Lighthouse ${name}: ${lhr?.runtimeError?.code ?? 'no result'}`);
      return false;
    }
    add(`lighthouse ${name}: performance`, Math.round((lhr.categories.performance?.score ?? 0) * 100));
    add(`lighthouse ${name}: TBT (ms)`, lhr.audits['total-blocking-time']?.numericValue ?? NaN);
    add(`lighthouse ${name}: LCP (ms)`, lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
    add(`lighthouse ${name}: best practices`, Math.round((lhr.categories['best-practices']?.score ?? 0) * 100));
    return true;
  } finally {
    await chrome.kill();
  }
}

for (let run = 0; run < RUNS; run++) {
  if (args.only !== 'lighthouse') await typingRun();
  if (args.only !== 'typing') for (const [name, path] of PAGES) await lighthouseRun(name, path);
}
server.close();

const previous = existsSync(PREVIOUS) ? (JSON.parse(readFileSync(PREVIOUS, 'utf8')) as { figures: Figures; measured: string }) : null;
const fmt = (x: number) => (Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
console.log(`Finn hjelp — browser bench (Chromium, 360×740; typing at 4× CPU; Lighthouse mobile), median of ${RUNS} [range]`);
if (previous) console.log(`  ratio = new / previous release (${previous.measured})`);
for (const [name, xs] of Object.entries(figures)) {
  const m = median(xs);
  const before = previous?.figures[name];
  const ratio = before?.length ? `  ×${(m / median(before)).toFixed(2)} (was ${fmt(median(before))})` : '';
  console.log(`  ${name.padEnd(62)} ${fmt(m).padStart(7)}  [${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}]${ratio}`);
}
if (args.only !== 'lighthouse') console.log(`  keystrokes lost (field or list not showing what was typed): ${lost}`);
if (args['write-previous']) {
  // Merged: one part (--only) may be measured at a time.
  const merged = { ...previous?.figures, ...figures };
  writeFileSync(PREVIOUS, JSON.stringify({ measured: new Date().toISOString().slice(0, 10), figures: merged }, null, 2) + '\n');
  console.log(`previous figures written to ${PREVIOUS}`);
}
