/// <reference lib="webworker" />
/**
 * The service worker. Our own (injectManifest) rather than the generated one because we need:
 * language-aware navigation fallback (a deep link `/se/tjeneste/…` opened offline gets the
 * prerendered Sami shell, right `lang`/`dir` from the first paint), activation only when the user
 * taps "update" (never a reload mid-reading), and a plain, reviewable file.
 */
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { navigationShell } from './navigation.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Everything the app needs offline: shell, every route chunk, every language, the catalogue.
// Not /data/ (the catalogue's update channel) nor /open-data/: no route here serves them, so the
// manifest always comes from the network (src/catalog/load.ts).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(
    async ({ url }) => {
      const shell = navigationShell(url.pathname, (path) => getCacheKeyForURL(path) !== undefined);
      const res = (await matchPrecache(shell)) ?? (await matchPrecache('/index.html'));
      return res ?? fetch(url.href);
    },
    // Files are not pages: never answer them with HTML.
    { denylist: [/^\/assets\//, /\.[a-z0-9]+$/i] },
  ),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  // The page sends this only after the user tapped "Oppdater" (registerType: 'prompt').
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
