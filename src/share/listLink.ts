/**
 * The list link `/{lang}/liste/{id},{id},…`. Pure (no DOM): the list page, the share bar, the
 * tests and the service worker can all use it.
 *
 * These links are printed on paper and put in QR codes, so decoding is forgiving about what a
 * person or a scanner may do to a link (upper case, spaces, stray commas, percent-encoding) and
 * strict about what reaches the page: only well-formed ids, each once, at most MAX_LIST_SIZE.
 * Plain ids are the normal form: readable, and they never depend on a table that could change
 * between two releases. Only when a list would make a link too long for a QR code to scan easily
 * is each id written as a short alias (`_` + 6 characters, a hash of the id computed on the
 * device). Aliases need the catalogue to be read back (resolve.ts); ids never change, so neither
 * do their aliases.
 */
import type { Lang } from '../catalog/types.ts';
import { SEGMENTS } from '../shell/routes.ts';

/** Most services one list carries. A longer list is too much for one meeting and for a QR code to scan easily. */
export const MAX_LIST_SIZE = 25;

/** Longest id accepted. Real ids are slugs well under this; longer input is garbage. */
export const MAX_ID_LENGTH = 64;

/** How much of a segment is read at all: 25 ids of 64 chars plus commas, with room for encoding. */
const MAX_SEGMENT_LENGTH = 8_000;

/** Above this path length a shared list uses aliases (keeps a list's QR code at version ≤ 10 or so). */
export const MAX_PLAIN_LIST_PATH = 200;

/** An alias: `_` and 6 base-36 characters. `_` never occurs in an id, so the two cannot be confused. */
const ALIAS_PATTERN = /^_[a-z0-9]{6}$/;

/** Same rule as the catalogue's ids (seeds/README.md): lower-case slug of a–z, 0–9 and single hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface DecodedList {
  /**
   * Well-formed references in the link's order, each once, at most MAX_LIST_SIZE: service ids,
   * or aliases (`_k3f9a2`) that resolve.ts turns into ids with the catalogue.
   */
  ids: string[];
  /** Pieces that are not ids (shortened to MAX_ID_LENGTH, at most MAX_LIST_SIZE of them), for counting on the page. */
  invalid: string[];
  /** Well-formed ids dropped because the list was longer than MAX_LIST_SIZE. */
  truncated: number;
}

/** True if `id` is a well-formed service id. */
export function isServiceId(id: unknown): boolean {
  return typeof id === 'string' && id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}

/** True if `ref` is an alias (`_` + 6 base-36 characters). */
export function isAlias(ref: unknown): boolean {
  return typeof ref === 'string' && ALIAS_PATTERN.test(ref);
}

/**
 * The alias of an id: cyrb53 (a fast 53-bit string hash) reduced to 6 base-36 characters.
 * Stable for ever, because ids never change. A unit test checks the catalogue has no collisions.
 */
export function aliasOf(id: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `_${(hash % 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** Undoes percent-encoding once; a broken escape leaves the text as it was rather than failing. */
function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Reads the `{id},{id},…` segment of a list link. Never throws.
 * Accepts the segment raw or already decoded (the router decodes it; a pasted link may not be).
 */
export function decodeList(segment: unknown): DecodedList {
  const result: DecodedList = { ids: [], invalid: [], truncated: 0 };
  if (typeof segment !== 'string' || segment.length === 0) return result;
  const text = safeDecode(segment.slice(0, MAX_SEGMENT_LENGTH));
  const seen = new Set<string>();
  for (const raw of text.split(',')) {
    // Scanners and mail programs change case and add spaces; ids are lower-case, so folding is safe.
    const piece = raw.trim().toLowerCase();
    if (piece === '') continue; // "a,,b" and a trailing comma are harmless
    if (!isServiceId(piece) && !isAlias(piece)) {
      if (result.invalid.length < MAX_LIST_SIZE) result.invalid.push(piece.slice(0, MAX_ID_LENGTH));
      continue;
    }
    if (seen.has(piece)) continue;
    seen.add(piece);
    if (result.ids.length < MAX_LIST_SIZE) result.ids.push(piece);
    else result.truncated++;
  }
  return result;
}

/** Writes ids as a list segment: well-formed ids only, each once, order kept, at most MAX_LIST_SIZE. */
export function encodeList(ids: readonly string[]): string {
  const out: string[] = [];
  for (const id of ids) {
    if (out.length >= MAX_LIST_SIZE) break;
    if (isServiceId(id) && !out.includes(id)) out.push(id);
  }
  return out.join(',');
}

/** Path of a list in a language: `/{lang}/liste/{ids}`. */
export function listPath(lang: Lang, ids: readonly string[]): string {
  return `/${lang}/${SEGMENTS.list}/${encodeList(ids)}`;
}

/** Ids written as aliases (`_k3f9a2,_0x81bd`): for long lists only, see sharedListPath. */
export function encodeListCompact(ids: readonly string[]): string {
  const plain = encodeList(ids);
  return plain === '' ? '' : plain.split(',').map(aliasOf).join(',');
}

/**
 * The list path to share: plain ids when the path stays short, aliases when plain ids would make
 * the link (and its QR code) too long to scan easily.
 */
export function sharedListPath(lang: Lang, ids: readonly string[]): string {
  const plain = listPath(lang, ids);
  return plain.length <= MAX_PLAIN_LIST_PATH ? plain : `/${lang}/${SEGMENTS.list}/${encodeListCompact(ids)}`;
}

/** Path of one service in a language: `/{lang}/tjeneste/{id}`. */
export function servicePath(lang: Lang, id: string): string {
  return `/${lang}/${SEGMENTS.service}/${encodeURIComponent(id)}`;
}

/**
 * The absolute link that is shared: this site's origin + a path. Nothing else: no referrer,
 * no tracking parameter, nothing about who shared it.
 */
export function absoluteUrl(path: string, origin: string): string {
  return origin.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}
