/**
 * Which precached HTML answers a navigation. Pure, shared by the service worker and its tests.
 * `/{lang}/…` gets that language's prerendered shell when it exists, else `/index.html`.
 */
const LANG_SEGMENT = /^\/([a-z]{2,3})(?:\/|$)/;

/** The precached HTML path to serve for a navigation to `pathname`. */
export function navigationShell(pathname: string, isPrecached: (path: string) => boolean): string {
  const m = LANG_SEGMENT.exec(pathname);
  if (m) {
    const candidate = `/${m[1]}/index.html`;
    if (isPrecached(candidate)) return candidate;
  }
  return '/index.html';
}
