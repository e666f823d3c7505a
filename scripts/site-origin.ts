/**
 * The site's public origin, for what must name it absolutely: the `hreflang` alternates of every
 * prerendered page, sitemap.xml and robots.txt. From env SITE_ORIGIN; without it a local build
 * names http://localhost:4310 (`npm start`) and says so loudly, and a release build
 * (`RELEASE=1`, `npm run build:release`) fails: search engines would otherwise be sent to localhost.
 */

/** The origin of a local build without SITE_ORIGIN (the port `npm start` serves on). */
export const LOCAL_ORIGIN = 'http://localhost:4310';

/**
 * The origin to build for, and a warning to print when it is the local default. Throws for a
 * release build without SITE_ORIGIN, and for a SITE_ORIGIN that is not a bare http(s) origin
 * (https in a release).
 */
export function siteOrigin(env: Record<string, string | undefined>): { origin: string; warning: string | null } {
  const release = env.RELEASE === '1' || env.RELEASE === 'true';
  const raw = env.SITE_ORIGIN?.trim();
  if (!raw) {
    if (release) throw new Error('SITE_ORIGIN is not set: a release build needs the public origin, e.g. SITE_ORIGIN=https://finnhjelp.no npm run build:release');
    return {
      origin: LOCAL_ORIGIN,
      warning: `SITE_ORIGIN is not set: hreflang links, sitemap.xml and robots.txt name ${LOCAL_ORIGIN}. Fine for npm start; never deploy this build (use SITE_ORIGIN=https://… npm run build:release).`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_ORIGIN is not a URL: ${JSON.stringify(raw)}`);
  }
  const bare = /^[a-z0-9.-]+$/.test(url.hostname) && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
  if (!/^https?:$/.test(url.protocol) || !bare) throw new Error(`SITE_ORIGIN must be an origin only (scheme, host, optional port), like https://finnhjelp.no: ${JSON.stringify(raw)}`);
  if (release && url.protocol !== 'https:') throw new Error(`SITE_ORIGIN of a release build must be https: ${JSON.stringify(raw)}`);
  return { origin: url.origin, warning: null };
}
