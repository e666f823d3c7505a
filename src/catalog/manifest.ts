/**
 * The catalogue's own update channel, apart from the app's code. The build publishes a stable,
 * never-cached pointer `/data/catalog.json` (this manifest) next to content-addressed files
 * (`/data/catalog.<hash>.json`, `/data/text.<lang>.<hash>.json`, packed as in wire.ts). The app
 * compares the manifest's `edition` with the copy it uses and takes a newer one within the visit
 * (src/catalog/load.ts). Pure: shared by `npm run data`, the app and the tests.
 */
import { LANGS, type Lang } from './types.ts';

/** The one catalogue structure this app can read (`Catalog.schema`). A manifest naming another is refused. */
export const CATALOG_SCHEMA = 1;

/** Where the manifest is published: stable, never content-hashed, never precached. */
export const MANIFEST_URL = '/data/catalog.json';

/** One published file: its path on this origin, SHA-256 (hex) of its bytes, and size. */
export interface DataFile {
  url: string;
  sha256: string;
  bytes: number;
}

export interface CatalogManifest extends DataFile {
  schema: number;
  /** Identity of this catalogue with all its texts: SHA-256 over the files' hashes. */
  edition: string;
  /** Content version of the catalogue (`Catalog.version`). */
  version: string;
  /** Newest date any fact was checked (`Catalog.checked`), YYYY-MM-DD. */
  checked: string;
  /** Per-language service texts of this catalogue. */
  texts: Partial<Record<Lang, DataFile>>;
}

const HEX64 = /^[0-9a-f]{64}$/;
// Only our own /data/ folder: a manifest can never send the app to another origin or path.
const DATA_PATH = /^\/data\/[a-z0-9.-]+\.json$/;

function dataFile(v: unknown): DataFile | null {
  if (!v || typeof v !== 'object') return null;
  const f = v as Record<string, unknown>;
  if (typeof f.url !== 'string' || !DATA_PATH.test(f.url)) return null;
  if (typeof f.sha256 !== 'string' || !HEX64.test(f.sha256)) return null;
  if (typeof f.bytes !== 'number' || !Number.isInteger(f.bytes) || f.bytes < 0) return null;
  return { url: f.url, sha256: f.sha256, bytes: f.bytes };
}

/** A manifest as published, or null when anything in it is malformed. The schema is returned as is: the caller decides. */
export function parseManifest(v: unknown): CatalogManifest | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const m = v as Record<string, unknown>;
  const main = dataFile(m);
  if (!main || typeof m.schema !== 'number' || !Number.isInteger(m.schema)) return null;
  if (typeof m.edition !== 'string' || !HEX64.test(m.edition)) return null;
  if (typeof m.version !== 'string' || typeof m.checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(m.checked)) return null;
  if (!m.texts || typeof m.texts !== 'object' || Array.isArray(m.texts)) return null;
  const texts: Partial<Record<Lang, DataFile>> = {};
  for (const [lang, f] of Object.entries(m.texts as Record<string, unknown>)) {
    const file = dataFile(f);
    if (!file || !(LANGS as readonly string[]).includes(lang) || lang === 'nb') return null;
    texts[lang as Lang] = file;
  }
  return { ...main, schema: m.schema, edition: m.edition, version: m.version, checked: m.checked, texts };
}

/** What the edition id hashes: the catalogue's and every text's hash, so a corrected translation is a new edition too. */
export function editionInput(catalogSha: string, texts: Partial<Record<Lang, { sha256: string }>>): string {
  return [`catalog:${catalogSha}`, ...Object.entries(texts).sort(([a], [b]) => a.localeCompare(b)).map(([l, f]) => `${l}:${f!.sha256}`)].join('\n');
}
