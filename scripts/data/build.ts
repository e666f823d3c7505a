/**
 * The pure core of `npm run data`: measures + seed records + translations → catalogue, texts,
 * emergency strip. No file system here; build-catalog.ts does the reading and writing.
 */
import { createHash } from 'node:crypto';
import type { Catalog, CatalogText, Lang, Measure, Place, PlanMeasure, StatusMeasure } from '../../src/catalog/types.ts';
import { applyCertainty, type DroppedPhone } from './certainty.ts';
import type { DataError } from './errors.ts';
import { expandSeedFile, type SeedFile, type SeedRecord } from './load-seeds.ts';
import { buildLocaleText, type LocaleFile } from './locales.ts';
import { MINISTRIES } from './ministries.ts';
import { buildPlaces } from './places.ts';
import { PLAN_MEASURE_COUNT } from './parse-plan.ts';
import { STATUS_MEASURE_COUNT } from './parse-status.ts';
import { validateRecords } from './validate.ts';

/** The emergency strip, in this order. */
export const EMERGENCY_IDS = ['nodnummer-112', 'nodnummer-113', 'vo-linjen', 'alarmtelefonen'] as const;

export interface EmergencyEntry {
  id: string;
  number: string;
  display: string;
}

export interface BuildInput {
  plan: PlanMeasure[];
  status: StatusMeasure[];
  seedFiles: SeedFile[];
  localeFiles: LocaleFile[];
  /** `seeds/places.json`, if it exists. */
  placesFile?: { file: string; json: unknown; parseError?: string };
  /** Check that the real documents gave 122 + 33 measures; tests with small fixtures turn this off. */
  expectFullPlan?: boolean;
  /** Which records feed the emergency strip (default EMERGENCY_IDS). */
  emergencyIds?: readonly string[];
}

export interface BuildResult {
  errors: DataError[];
  catalog?: Catalog;
  texts?: CatalogText[];
  emergency?: EmergencyEntry[];
  dropped: DroppedPhone[];
}

/** Short content hash: changes whenever any fact changes. */
export function contentVersion(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

/** Builds everything or returns every error found. */
export function buildCatalog(input: BuildInput): BuildResult {
  const errors: DataError[] = [];
  const planFile = 'seeds/source/opptrappingsplan-2024-2028-regjeringen-vil.txt';
  const statusFile = 'seeds/source/statusrapport-2023-negativ-sosial-kontroll.txt';
  if (input.expectFullPlan !== false) {
    const nums = (ms: { number: number }[]) => ms.map((m) => m.number).join(',');
    const want = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(',');
    if (nums(input.plan) !== want(PLAN_MEASURE_COUNT)) errors.push({ file: planFile, record: '-', field: '-', message: `expected measures 1–${PLAN_MEASURE_COUNT} in order, got ${input.plan.length}` });
    if (nums(input.status) !== want(STATUS_MEASURE_COUNT)) errors.push({ file: statusFile, record: '-', field: '-', message: `expected measures 1–${STATUS_MEASURE_COUNT} in order, got ${input.status.length}` });
  }
  const measures: Measure[] = [...input.plan, ...input.status].map((m) => ({ ...m, services: [] as string[] }));
  const measureIds = new Set(measures.map((m) => m.id));

  const records: SeedRecord[] = [];
  for (const f of input.seedFiles) {
    const r = expandSeedFile(f);
    records.push(...r.records);
    errors.push(...r.errors);
  }
  const v = validateRecords(records, { measureIds });
  errors.push(...v.errors);
  const fileOf = (id: string): string => records.find((r) => r.record.id === id)?.file ?? '-';
  const c = applyCertainty(v.services, fileOf);
  errors.push(...c.errors);
  const services = [...c.services].sort((a, b) => a.id.localeCompare(b.id));

  // Translations: validated against the services and measures; names go into the catalogue for search.
  const texts: CatalogText[] = [];
  for (const lf of [...input.localeFiles].sort((a, b) => a.lang.localeCompare(b.lang))) {
    const t = buildLocaleText(lf, services, measures, c.dropped);
    errors.push(...t.errors);
    if (t.text) texts.push(t.text);
  }
  for (const t of texts) {
    for (const s of services) {
      const name = t.services[s.id]?.name;
      if (name) s.names[t.lang as Exclude<Lang, 'nb'>] = name;
    }
  }

  // Links both ways.
  const byMeasure = new Map(measures.map((m) => [m.id, m]));
  for (const s of services) for (const mid of s.measures) byMeasure.get(mid)?.services.push(s.id);
  for (const m of measures) m.services.sort();

  // Emergency strip.
  const emergency: EmergencyEntry[] = [];
  for (const id of input.emergencyIds ?? EMERGENCY_IDS) {
    const s = services.find((x) => x.id === id);
    const p = s?.phones[0];
    if (!s) errors.push({ file: 'seeds/services', record: id, field: '-', message: 'the emergency strip needs this record, and it is missing or invalid' });
    else if (!p) errors.push({ file: fileOf(id), record: id, field: 'phones', message: 'the emergency strip needs a certain phone number here' });
    else emergency.push({ id, number: p.number, display: p.display });
  }

  // Places for search.
  let places: Place[] = [];
  if (input.placesFile) {
    if (input.placesFile.parseError !== undefined) errors.push({ file: input.placesFile.file, record: '-', field: '-', message: `not valid JSON: ${input.placesFile.parseError}` });
    else {
      const p = buildPlaces(input.placesFile.file, input.placesFile.json, new Set(services.map((s) => s.id)));
      errors.push(...p.errors);
      places = p.places;
    }
  }

  if (errors.length > 0) return { errors, dropped: c.dropped };
  const ministries = { ...MINISTRIES };
  const checked = services.map((s) => s.assuredDate).sort().at(-1) ?? '1970-01-01';
  const content = { services, measures, ministries, places };
  const catalog: Catalog = { schema: 1, version: contentVersion(content), checked, services, measures, ministries, places };
  return { errors, catalog, texts, emergency, dropped: c.dropped };
}
