/**
 * The catalogue's copy in IndexedDB. Read first at start-up (fast); replaced atomically (one put
 * in one transaction: the catalogue and all its texts, or nothing) when an app update or the
 * catalogue's update channel brings a newer one. A stored copy that fails its checksum or schema
 * is discarded, never shown; a text that fails its checksum is not used.
 */
import type { Catalog } from '../catalog/types.ts';
import { unpackCatalog, type WireCatalog } from '../catalog/wire.ts';
import { CATALOG_SCHEMA } from '../catalog/manifest.ts';
import { withDb, type CachedCatalog, type StoredText } from './db.ts';

const KEY = 'current';

/** SHA-256 of a string, hex. */
export async function sha256Hex(text: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Minimal structural check of a parsed catalogue: what the app needs to render without crashing. */
export function isCatalogShape(value: unknown): value is Catalog {
  if (!value || typeof value !== 'object') return false;
  const c = value as Partial<Catalog>;
  return (
    c.schema === CATALOG_SCHEMA &&
    typeof c.version === 'string' &&
    Array.isArray(c.services) &&
    Array.isArray(c.measures) &&
    c.services.every((s) => !!s && typeof s.id === 'string' && typeof s.name === 'string' && Array.isArray(s.phones))
  );
}

/** A stored catalogue, verified. */
export interface CachedCopy {
  catalog: Catalog;
  version: string;
  /** SHA-256 of the packed catalogue JSON. */
  checksum: string;
  bundle: string;
  storedAt: number;
  edition?: string;
  texts?: Record<string, StoredText>;
}

/** Reads and verifies the stored catalogue; a corrupt copy is deleted and null returned. */
export async function readCachedCatalog(): Promise<CachedCopy | null> {
  return withDb(null, async (db) => {
    const rec = await db.get('catalog', KEY);
    if (!rec) return null;
    let parsed: unknown = null;
    try {
      // Stored packed, as shipped (src/catalog/wire.ts).
      if (typeof rec.json === 'string' && (await sha256Hex(rec.json)) === rec.checksum) parsed = unpackCatalog(JSON.parse(rec.json) as WireCatalog);
    } catch {
      parsed = null;
    }
    if (!isCatalogShape(parsed) || parsed.version !== rec.version) {
      await db.delete('catalog', KEY);
      return null;
    }
    const copy: CachedCopy = { catalog: parsed, version: rec.version, checksum: rec.checksum, bundle: rec.bundle ?? '', storedAt: rec.storedAt };
    if (typeof rec.edition === 'string') copy.edition = rec.edition;
    if (rec.texts && typeof rec.texts === 'object') copy.texts = rec.texts;
    return copy;
  });
}

/**
 * Stores a packed catalogue (its JSON text) atomically, replacing the previous one; a copy from the
 * update channel brings its edition id and texts, written in the same put. Returns false if it could not.
 */
export async function writeCachedCatalog(
  json: string,
  version: string,
  bundle = '',
  channel?: { edition: string; texts: Record<string, StoredText> },
): Promise<boolean> {
  const record: CachedCatalog = { version, checksum: await sha256Hex(json), schema: CATALOG_SCHEMA, json, bundle, storedAt: Date.now() };
  if (channel) {
    record.edition = channel.edition;
    record.texts = channel.texts;
  }
  return withDb(false, async (db) => {
    const tx = db.transaction('catalog', 'readwrite');
    await tx.store.put(record, KEY);
    await tx.done;
    return true;
  });
}
