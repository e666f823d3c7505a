/**
 * Prerenders the first screen (home: emergency strip, search form, category tiles) into
 * `dist/index.html` (nb, also the fallback for deep links) and `dist/{lang}/index.html` for every
 * language, so the emergency numbers show and work with JavaScript off and the first paint needs
 * no script; and the hide-your-visit page into `dist/{lang}/skjul-besok/index.html`, so its
 * instructions can be read with JavaScript off too; and every service in every language into
 * `dist/{lang}/tjeneste/{id}/index.html`, readable and callable with JavaScript off, each with its
 * slice of the catalogue (src/catalog/slice.ts) in `dist/assets/slice/{lang}/{id}-{hash}.json`,
 * from which the app takes over without the whole catalogue. Each page names its versions in the other
 * languages (`<link rel="alternate" hreflang>`, absolute URLs as search engines require). Also writes `dist/sitemap.xml` (every service in every language) and `dist/robots.txt`.
 * Runs after `vite build` (`npm run build`); the client re-renders over the same markup.
 * The components are bundled by a small vite SSR build of `src/shell/prerender-entry.tsx`, so their
 * CSS imports, JSON and `import.meta.glob` work exactly as in the app.
 *
 * Origin for hreflang, sitemap and robots.txt: env SITE_ORIGIN (scripts/site-origin.ts; a release
 * build without it fails).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import i18next, { type Resource, type ResourceLanguage, type TFunction } from 'i18next';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import type { ServiceSlice } from '../src/catalog/slice.ts';
import type { Catalog, CatalogText } from '../src/catalog/types.ts';
import { LANGS, dirOf, type Lang } from '../src/i18n/languages.ts';
import { pathOf, SEGMENTS } from '../src/shell/routes.ts';
import { siteOrigin } from './site-origin.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const SSR_OUT = join(ROOT, '.tmp', 'prerender');

type Entry = typeof import('../src/shell/prerender-entry.tsx');

/** Bundles the prerender entry for Node (no PWA plugin: the client build already made the worker). */
async function loadEntry(): Promise<Entry> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [preact()],
    resolve: { dedupe: ['preact'] },
    build: {
      ssr: 'src/shell/prerender-entry.tsx',
      outDir: SSR_OUT,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'prerender-entry.mjs' } },
    },
  });
  return (await import(pathToFileURL(join(SSR_OUT, 'prerender-entry.mjs')).href)) as Entry;
}

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null; // a language may not have every namespace yet: i18next falls back to nb
  }
}

/** UI namespaces of a language: every `locales/{lang}/*.json` but services.json (as src/i18n/i18n.ts loads them). */
function namespaces(lang: Lang): string[] {
  const dir = join(ROOT, 'locales', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'services.json')
    .map((f) => f.slice(0, -'.json'.length));
}

/**
 * Fills the global i18next with every language's locale files (nb as fallback) — the same instance
 * the bundled components use (i18next stays external in the SSR build), so helpers that read the
 * store themselves (`tl()`, weekday names) see the texts too.
 */
async function initTranslations(): Promise<void> {
  const resources: Resource = {};
  const all = new Set<string>();
  for (const l of LANGS) {
    resources[l] = {};
    for (const ns of namespaces(l)) {
      const data = readJson<ResourceLanguage>(join(ROOT, 'locales', l, `${ns}.json`));
      if (data) resources[l]![ns] = data;
      all.add(ns);
    }
  }
  await i18next.init({
    lng: 'nb',
    fallbackLng: 'nb',
    ns: [...all],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    resources,
  });
}

/** A `t` for one language (nb fallback); also makes it i18next's current language. */
async function translator(lang: Lang): Promise<TFunction> {
  await i18next.changeLanguage(lang);
  return i18next.getFixedT(lang);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `<link rel="alternate" hreflang>` for every language's version of a page, and `x-default` (the
 * home page's `/` picks the language; any other page defaults to Norwegian). The client keeps
 * them in step when the person moves on (src/shell/main.tsx).
 */
export function alternateLinks(origin: string, pathFor: (lang: Lang) => string, xDefault: string): string {
  return [
    ...LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(origin + pathFor(l))}" />`),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(origin + xDefault)}" />`,
  ].join('\n    ');
}

/** The page for one language, from vite's built index.html. */
export function fillTemplate(
  template: string,
  opts: { lang: Lang; title: string; description: string; body: string; head?: string },
): string {
  const out = template
    .replace(/<html[^>]*>/, `<html lang="${opts.lang}" dir="${dirOf(opts.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(opts.title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*(")/, `$1${escapeHtml(opts.description)}$2`)
    .replace('</head>', opts.head ? `  ${opts.head}\n  </head>` : '</head>')
    .replace('<!--app-html-->', opts.body);
  if (!out.includes(opts.body)) throw new Error('prerender: index.html has no <!--app-html--> placeholder');
  return out;
}

