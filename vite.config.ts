import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP_META } from './scripts/security-headers.ts';

/** Puts the one CSP (scripts/security-headers.ts) into index.html, so meta tag and server headers never drift. */
function cspMeta(): Plugin {
  return { name: 'finnhjelp-csp', transformIndexHtml: (html) => html.replace('%CSP%', CSP_META) };
}

export default defineConfig({
  plugins: [
    preact(),
    cspMeta(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: { globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'] },
    }),
  ],
  resolve: { dedupe: ['preact'] },
  build: { target: 'es2020', sourcemap: false, assetsInlineLimit: 0 },
  server: { port: 4311, strictPort: true },
  preview: { port: 4310, strictPort: true },
});
