/**
 * The on-screen Norwegian share per language, for `npm run i18n:check`: every measured page
 * (src/i18n/onscreen-pages.ts) rendered with the real components, parsed into a DOM (happy-dom) and
 * counted by the same function the browser test runs on the live page (src/i18n/onscreen.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { Window } from 'happy-dom';
import { createServer } from 'vite';
import type { Catalog, CatalogText, Lang } from '../../src/catalog/types.ts';
import { maxNorwegianShare, norwegianShare, type WordCount } from '../../src/i18n/onscreen.ts';

type Renderer = typeof import('./render-page.tsx');

/** One measured page of one language. */
export interface PageFigure extends WordCount {
  kind: string;
  label: string;
  path: string;
}

/** One language: every page, the pooled share, the worst page. */
export interface LangFigure {
  lang: Lang;
  pages: PageFigure[];
  words: number;
  norwegian: number;
  worst: PageFigure;
  limit: number;
}

/** Counts a rendered page's HTML as a reader of `lang` sees it. */
export function countHtml(html: string, lang: string, count: Renderer['countNorwegianWords']): WordCount {
  const window = new Window();
  const doc = window.document;
  doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = html;
  // No layout without a browser: only the `hidden` attribute says an element is not drawn.
  const result = count(doc.body as unknown as Element, lang, (el) => !el.hasAttribute('hidden'));
  void window.happyDOM.close();
  return result;
}

/** Renders and counts every measured page of every language (nb included, as the baseline 0). */
export async function measureLanguages(root: string, langs: readonly Lang[]): Promise<LangFigure[]> {
  const generated = join(root, 'src/generated');
  const catalog = JSON.parse(readFileSync(join(generated, 'catalog.json'), 'utf8')) as Catalog;
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [preact()],
    resolve: { dedupe: ['preact'] },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const r = (await server.ssrLoadModule('/scripts/i18n/render-page.tsx')) as Renderer;
    const out: LangFigure[] = [];
    for (const lang of langs) {
      const file = join(generated, `text.${lang}.json`);
      const text = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CatalogText) : null;
      const pages: PageFigure[] = [];
      for (const p of r.measuredPages(catalog, lang)) {
        const html = await r.renderPath(p.path, catalog, text);
        pages.push({ ...p, ...countHtml(html, lang, r.countNorwegianWords) });
      }
      const words = pages.reduce((n, p) => n + p.words, 0);
      const norwegian = pages.reduce((n, p) => n + p.norwegian, 0);
      const worst = [...pages].sort((a, b) => norwegianShare(b) - norwegianShare(a))[0]!;
      out.push({ lang, pages, words, norwegian, worst, limit: maxNorwegianShare(lang) });
    }
    return out;
  } finally {
    await server.close();
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** The table printed by i18n:check: pooled share, worst page and the limit, per language. */
export function formatScreenTable(rows: LangFigure[]): string {
  const lines = rows.map((r) => {
    const kinds = [...new Set(r.pages.map((p) => p.kind))]
      .map((k) => {
        const of = r.pages.filter((p) => p.kind === k);
        return `${k} ${pct(norwegianShare({ words: of.reduce((n, p) => n + p.words, 0), norwegian: of.reduce((n, p) => n + p.norwegian, 0) }))}`;
      })
      .join(', ');
    return `${r.lang.padEnd(4)} ${pct(norwegianShare(r)).padStart(7)}  worst ${pct(norwegianShare(r.worst)).padStart(7)} (${r.worst.kind} ${r.worst.label})  limit ${pct(r.limit)}  · ${kinds}`;
  });
  return ['lang  all pages  worst page                                        by page type', ...lines].join('\n');
}

/** Pages of a language above its limit. */
export function overLimit(row: LangFigure): PageFigure[] {
  return row.pages.filter((p) => norwegianShare(p) > row.limit);
}

/** The most frequent Norwegian pieces of a language, to show where the words come from. */
export function topPieces(row: LangFigure, n = 8): string[] {
  const counts = new Map<string, number>();
  for (const p of row.pages) for (const piece of p.pieces) counts.set(piece, (counts.get(piece) ?? 0) + piece.split(/\s+/).length);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([piece, words]) => `${words} words: ${piece.length > 90 ? `${piece.slice(0, 87)}…` : piece}`);
}
