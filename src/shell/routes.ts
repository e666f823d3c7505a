/**
 * The URL scheme. These URLs are shared, printed and put in QR codes: they must never break.
 *
 *   /{lang}/                  home
 *   /{lang}/sok?q=…&…         search (query and filters in the URL)
 *   /{lang}/tjeneste/{id}     one service
 *   /{lang}/tiltak            the plan's measures (filters in the URL)
 *   /{lang}/liste/{id},{id}   a list of services (sharing)
 *   /{lang}/mine              services and lists saved on this device
 *   /{lang}/om                about: sources, privacy
 *   /{lang}/skjul-besok       how to hide your visit, delete everything
 *
 * Pure: no DOM, so the prerenderer, the service worker and the tests share it.
 */
import { isLang, type Lang } from '../i18n/languages.ts';

export type Route =
  | { name: 'home'; lang: Lang }
  | { name: 'search'; lang: Lang; query: URLSearchParams }
  | { name: 'service'; lang: Lang; id: string }
  | { name: 'measures'; lang: Lang; query: URLSearchParams }
  | { name: 'list'; lang: Lang; ids: string }
  | { name: 'saved'; lang: Lang }
  | { name: 'about'; lang: Lang }
  | { name: 'hide'; lang: Lang }
  | { name: 'notfound'; lang: Lang; reason: 'path' | 'lang' }
  /** `/` alone: the app picks the language (stored choice, browser, nb). */
  | { name: 'root' };

export const SEGMENTS = {
  search: 'sok',
  service: 'tjeneste',
  measures: 'tiltak',
  list: 'liste',
  saved: 'mine',
  about: 'om',
  hide: 'skjul-besok',
} as const;

/** Parses a pathname + search into a route. Never throws. */
export function parseRoute(pathname: string, search = ''): Route {
  let parts: string[];
  try {
    parts = pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  } catch {
    return { name: 'notfound', lang: 'nb', reason: 'path' };
  }
  if (parts.length === 0) return { name: 'root' };
  const [first, second, third, ...rest] = parts;
  if (!isLang(first)) {
    // Unknown language code, or a path without one: say so in Norwegian.
    return { name: 'notfound', lang: 'nb', reason: /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(first ?? '') ? 'lang' : 'path' };
  }
  const lang = first;
  const query = new URLSearchParams(search);
  if (rest.length > 0) return { name: 'notfound', lang, reason: 'path' };
  if (second === undefined) return { name: 'home', lang };
  switch (second) {
    case SEGMENTS.search:
      return third === undefined ? { name: 'search', lang, query } : { name: 'notfound', lang, reason: 'path' };
    case SEGMENTS.service:
      return third ? { name: 'service', lang, id: third } : { name: 'notfound', lang, reason: 'path' };
    case SEGMENTS.measures:
      return third === undefined ? { name: 'measures', lang, query } : { name: 'notfound', lang, reason: 'path' };
    case SEGMENTS.list:
      return { name: 'list', lang, ids: third ?? '' };
    case SEGMENTS.saved:
      return third === undefined ? { name: 'saved', lang } : { name: 'notfound', lang, reason: 'path' };
    case SEGMENTS.about:
      return third === undefined ? { name: 'about', lang } : { name: 'notfound', lang, reason: 'path' };
    case SEGMENTS.hide:
      return third === undefined ? { name: 'hide', lang } : { name: 'notfound', lang, reason: 'path' };
    default:
      return { name: 'notfound', lang, reason: 'path' };
  }
}

/** Builds the path of a route (with query string where the route has one). */
export function pathOf(route: Exclude<Route, { name: 'root' } | { name: 'notfound' }>): string {
  const base = `/${route.lang}/`;
  switch (route.name) {
    case 'home':
      return base;
    case 'search': {
      const q = route.query.toString();
      return `${base}${SEGMENTS.search}${q ? `?${q}` : ''}`;
    }
    case 'service':
      return `${base}${SEGMENTS.service}/${encodeURIComponent(route.id)}`;
    case 'measures': {
      const q = route.query.toString();
      return `${base}${SEGMENTS.measures}${q ? `?${q}` : ''}`;
    }
    case 'list':
      return `${base}${SEGMENTS.list}/${route.ids}`;
    case 'saved':
      return `${base}${SEGMENTS.saved}`;
    case 'about':
      return `${base}${SEGMENTS.about}`;
    case 'hide':
      return `${base}${SEGMENTS.hide}`;
  }
}

/** The same page in another language: keeps service, search and filters. */
export function switchLanguage(pathname: string, search: string, lang: Lang): string {
  const route = parseRoute(pathname, search);
  if (route.name === 'root' || route.name === 'notfound') return `/${lang}/`;
  return pathOf({ ...route, lang } as Exclude<Route, { name: 'root' } | { name: 'notfound' }>);
}
