/**
 * `npm run data`: parses the two source documents, validates the service seeds and their
 * translations, and writes src/generated/{catalog.json, emergency.json, text.{lang}.json}.
 * On any error it prints every error (file › record › field: message) and exits 1, writing nothing.
 */
import { createHash } from 'node:crypto';
import { editionInput, type CatalogManifest, type DataFile } from '../../src/catalog/manifest.ts';
import type { Catalog, Lang } from '../../src/catalog/types.ts';
import { packCatalog, packText } from '../../src/catalog/wire.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from './build.ts';
import { stalenessReport } from './staleness.ts';
import { formatError } from './errors.ts';
import { readJsonFiles } from './load-seeds.ts';
import type { LocaleFile } from './locales.ts';
import { checkTable, makeCorrector } from './ocr.ts';
import { parsePlan } from './parse-plan.ts';
import { parseStatus } from './parse-status.ts';
import type { PlaceFile, PlaceFiles } from './places.ts';

export { parsePlan } from './parse-plan.ts';
export { parseStatus } from './parse-status.ts';
export { validateRecords } from './validate.ts';
export { buildCatalog } from './build.ts';

/** Reads `locales/{lang}/services.json` for every language folder that has one. */
export function readLocaleFiles(root: string): LocaleFile[] {
  const dir = join(root, 'locales');
  if (!existsSync(dir)) return [];
  const out: LocaleFile[] = [];
  for (const lang of readdirSync(dir).sort()) {
    const p = join(dir, lang, 'services.json');
    if (!existsSync(p)) continue;
    const file = `locales/${lang}/services.json`;
    try {
      out.push({ lang, file, json: JSON.parse(readFileSync(p, 'utf8')) });
    } catch (e) {
      out.push({ lang, file, json: null, parseError: (e as Error).message });
    }
  }
  return out;
}

function readOptionalJson(root: string, file: string): PlaceFile | undefined {
  const p = join(root, file);
  if (!existsSync(p)) return undefined;
  try {
    return { file, json: JSON.parse(readFileSync(p, 'utf8')) };
  } catch (e) {
    return { file, json: null, parseError: (e as Error).message };
  }
}

/** Reads the place files that exist: the municipality list, our additions, former names. */
export function readPlaceFiles(root: string): PlaceFiles {
  return {
    municipalities: readOptionalJson(root, 'seeds/kommuner-2024.json'),
    places: readOptionalJson(root, 'seeds/places.json'),
    formerNames: readOptionalJson(root, 'seeds/former-names.json'),
  };
}

/**
 * Writes the catalogue's update channel (src/catalog/manifest.ts) into `dir`, replacing what was
 * there: the content-addressed packed files and the manifest that points at them. The build copies
 * the folder to `dist/data/` as it is.
 */
export function writeChannel(dir: string, catalog: Catalog, wireJson: string, texts: ReadonlyArray<{ lang: Lang; json: string }>): CatalogManifest {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const publish = (stem: string, json: string): DataFile => {
    const sha256 = createHash('sha256').update(json).digest('hex');
    const name = `${stem}.${sha256.slice(0, 16)}.json`;
    writeFileSync(join(dir, name), json);
    return { url: `/data/${name}`, sha256, bytes: Buffer.byteLength(json) };
  };
  const main = publish('catalog', wireJson);
  const files: Partial<Record<Lang, DataFile>> = {};
  for (const t of texts) if (t.lang !== 'nb') files[t.lang] = publish(`text.${t.lang}`, t.json);
  const edition = createHash('sha256').update(editionInput(main.sha256, files)).digest('hex');
  const manifest: CatalogManifest = { schema: catalog.schema, edition, version: catalog.version, checked: catalog.checked, ...main, texts: files };
  // Compact: every online visit asks for it.
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(manifest));
  return manifest;
}