/** Writes a service's slice as a content-hashed asset; returns its URL path. */
function writeSlice(slice: ServiceSlice): string {
  const json = JSON.stringify(slice);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 10);
  const rel = `assets/slice/${slice.lang}/${slice.id}-${hash}.json`;
  mkdirSync(dirname(join(DIST, rel)), { recursive: true });
  writeFileSync(join(DIST, rel), json);
  return `/${rel}`;
}

/** The preload of a page's slice: fetched with the HTML, named so the app knows it is this page's. */
function sliceLink(url: string, key: string): string {
  return `<link rel="preload" href="${escapeHtml(url)}" as="fetch" crossorigin="anonymous" data-slice="${escapeHtml(key)}" />`;
}

/** A warning no one reads past: red, bold, its own lines, at the end of the build's output. */
function shout(warning: string): void {
  console.warn(`\n\x1b[1;31m!!! ${warning}\x1b[0m\n`);
}

async function main(): Promise<void> {
  // First, before any work: a release build without its public origin must not happen at all.
  const { origin, warning } = siteOrigin(process.env);
  const template = readFileSync(join(DIST, 'index.html'), 'utf8');
  if (!template.includes('<!--app-html-->')) {
    // vite empties dist/ on every build, so this build has prerendered already (the config's
    // prerender hook also runs for the service worker's own build). Nothing left to do.
    console.log('prerender: dist/ is already prerendered');
    if (warning) shout(warning);
    return;
  }
  const catalog = readJson<Catalog>(join(ROOT, 'src/generated/catalog.json'));
  if (!catalog) throw new Error('prerender: src/generated/catalog.json is missing; run npm run data first');

  const { renderHome, renderHide, renderService, serviceSlice, sliceKey } = await loadEntry();
  await initTranslations();
  const homeAlternates = alternateLinks(origin, (l) => pathOf({ name: 'home', lang: l }), '/');
  const hideAlternates = alternateLinks(origin, (l) => pathOf({ name: 'hide', lang: l }), pathOf({ name: 'hide', lang: 'nb' }));
  for (const lang of LANGS) {
    const t = await translator(lang);
    const description = t('ui:app.description');
    const home = fillTemplate(template, { lang, title: t('ui:app.title'), description, body: renderHome(lang, t, catalog), head: homeAlternates });
    mkdirSync(join(DIST, lang, SEGMENTS.hide), { recursive: true });
    writeFileSync(join(DIST, lang, 'index.html'), home);
    if (lang === 'nb') writeFileSync(join(DIST, 'index.html'), home);
    const hideTitle = `${t('safety:hide.title')} – ${t('ui:app.name')}`;
    const hide = fillTemplate(template, { lang, title: hideTitle, description, body: renderHide(lang, t, catalog), head: hideAlternates });
    writeFileSync(join(DIST, lang, SEGMENTS.hide, 'index.html'), hide);
    const text = lang === 'nb' ? null : readJson<CatalogText>(join(ROOT, 'src/generated', `text.${lang}.json`));
    for (const service of catalog.services) {
      const slice = serviceSlice(catalog, text, lang, service.id)!;
      const path = pathOf({ name: 'service', lang, id: service.id });
      const page = renderService(t, slice);
      const alternates = alternateLinks(origin, (l) => pathOf({ name: 'service', lang: l, id: service.id }), pathOf({ name: 'service', lang: 'nb', id: service.id }));
      const html = fillTemplate(template, { lang, title: page.title, description: page.description, body: page.body, head: `${sliceLink(writeSlice(slice), sliceKey(lang, service.id))}\n    ${alternates}` });
      mkdirSync(join(DIST, path), { recursive: true });
      writeFileSync(join(DIST, path, 'index.html'), html);
    }
  }

  const urls = LANGS.flatMap((lang) => [
    pathOf({ name: 'home', lang }),
    pathOf({ name: 'about', lang }),
    pathOf({ name: 'hide', lang }),
    pathOf({ name: 'measures', lang, query: new URLSearchParams() }),
    ...catalog.services.map((s) => pathOf({ name: 'service', lang, id: s.id })),
  ]);
  const sitemap =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    urls.map((u) => `  <url><loc>${escapeHtml(origin + u)}</loc></url>`).join('\n') +
    '\n</urlset>\n';
  writeFileSync(join(DIST, 'sitemap.xml'), sitemap);
  writeFileSync(join(DIST, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
  console.log(`prerender: home, hide page and ${catalog.services.length} service pages in ${LANGS.length} languages, sitemap with ${urls.length} URLs`);
  if (warning) shout(warning);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
