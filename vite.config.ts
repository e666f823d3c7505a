import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP_META } from './scripts/security-headers.ts';
import { siteOrigin } from './scripts/site-origin.ts';

// A release build without SITE_ORIGIN stops here, before anything is built (scripts/site-origin.ts).
siteOrigin(process.env);

/** Puts the one CSP (scripts/security-headers.ts) into index.html, so meta tag and server headers never drift. */
function cspMeta(): Plugin {
  return { name: 'finnhjelp-csp', transformIndexHtml: (html) => html.replace('%CSP%', CSP_META) };
}

/** iOS has no install prompt and ignores most of the manifest: it needs its own tags. */
function iosMeta(): Plugin {
  const tags = [
    '<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />',
    '<meta name="apple-mobile-web-app-capable" content="yes" />',
    '<meta name="mobile-web-app-capable" content="yes" />',
    '<meta name="apple-mobile-web-app-title" content="Finn hjelp" />',
    '<meta name="apple-mobile-web-app-status-bar-style" content="default" />',
  ].join('\n    ');
  return { name: 'finnhjelp-ios', transformIndexHtml: (html) => html.replace('</head>', `    ${tags}\n  </head>`) };
}

/**
 * Prerenders the first screen of every language into dist/ (scripts/prerender.ts) right after the
 * client bundle is written and before the service worker's precache list is made, so the
 * prerendered pages are precached with their final revisions.
 */
function prerender(): Plugin {
  return {
    name: 'finnhjelp-prerender',
    apply: 'build',
    closeBundle: {
      sequential: true,
      order: 'pre',
      handler() {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prerender.ts'], { stdio: 'inherit' });
      },
    },
  };
}

/**
 * The catalogue's own update channel (src/catalog/manifest.ts): publishes `src/generated/data/`
 * (written by `npm run data`) as `/data/` — the manifest and its content-addressed files. They stay
 * out of the precache: the app stores the catalogue in IndexedDB itself and must see a corrected
 * manifest on its next online visit, not a cached one.
 */
function catalogChannel(): Plugin {
  const dir = 'src/generated/data';
  const files = (): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []);
  return {
    name: 'finnhjelp-catalog-channel',
    generateBundle() {
      for (const f of files()) this.emitFile({ type: 'asset', fileName: `data/${f}`, source: readFileSync(join(dir, f)) });
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(join(dir, name)));
      });
    },
  };
}

// Kill switch: `SW_KILL_SWITCH=1 npm run build` ships a service worker that unregisters itself and
// deletes its caches (vite-plugin-pwa `selfDestroying`). Use it if a release ever goes wrong.
const killSwitch = process.env.SW_KILL_SWITCH === '1';

export default defineConfig({
  // The address of "report an error" on every service page (src/catalog/report.ts; README).
  define: { 'import.meta.env.REPORT_EMAIL': JSON.stringify(process.env.REPORT_EMAIL ?? '') },
  plugins: [
    preact(),
    cspMeta(),
    iosMeta(),
    prerender(),
    catalogChannel(),
    VitePWA({
      // 'prompt': a new version waits until the user taps "Oppdater"; 'autoUpdate' would reload
      // every open tab mid-reading.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      selfDestroying: killSwitch,
      // The glob below already takes the icons; listing them twice would precache them twice.
      includeManifestIcons: false,
      injectManifest: {
        // Shell, every route chunk, every language (UI + service texts), the catalogue, icons and
        // the prerendered home of every language: after one visit the whole app works offline.
        globPatterns: ['**/*.{js,css,html,json,svg,png}'],
        // data/: the catalogue's own channel, never precached (see catalogChannel); open-data/: the
        // HSDS export, for other services, not for the app. Not the 2,000+ prerendered service pages
        // and their slices either: offline, the language's shell answers a deep link and the app
        // draws it from the stored catalogue (src/sw/sw.ts).
        globIgnores: ['**/sitemap.xml', '**/robots.txt', '.vite/**', 'data/**', 'open-data/**', '*/tjeneste/**', 'assets/slice/**'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Finn hjelp – hjelp mot vold og overgrep',
        short_name: 'Finn hjelp',
        description: 'Finn hjelp mot vold, overgrep, negativ sosial kontroll og æresrelatert vold i Norge. Virker uten nett.',
        lang: 'nb',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d3557',
        background_color: '#ffffff',
        categories: ['health', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  resolve: { dedupe: ['preact'] },
  // The manifest lets `npm run size` follow the chunk graph of the first screen.
  build: { target: 'es2020', sourcemap: false, assetsInlineLimit: 0, manifest: true },
  server: { port: 4311, strictPort: true },
  preview: { port: 4310, strictPort: true },
});
