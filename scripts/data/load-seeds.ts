/**
 * Reads the service seed files and turns both shapes (one record per file, or a group
 * `{ group, defaults, services[] }`) into flat records. Reading is separate from expanding so
 * tests can feed in-memory files.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataError } from './errors.ts';

export interface SeedFile {
  /** Path relative to the repository root, used in error messages. */
  file: string;
  /** Parsed JSON, or the parse error message. */
  json: unknown;
  parseError?: string;
}

export interface SeedRecord {
  file: string;
  /** Group name for records from a group file, else null. */
  group: string | null;
  /** Position in the file (0 for a single-record file). */
  index: number;
  record: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every `*.json` under `dir` (recursive, sorted so the build does not depend on the file system's order). */
export function readJsonFiles(dir: string, root: string): SeedFile[] {
  if (!existsSync(dir)) return [];
  const out: SeedFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        const file = relative(root, p).split('\\').join('/');
        const text = readFileSync(p, 'utf8');
        try {
          out.push({ file, json: JSON.parse(text) });
        } catch (e) {
          out.push({ file, json: null, parseError: (e as Error).message });
        }
      }
    }
  };
  walk(dir);
  return out;
}

/** Deep merge for group defaults: plain objects merge key by key, the office wins, arrays and scalars are replaced. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return structuredClone(base);
  if (!isObject(base) || !isObject(over)) return structuredClone(over);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? deepMerge(base[k], v) : structuredClone(v);
  return out;
}

/** Flattens one seed file into records; structural problems of the file become errors. */
export function expandSeedFile(f: SeedFile): { records: SeedRecord[]; errors: DataError[] } {
  const err = (field: string, message: string, record = '-'): DataError => ({ file: f.file, record, field, message });
  if (f.parseError !== undefined) return { records: [], errors: [err('-', `not valid JSON: ${f.parseError}`)] };
  const j = f.json;
  if (!isObject(j)) return { records: [], errors: [err('-', 'the file must hold one JSON object')] };
  if (!('services' in j) && !('group' in j) && !('defaults' in j)) {
    return { records: [{ file: f.file, group: null, index: 0, record: j }], errors: [] };
  }
  const errors: DataError[] = [];
  const group = j.group;
  if (typeof group !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(group)) errors.push(err('group', 'group file needs "group": a lower-case slug'));
  if (j.defaults !== undefined && !isObject(j.defaults)) errors.push(err('defaults', 'must be an object'));
  if (!Array.isArray(j.services)) errors.push(err('services', 'group file needs "services": an array of records'));
  for (const k of Object.keys(j)) if (!['group', 'defaults', 'services', '$comment'].includes(k)) errors.push(err(k, 'unknown field in a group file'));
  if (errors.length > 0) return { records: [], errors };
  const defaults = (j.defaults ?? {}) as Record<string, unknown>;
  const records: SeedRecord[] = [];
  (j.services as unknown[]).forEach((s, index) => {
    if (!isObject(s)) {
      errors.push(err(`services[${index}]`, 'must be an object', `#${index}`));
      return;
    }
    records.push({ file: f.file, group: group as string, index, record: deepMerge(defaults, s) as Record<string, unknown> });
  });
  return { records, errors };
}
