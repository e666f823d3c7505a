/**
 * The catalogue's copy in IndexedDB. Read first at start-up (fast); replaced atomically (one
 * put in one transaction) when an app update brings a newer catalogue. A stored copy that fails
 * its checksum or schema is discarded, never shown.
 */
import type { Catalog } from '../catalog/types.ts';
import { unpackCatalog, type WireCatalog } from '../catalog/wire.ts';
import { withDb, type CachedCatalog } from './db.ts';

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
    c.schema === 1 &&
    typeof c.version === 'string' &&
    Array.isArray(c.services) &&
    Array.isArray(c.measures) &&
    c.services.every((s) => !!s && typeof s.id === 'string' && typeof s.name === 'string' && Array.isArray(s.phones))
  );
}

/** Reads and verifies the stored catalogue; a corrupt copy is deleted and null returned. */
export async function readCachedCatalog(): Promise<{ catalog: Catalog; version: string; bundle: string } | null> {
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
    return { catalog: parsed, version: rec.version, bundle: rec.bundle ?? '' };
  });
}

/** Stores a packed catalogue (its JSON text) atomically, replacing the previous one. Returns false if it could not. */
export async function writeCachedCatalog(json: string, version: string, bundle = ''): Promise<boolean> {
  const record: CachedCatalog = { version, checksum: await sha256Hex(json), schema: 1, json, bundle, storedAt: Date.now() };
  return withDb(false, async (db) => {
    const tx = db.transaction('catalog', 'readwrite');
    await tx.store.put(record, KEY);
    await tx.done;
    return true;
  });
}
