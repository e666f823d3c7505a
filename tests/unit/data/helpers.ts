/** Shared test helpers for the data pipeline: real source documents, fixture seeds, record factory. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkTable, makeCorrector, type CorrectionTable } from '../../../scripts/data/ocr.ts';
import { parsePlan } from '../../../scripts/data/parse-plan.ts';
import { parseStatus } from '../../../scripts/data/parse-status.ts';
import { readJsonFiles, type SeedFile } from '../../../scripts/data/load-seeds.ts';
import { readLocaleFiles, readPlaceFiles } from '../../../scripts/data/build-catalog.ts';
import type { BuildInput } from '../../../scripts/data/build.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURE_ROOT = join(ROOT, 'tests/fixtures/data');

export const planSource = (): string => readFileSync(join(ROOT, 'seeds/source/opptrappingsplan-2024-2028-regjeringen-vil.txt'), 'utf8');
export const statusSource = (): string => readFileSync(join(ROOT, 'seeds/source/statusrapport-2023-negativ-sosial-kontroll.txt'), 'utf8');
export const correctionTable = (): CorrectionTable =>
  checkTable((JSON.parse(readFileSync(join(ROOT, 'seeds/ocr-corrections.json'), 'utf8')) as { corrections: unknown }).corrections);

let cached: { plan: ReturnType<typeof parsePlan>; status: ReturnType<typeof parseStatus> } | null = null;
/** The real measures, parsed once per test file. */
export function realMeasures(): { plan: ReturnType<typeof parsePlan>; status: ReturnType<typeof parseStatus> } {
  cached ??= { plan: parsePlan(planSource()), status: parseStatus(statusSource(), makeCorrector(correctionTable())) };
  return structuredClone(cached);
}

/** Build input from the fixture tree (real measures, fixture seeds, translations and places). */
export function fixtureInput(): BuildInput {
  return {
    ...realMeasures(),
    seedFiles: readJsonFiles(join(FIXTURE_ROOT, 'seeds/services'), FIXTURE_ROOT),
    localeFiles: readLocaleFiles(FIXTURE_ROOT),
    placeFiles: readPlaceFiles(FIXTURE_ROOT),
  };
}

/** A complete, valid national record; override fields per test. */
export function record(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-linje',
    categories: ['hjelpetelefon'],
    organization: { name: 'Testorg', url: 'https://example.no/' },
    name: 'Testlinjen',
    summary: 'En hjelpetelefon.',
    description: 'Du ringer, og noen svarer.',
    audienceText: 'Alle.',
    audiences: ['voksne'],
    free: true,
    anonymous: true,
    referral: false,
    phones: [{ number: '80012345', display: '800 12 345', label: { nb: 'Ring' }, confidence: 'high', sources: ['s1'] }],
    schedule: { type: 'always', sources: ['s1'] },
    area: { type: 'national' },
    location: null,
    measures: ['plan-63'],
    fallback: [],
    keywords: { nb: ['hjelp'] },
    sources: { s1: { url: 'https://example.no/kilde', kind: 'service', retrieved: '2026-11-01', published: '2025', fact: 'Nummeret er 800 12 345' } },
    ...over,
  };
}

/** A seed file holding one record. */
export const file = (json: unknown, name = 'seeds/services/national/test.json'): SeedFile => ({ file: name, json });
