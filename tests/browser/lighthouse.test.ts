/**
 * Lighthouse 12 (mobile) on the home page, a service page and a search of the production build:
 * accessibility, best practices and SEO 100 — audits that do not depend on the machine's speed
 * (console errors, document title, lang, viewport, contrast, names of links and buttons …).
 * Performance is a timing score that moves with the machine: `npm run bench:browser` prints it.
 * (Lighthouse 13 needs Node 22; 12 runs on Node 20.)
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import type { Catalog } from '../../src/catalog/types.ts';
import { baseURL, CHROMIUM_ARGS, chromiumPath } from './harness.ts';

const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;
const service = catalog.services.find((s) => s.id === 'vo-linjen') ?? catalog.services[0]!;

/** One Lighthouse run in its own fresh Chromium (no service worker or cache left by another run). */
async function run(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('no Lighthouse result');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

async function audit(path: string) {
  let lhr = await run(baseURL() + path);
  // A run Lighthouse itself reports as broken (runtimeError: no scores at all) measures nothing:
  // run it again, at most twice. A low score without a runtime error is never retried.
  for (let i = 0; i < 2 && lhr.runtimeError; i++) {
    console.log(`Lighthouse runtime error on ${path}: ${lhr.runtimeError.code}; running again`);
    lhr = await run(baseURL() + path);
  }
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
  // Name the failing audits so a red run says what to fix.
  const failing = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]!))
    .filter((a) => a.score !== null && a.score < 0.9)
    .map((a) => `${a.id}: ${a.displayValue ?? a.score}`);
  return { scores, failing };
}

describe('Lighthouse (mobile)', () => {
  for (const [name, path] of [
    ['home', '/nb/'],
    ['service page', `/nb/tjeneste/${service.id}`],
    ['search', '/nb/sok?q=krisesenter'],
  ] as const) {
    test(`${name}: accessibility, best practices and SEO 100`, async () => {
      const { scores, failing } = await audit(path);
      console.log(`Lighthouse ${name}:`, scores, failing.length ? failing : '');
      expect({ scores, failing }).toEqual({
        scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
        failing: [],
      });
    }, 120_000);
  }
});