/** Runs the whole pipeline on a repository root. Returns the process exit code. */
export function run(root: string, log: (s: string) => void = console.log): number {
  const read = (p: string): string => readFileSync(join(root, p), 'utf8');
  const table = checkTable((JSON.parse(read('seeds/ocr-corrections.json')) as { corrections: unknown }).corrections);
  let plan, status;
  try {
    plan = parsePlan(read('seeds/source/opptrappingsplan-2024-2028-regjeringen-vil.txt'));
    status = parseStatus(read('seeds/source/statusrapport-2023-negativ-sosial-kontroll.txt'), makeCorrector(table));
  } catch (e) {
    log(`data: ${(e as Error).message}`);
    return 1;
  }
  const result = buildCatalog({
    plan,
    status,
    seedFiles: readJsonFiles(join(root, 'seeds/services'), root),
    localeFiles: readLocaleFiles(root),
    placeFiles: readPlaceFiles(root),
  });
  if (result.errors.length > 0 || !result.catalog || !result.texts || !result.emergency) {
    log(`data: ${result.errors.length} error(s); nothing written.`);
    for (const e of result.errors) log(`  ${formatError(e)}`);
    return 1;
  }
  const out = join(root, 'src/generated');
  mkdirSync(out, { recursive: true });
  const catalogJson = JSON.stringify(result.catalog);
  writeFileSync(join(out, 'catalog.json'), catalogJson);
  writeFileSync(join(out, 'emergency.json'), `${JSON.stringify(result.emergency, null, 2)}\n`);
  // What the app ships and caches: the same data packed (src/catalog/wire.ts). The plain files
  // above are for the build, the tests and the benchmarks.
  const wireJson = JSON.stringify(packCatalog(result.catalog));
  writeFileSync(join(out, 'catalog.wire.json'), wireJson);
  const written = new Set<string>();
  const wireTexts: Array<{ lang: Lang; json: string }> = [];
  let textBytes = 0;
  for (const t of result.texts) {
    const name = `text.${t.lang}.json`;
    writeFileSync(join(out, name), JSON.stringify(t));
    const wireName = `text.${t.lang}.wire.json`;
    const packed = JSON.stringify(packText(t, result.catalog));
    writeFileSync(join(out, wireName), packed);
    wireTexts.push({ lang: t.lang, json: packed });
    textBytes += Buffer.byteLength(packed);
    written.add(name).add(wireName);
  }
  // A language whose services.json was removed must not keep a stale text file.
  for (const f of readdirSync(out)) if (/^text\.[a-z]+(\.wire)?\.json$/.test(f) && !written.has(f)) rmSync(join(out, f));
  const manifest = writeChannel(join(out, 'data'), result.catalog, wireJson, wireTexts);

  const c = result.catalog;
  const perCategory = new Map<string, number>();
  for (const s of c.services) for (const cat of s.categories) perCategory.set(cat, (perCategory.get(cat) ?? 0) + 1);
  log(`data: catalogue ${c.version}, checked ${c.checked}, ${(Buffer.byteLength(catalogJson) / 1024).toFixed(1)} KB (shipped packed: ${(Buffer.byteLength(wireJson) / 1024).toFixed(1)} KB; texts ${(textBytes / 1024).toFixed(1)} KB)`);
  log(`  ${c.services.length} services, ${c.places.length} places, ${c.measures.filter((m) => m.source === 'plan').length} plan measures, ${c.measures.filter((m) => m.source === 'nsk').length} status measures`);
  log(`  places: ${c.places.length} municipalities (Kartverket, CC BY 4.0), ${c.places.reduce((n, p) => n + p.formerNames.length, 0)} former names, ${c.places.filter((p) => p.servedBy.length).length} with source-backed office links`);
  log(`  per category: ${[...perCategory].sort().map(([k, n]) => `${k} ${n}`).join(', ') || '–'}`);
  log(`  low-confidence numbers dropped: ${result.dropped.length}${result.dropped.length ? ` (${result.dropped.map((d) => `${d.service} ${d.number}`).join(', ')})` : ''}`);
  log(`  translations: ${result.texts.map((t) => `${t.lang} (${Object.keys(t.services).length})`).join(', ') || '–'}`);
  for (const line of stalenessReport(c)) log(`  ${line}`);
  log(`  emergency strip: ${result.emergency.map((e) => e.display).join(' · ')}`);
  log(`  update channel: /data/catalog.json ${Buffer.byteLength(JSON.stringify(manifest))} bytes → ${manifest.url} ${manifest.bytes} bytes, ${Object.keys(manifest.texts).length} texts`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(run(resolve(fileURLToPath(import.meta.url), '../../..')));
}
