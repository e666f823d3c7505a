/**
 * `npm run bench:offline`: what the offline copy costs and how fast it opens.
 * Prints bytes precached in total and per language, and the time to the first screen (emergency
 * numbers + search field) on a repeat visit with the network off and 4× CPU slowdown, median of 5.
 * Needs a production build (`npm run build`).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../../src/catalog/types.ts';
import { startServer } from '../serve.ts';
import { installFirstScreenProbe, median, phoneContext, throttleCpu, timeToFirstScreen } from './chromium.ts';

const dist = resolve('dist');
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const manifest = JSON.parse(/\[\{"revision":[^\]]*\}\]/.exec(sw)![0]) as Array<{ url: string }>;
const size = (u: string) => statSync(join(dist, u)).size;
const total = manifest.reduce((n, e) => n + size(e.url), 0);

/** Files that belong to one language: its prerendered home, its service texts, its UI namespace chunks. */
function langFiles(lang: string): string[] {
  const own = manifest.map((e) => e.url).filter((u) => u === `${lang}/index.html` || u.startsWith(`assets/text.${lang}.wire-`));
  // UI namespace chunks are named after the JSON file (ui-*.js, safety-*.js …); find those whose
  // source came from locales/{lang}/ by matching the chunk's text against the locale file.
  const chunks = manifest.map((e) => e.url).filter((u) => /^assets\/(ui|safety|share|offline|i18n)-[\w-]+\.js$/.test(u));
  for (const ns of ['ui', 'safety', 'share', 'offline', 'i18n']) {
    let probe: string | undefined;
    try {
      const json = JSON.parse(readFileSync(resolve('locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;
      probe = JSON.stringify(json).slice(1, 40);
    } catch {
      continue;
    }
    const hit = chunks.find((c) => c.startsWith(`assets/${ns}-`) && readFileSync(join(dist, c), 'utf8').includes(probe!.slice(0, 20)));
    if (hit) own.push(hit);
  }
  return own;
}

console.log(`Precache: ${manifest.length} files, ${(total / 1024).toFixed(1)} KiB in total`);
console.log('Per language (prerendered home + service texts + UI strings):');
for (const lang of LANGS) {
  const files = langFiles(lang);
  const bytes = files.reduce((n, u) => n + size(u), 0);
  console.log(`  ${lang.padEnd(4)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB  (${files.length} files)`);
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
