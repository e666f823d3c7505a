/**
 * `npm run size` (part of `npm test`): the size report and budgets of the production build.
 *   - JavaScript needed for the first screen (entry + its static imports + the home page chunk +
 *     the Norwegian UI strings) ≤ 40 KB gzip
 *   - CSS ≤ 10 KB gzip
 *   - everything precached ≤ 1.5 MB as downloaded (gzip, as the server sends it; like the other two
 *     budgets this guards what a person on a weak, pay-per-MB connection must fetch). The raw size
 *     (what Cache Storage holds once decoded) is printed beside it.
 * Exits 1 when a budget is broken.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const KB = 1024;
export const BUDGETS = { firstScreenJs: 40 * KB, css: 10 * KB, precache: 1.5 * KB * KB };

const dist = resolve('dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Keys of a chunk and everything it imports statically. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) closure(k, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('.html'))
  ?? Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const keys = closure(entryKey);
// The home page is a lazily loaded route chunk, but the first screen needs it to become interactive.
const homeKey = Object.keys(manifest).find((k) => /src\/routes\/(SearchPage|HomePage)\.tsx$/.test(k));
if (homeKey) closure(homeKey, keys);
// Norwegian UI strings for the namespaces the shell loads at start.
for (const k of Object.keys(manifest)) if (/^locales\/nb\/(?!services)[\w-]+\.json$/.test(k)) closure(k, keys);

const jsFiles = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
const firstJs = jsFiles.reduce((n, f) => n + gz(f), 0);
const cssFiles = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
const css = cssFiles.reduce((n, f) => n + gz(f), 0);

const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precacheList = JSON.parse(/\[\{"revision":[^\]]*\}\]/.exec(sw)![0]) as Array<{ url: string }>;
const precacheRaw = precacheList.reduce((n, e) => n + statSync(join(dist, e.url)).size, 0);
const precache = precacheList.reduce((n, e) => n + (/\.png$/.test(e.url) ? statSync(join(dist, e.url)).size : gz(e.url)), 0);

const rows: Array<[string, number, number]> = [
  ['First-screen JavaScript (gzip)', firstJs, BUDGETS.firstScreenJs],
  ['CSS (gzip)', css, BUDGETS.css],
  ['Precache total (gzip)', precache, BUDGETS.precache],
];
console.log('Size report');
for (const f of jsFiles) console.log(`  first screen: ${f.padEnd(44)} ${(gz(f) / KB).toFixed(1).padStart(6)} KB gz`);
let failed = false;
for (const [name, value, budget] of rows) {
  const ok = value <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(32)} ${(value / KB).toFixed(1).padStart(8)} KB  (budget ${(budget / KB).toFixed(0)} KB)`);
}
console.log(`     Precache total (raw, decoded)  ${(precacheRaw / KB).toFixed(1).padStart(8)} KB  (${precacheList.length} files)`);
if (failed) {
  console.error('Size budget broken.');
  process.exit(1);
}
