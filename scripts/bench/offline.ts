/**
 * `npm run bench:offline`: what the offline copy costs and how fast it opens.
 * Prints bytes precached in total and per language, and the time to the first screen (emergency
 * numbers + search field) on a repeat visit with the network off and 4× CPU slowdown, median of 5.
 * Needs a production build (`npm run build`).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../../src/catalog/types.ts';
import { startServer } from '../serve.ts';
import { installFirstScreenProbe, median, phoneContext, throttleCpu, timeToFirstScreen } from './chromium.ts';

const dist = resolve('dist');
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const manifest = JSON.parse(/\[\{"revision":[^\]]*\}\]/.exec(sw)![0]) as Array<{ url: string }>;
const size = (u: string) => statSync(join(dist, u)).size;
const total = manifest.reduce((n, e) => n + size(e.url), 0);

/** Vite's chunk graph: source file → built file. */
const chunks = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;

/** Files that belong to one language: its prerendered pages, its service texts, its UI namespace chunks. */
function langFiles(lang: string): string[] {
  const urls = manifest.map((e) => e.url);
  const own = urls.filter((u) => u.startsWith(`${lang}/`) && u.endsWith('.html'));
  own.push(...urls.filter((u) => u.startsWith(`assets/text.${lang}.wire-`)));
  for (const [src, c] of Object.entries(chunks)) if (src.startsWith(`locales/${lang}/`) && urls.includes(c.file)) own.push(c.file);
  return own;
}

const gzSize = (u: string) => gzipSync(readFileSync(join(dist, u))).length;
console.log(`Precache: ${manifest.length} files, ${(total / 1024).toFixed(1)} KiB in total (${(manifest.reduce((n, e) => n + gzSize(e.url), 0) / 1024).toFixed(1)} KiB as downloaded, gzip)`);
console.log('Per language (prerendered pages + service texts + UI strings), raw / gzip:');
for (const lang of LANGS) {
  const files = langFiles(lang);
  const bytes = files.reduce((n, u) => n + size(u), 0);
  const gz = files.reduce((n, u) => n + gzSize(u), 0);
  console.log(`  ${lang.padEnd(4)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB / ${(gz / 1024).toFixed(1).padStart(6)} KiB  (${files.length} files)`);
}

const server = await startServer({ root: dist, port: 0 });
const addr = server.address();
if (!addr || typeof addr === 'string') throw new Error('no port');
const origin = `http://127.0.0.1:${addr.port}`;
const context = await phoneContext();
await installFirstScreenProbe(context);
const page = await context.newPage();
await page.goto(`${origin}/nb/`);
await page.evaluate(async () => {
  await navigator.serviceWorker.ready;
});
await page.reload();
await context.setOffline(true);
await throttleCpu(page, 4);
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  await page.goto(`${origin}/nb/`, { waitUntil: 'commit' });
  times.push(await timeToFirstScreen(page));
}
console.log(`Repeat visit, offline, 4× CPU slowdown: first screen in ${median(times).toFixed(0)} ms (median of 5; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
await context.close();
server.close();
