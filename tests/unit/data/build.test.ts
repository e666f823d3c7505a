import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/data/build-catalog.ts';
import { buildCatalog, contentVersion, type BuildInput } from '../../../scripts/data/build.ts';
import { formatError } from '../../../scripts/data/errors.ts';
import type { Catalog, StatusMeasure } from '../../../src/catalog/types.ts';
import { FIXTURE_ROOT, ROOT, file, fixtureInput, record } from './helpers.ts';

const good = buildCatalog(fixtureInput());
const catalog = good.catalog!;
const service = (id: string) => catalog.services.find((s) => s.id === id)!;

/** Fixture input with one seed file changed by `edit`. */
function withSeed(name: string, edit: (json: any) => void): BuildInput {
  const input = fixtureInput();
  const f = input.seedFiles.find((x) => x.file.endsWith(name))!;
  edit(f.json);
  return input;
}

describe('buildCatalog on the fixtures', () => {
  it('builds without errors', () => {
    expect(good.errors.map(formatError)).toEqual([]);
    expect(catalog.schema).toBe(1);
    expect(catalog.services.map((s) => s.id)).toEqual(['alarmtelefonen', 'krisesenter-oslo', 'krisesenter-tromso', 'nodnummer-112', 'nodnummer-113', 'vo-linjen']);
    expect(catalog.measures.filter((m) => m.source === 'plan')).toHaveLength(122);
    expect(catalog.measures.filter((m) => m.source === 'nsk')).toHaveLength(33);
  });

  it('expands group offices with the group defaults', () => {
    const t = service('krisesenter-tromso');
    expect(t.group).toBe('krisesenter');
    expect(t.categories).toEqual(['krisesenter']);
    expect(t.area).toEqual({ type: 'counties', counties: ['Troms'] });
    expect(service('krisesenter-oslo').area).toEqual({ type: 'national' });
    expect(t.location).toEqual({ name: 'Tromsø', number: '5501', county: 'Troms', altNames: ['Romsa'] });
  });

  it('drops low-confidence phones and SMS (kept in the seeds), and reports them', () => {
    expect(service('krisesenter-oslo').phones).toEqual([]);
    expect(service('krisesenter-oslo').fallback).toEqual(['vo-linjen', 'nodnummer-112']);
    expect(service('krisesenter-tromso').phones.map((p) => p.number)).toEqual(['77600000']);
    expect(service('vo-linjen').sms).toEqual([]);
    expect(good.dropped).toEqual([
      { service: 'krisesenter-oslo', number: '22000000', kind: 'phone' },
      { service: 'vo-linjen', number: '41716006', kind: 'sms' },
    ]);
    expect(JSON.stringify(catalog)).not.toMatch(/"confidence":"low"/);
  });

  it('links measures and services both ways, consistently', () => {
    expect(catalog.measures.find((m) => m.id === 'plan-63')!.services).toEqual(['alarmtelefonen', 'vo-linjen']);
    expect(catalog.measures.find((m) => m.id === 'plan-64')!.services).toEqual(['krisesenter-oslo', 'krisesenter-tromso']);
    expect(catalog.measures.find((m) => m.id === 'nsk-8')!.services).toEqual(['alarmtelefonen']);
    for (const m of catalog.measures) for (const sid of m.services) expect(service(sid).measures).toContain(m.id);
    for (const s of catalog.services) for (const mid of s.measures) expect(catalog.measures.find((m) => m.id === mid)!.services).toContain(s.id);
  });

  it('sets version, checked date and ministries', () => {
    expect(catalog.version).toMatch(/^[0-9a-f]{12}$/);
    expect(catalog.checked).toBe('2026-11-01');
    expect(catalog.ministries.JD).toBe('Justis- og beredskapsdepartementet');
    expect(Object.keys(catalog.ministries)).toEqual(expect.arrayContaining(['JD', 'BFD', 'HOD', 'KD', 'AID', 'KUD', 'KDD', 'LMD']));
  });

  it('changes the version when any fact changes, and only then', () => {
    expect(buildCatalog(fixtureInput()).catalog!.version).toBe(catalog.version);
    const changed = buildCatalog(withSeed('vo-linjen.json', (j) => (j.summary = 'Endret.'))).catalog!;
    expect(changed.version).not.toBe(catalog.version);
    expect(contentVersion({ a: 1 })).not.toBe(contentVersion({ a: 2 }));
  });

  it('writes the emergency strip from the catalogue records', () => {
    expect(good.emergency).toEqual([
      { id: 'nodnummer-112', number: '112', display: '112' },
      { id: 'nodnummer-113', number: '113', display: '113' },
      { id: 'vo-linjen', number: '116006', display: '116 006' },
      { id: 'alarmtelefonen', number: '116111', display: '116 111' },
    ]);
  });

  it('builds places for search', () => {
    expect(catalog.places.map((p) => [p.name, p.altNames, p.servedBy])).toEqual([
      ['Kautokeino', ['Guovdageaidnu'], []],
      ['Tromsø', ['Romsa'], ['krisesenter-tromso']],
    ]);
  });
});

describe('translations', () => {
  const en = good.texts!.find((t) => t.lang === 'en')!;
  const se = good.texts!.find((t) => t.lang === 'se')!;

  it('expands @group texts per office; the office’s own field wins', () => {
    expect(en.services['krisesenter-oslo']).toEqual({ summary: 'A safe place to stay.', description: 'You can call day and night.' });
    expect(en.services['krisesenter-tromso']).toEqual({ summary: 'Crisis centre in Tromsø.', description: 'You can call day and night.' });
    expect(en.services['nodnummer-112']).toBeUndefined();
    expect(en.measures).toEqual({ 'plan-64': { text: 'Update the guides for the Crisis Centre Act.' }, 'nsk-6': { title: 'Develop the Expert Team further' } });
  });

  it('puts translated names into the catalogue for search', () => {
    expect(service('vo-linjen').names).toEqual({ en: 'Helpline for violence and abuse' });
    expect(service('krisesenter-tromso').names).toEqual({ se: 'Romssa kriisaguovddáš' });
    expect(se.lang).toBe('se');
  });

  it('rejects unknown ids, groups, measures and fields, naming file, key and field', () => {
    const input = fixtureInput();
    input.localeFiles.push({
      lang: 'ar',
      file: 'locales/ar/services.json',
      json: {
        services: { 'finnes-ikke': { name: 'x' }, '@ukjent': { name: 'x' }, 'vo-linjen': { title: 'x', name: '' } },
        measures: { 'plan-999': { text: 'x' }, 'plan-1': { title: 'x' }, 'nsk-1': { text: 'x' } },
        extra: 1,
      },
    });
    const errors = buildCatalog(input).errors.map(formatError);
    expect(errors).toEqual([
      'locales/ar/services.json › - › extra: unknown field (expected "services" and "measures")',
      'locales/ar/services.json › finnes-ikke › -: unknown service id "finnes-ikke"',
      'locales/ar/services.json › @ukjent › -: unknown group "ukjent"',
      'locales/ar/services.json › vo-linjen › title: unknown field (allowed: name, summary, description, audienceText, scheduleNotes, notes, labels)',
      'locales/ar/services.json › vo-linjen › name: must be a non-empty string',
      'locales/ar/services.json › plan-999 › -: unknown measure "plan-999"',
      'locales/ar/services.json › plan-1 › title: unknown field (allowed for plan-1: text)',
      'locales/ar/services.json › nsk-1 › text: unknown field (allowed for nsk-1: title, statusText)',
    ]);
  });

  /** Fixture input where vo-linjen has notes, a labelled chat, an unlabelled e-mail and a labelled website, plus `json` as Arabic texts. */
  function withLabels(json: unknown): BuildInput {
    const input = withSeed('vo-linjen.json', (r) => {
      r.notes = 'Usikker åpningstid i helgene.';
      r.chat = [{ url: 'https://example.no/chat', label: { nb: 'Chat på kvelden' }, sources: ['offisiell'] }];
      r.email = [{ url: 'mailto:post@example.no', sources: ['offisiell'] }];
      r.website = { url: 'https://example.no/', label: { nb: 'Les mer' }, sources: ['offisiell'] };
    });
    input.localeFiles.push({ lang: 'ar', file: 'locales/ar/services.json', json });
    return input;
  }

  it('merges translated labels and notes; @group labels apply per office, only to channels it has', () => {
    const input = withLabels({
      services: {
        'vo-linjen': { notes: 'ملاحظة', labels: { 'phone:116006': 'اتصل', 'chat:0': 'دردشة', website: 'اقرأ المزيد' } },
        '@krisesenter': { labels: { 'phone:77600000': 'على مدار الساعة' } },
      },
    });
    const r = buildCatalog(input);
    expect(r.errors.map(formatError)).toEqual([]);
    const ar = r.texts!.find((t) => t.lang === 'ar')!;
    expect(ar.services['vo-linjen']).toEqual({ notes: 'ملاحظة', labels: { 'phone:116006': 'اتصل', 'chat:0': 'دردشة', website: 'اقرأ المزيد' } });
    expect(ar.services['krisesenter-tromso']).toEqual({ labels: { 'phone:77600000': 'على مدار الساعة' } });
    // Oslo's only number is low confidence: nothing to label there.
    expect(ar.services['krisesenter-oslo']).toBeUndefined();
  });

  it('accepts a label of a number the certainty rule dropped, and ships nothing for it', () => {
    const r = buildCatalog(withLabels({ services: { 'vo-linjen': { labels: { 'sms:41716006': 'رسالة' } } } }));
    expect(r.errors.map(formatError)).toEqual([]);
    expect(r.texts!.find((t) => t.lang === 'ar')!.services['vo-linjen']).toBeUndefined();
  });

  it('rejects labels of channels that do not exist, unknown label keys and notes without Norwegian notes', () => {
    const input = withLabels({
      services: {
        'vo-linjen': {
          labels: {
            'phone:99999999': 'x',
            'sms:116006': 'x',
            'chat:1': 'x',
            'email:0': 'x',
            'fax:1': 'x',
            'chat:01': 'x',
            website: '',
          },
        },
        'nodnummer-112': { notes: 'x', labels: 'ring' },
        '@krisesenter': { labels: { website: 'x', 'phone:22000001': 'x' } },
      },
    });
    expect(buildCatalog(input).errors.map(formatError)).toEqual([
      'locales/ar/services.json › vo-linjen › labels.phone:99999999: no phone number 99999999 in the record',
      'locales/ar/services.json › vo-linjen › labels.sms:116006: no sms number 116006 in the record',
      'locales/ar/services.json › vo-linjen › labels.chat:1: the record has no chat channel number 1 (0-based)',
      'locales/ar/services.json › vo-linjen › labels.email:0: this channel has no Norwegian label to translate',
      'locales/ar/services.json › vo-linjen › labels.fax:1: unknown label key (expected "phone:<number>", "sms:<number>", "chat:<i>", "email:<i>" or "website")',
      'locales/ar/services.json › vo-linjen › labels.chat:01: unknown label key (expected "phone:<number>", "sms:<number>", "chat:<i>", "email:<i>" or "website")',
      'locales/ar/services.json › vo-linjen › labels.website: must be a non-empty string',
      'locales/ar/services.json › nodnummer-112 › notes: the record has no Norwegian notes to translate',
      'locales/ar/services.json › nodnummer-112 › labels: must be an object keyed by channel ("phone:<number>", "sms:<number>", "chat:<i>", "email:<i>", "website")',
      'locales/ar/services.json › @krisesenter › labels.website: the record has no website',
      'locales/ar/services.json › @krisesenter › labels.phone:22000001: no phone number 22000001 in the record',
    ]);
  });

  it('rejects an odd-Unicode or huge label like any other text', () => {
    const input = withLabels({ services: { 'vo-linjen': { labels: { 'phone:116006': 'a\u0007b', 'chat:0': 'x'.repeat(9000) } } } });
    expect(buildCatalog(input).errors.map(formatError)).toEqual([
      'locales/ar/services.json › vo-linjen › labels.phone:116006: contains control characters',
      'locales/ar/services.json › vo-linjen › labels.chat:0: too long (9000 characters, at most 8000)',
    ]);
  });

  it('rejects an unknown language folder, nb, and broken JSON', () => {
    const input = fixtureInput();
    input.localeFiles.push({ lang: 'xx', file: 'locales/xx/services.json', json: { services: {} } });
    input.localeFiles.push({ lang: 'nb', file: 'locales/nb/services.json', json: { services: {} } });
    input.localeFiles.push({ lang: 'fa', file: 'locales/fa/services.json', json: null, parseError: 'Unexpected end' });
    expect(buildCatalog(input).errors.map(formatError)).toEqual([
      'locales/fa/services.json › - › -: not valid JSON: Unexpected end',
      'locales/nb/services.json › - › -: nb texts live in the seeds, not in locales/nb/services.json',
      'locales/xx/services.json › - › -: unknown language "xx"',
    ]);
  });
});

describe('build failures', () => {
  it('fails when an emergency record is missing or has no certain phone', () => {
    const input = fixtureInput();
    input.seedFiles = input.seedFiles.filter((f) => !f.file.endsWith('nodnummer-113.json'));
    expect(buildCatalog(input).errors.map(formatError)).toEqual(['seeds/services › nodnummer-113 › -: the emergency strip needs this record, and it is missing or invalid']);
    const low = withSeed('alarmtelefonen.json', (j) => (j.phones[0].confidence = 'low'));
    expect(buildCatalog(low).errors.map(formatError)).toEqual([
      'seeds/services/national/alarmtelefonen.json › alarmtelefonen › fallback: every phone is low confidence and there is no fallback to show instead',
      'seeds/services/national/alarmtelefonen.json › alarmtelefonen › phones: the emergency strip needs a certain phone number here',
    ]);
  });

  it('fails when every phone was dropped and there is no fallback', () => {
    const input = withSeed('krisesenter.json', (j) => (j.services[1].fallback = []));
    expect(buildCatalog(input).errors.map(formatError)).toEqual(['seeds/services/local/krisesenter.json › krisesenter-oslo › fallback: every phone is low confidence and there is no fallback to show instead']);
  });

  it('fails when a fallback is a local office or has no certain phone', () => {
    const local = withSeed('vo-linjen.json', (j) => (j.fallback = ['krisesenter-tromso']));
    expect(buildCatalog(local).errors.map(formatError)).toEqual(['seeds/services/national/vo-linjen.json › vo-linjen › fallback[0]: fallback "krisesenter-tromso" is a local office; fallbacks are national lines']);
    const input = withSeed('krisesenter.json', (j) => (j.services[1].fallback = ['nodnummer-113']));
    input.seedFiles.find((f) => f.file.endsWith('nodnummer-113.json'))!.json = { ...(input.seedFiles.find((f) => f.file.endsWith('nodnummer-113.json'))!.json as object), phones: [] };
    expect(buildCatalog(input).errors.map(formatError)).toContain('seeds/services/local/krisesenter.json › krisesenter-oslo › fallback[0]: fallback "nodnummer-113" has no certain phone number');
  });

  it('reports duplicate ids across files', () => {
    const input = fixtureInput();
    input.seedFiles.push(file(record({ id: 'vo-linjen' }), 'seeds/services/national/zz-copy.json'));
    expect(buildCatalog(input).errors.map(formatError)).toEqual(['seeds/services/national/zz-copy.json › vo-linjen › id: duplicate id (also in seeds/services/national/vo-linjen.json)']);
  });

  it('checks the measure counts of the real documents', () => {
    const input = fixtureInput();
    input.status = input.status.slice(0, 32) as StatusMeasure[];
    expect(buildCatalog(input).errors.map(formatError)).toEqual([
      'seeds/source/statusrapport-2023-negativ-sosial-kontroll.txt › - › -: expected measures 1–33 in order, got 32',
    ]);
  });

  it('validates places', () => {
    const input = fixtureInput();
    input.placesFile = { file: 'seeds/places.json', json: [{ name: 'X', number: '55', county: 'Troms', servedBy: ['nei'] }] };
    expect(buildCatalog(input).errors.map(formatError)).toEqual([
      'seeds/places.json › 55 › number: kommunenummer must be four digits',
      'seeds/places.json › 55 › servedBy[0]: service "nei" does not exist',
    ]);
  });
});

describe('run(): the npm run data command on a copy of the fixtures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'finn-hjelp-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  mkdirSync(join(dir, 'seeds/source'), { recursive: true });
  for (const f of ['seeds/source/opptrappingsplan-2024-2028-regjeringen-vil.txt', 'seeds/source/statusrapport-2023-negativ-sosial-kontroll.txt', 'seeds/ocr-corrections.json']) {
    cpSync(join(ROOT, f), join(dir, f));
  }

  it('writes catalogue, emergency strip and one text file per language, and prints a summary', () => {
    mkdirSync(join(dir, 'src/generated'), { recursive: true });
    writeFileSync(join(dir, 'src/generated/text.pl.json'), '{}'); // stale: pl has no services.json
    const lines: string[] = [];
    expect(run(dir, (s) => lines.push(s))).toBe(0);
    const cat = JSON.parse(readFileSync(join(dir, 'src/generated/catalog.json'), 'utf8')) as Catalog;
    expect(cat.services).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(dir, 'src/generated/emergency.json'), 'utf8'))).toHaveLength(4);
    expect(JSON.parse(readFileSync(join(dir, 'src/generated/text.en.json'), 'utf8')).lang).toBe('en');
    expect(existsSync(join(dir, 'src/generated/text.se.json'))).toBe(true);
    expect(existsSync(join(dir, 'src/generated/text.pl.json'))).toBe(false);
    const out = lines.join('\n');
    expect(out).toMatch(/6 services, 2 places, 122 plan measures, 33 status measures/);
    expect(out).toMatch(/per category: .*krisesenter 2/);
    expect(out).toMatch(/low-confidence numbers dropped: 2/);
    expect(out).toMatch(/\d+\.\d KB/);
  });

  it('prints every error and writes nothing when a record is bad', () => {
    const before = readFileSync(join(dir, 'src/generated/catalog.json'), 'utf8');
    const p = join(dir, 'seeds/services/national/vo-linjen.json');
    const j = JSON.parse(readFileSync(p, 'utf8'));
    j.website = { url: 'http://vo.no', sources: ['offisiell'] };
    j.categories = ['ukjent'];
    writeFileSync(p, JSON.stringify(j));
    writeFileSync(join(dir, 'seeds/services/national/broken.json'), '{ not json');
    const lines: string[] = [];
    expect(run(dir, (s) => lines.push(s))).toBe(1);
    const out = lines.join('\n');
    expect(out).toMatch(/data: \d+ error\(s\); nothing written\./);
    expect(out).toContain('seeds/services/national/vo-linjen.json › vo-linjen › website.url: "http://vo.no" is not an https URL');
    expect(out).toContain('seeds/services/national/vo-linjen.json › vo-linjen › categories[0]: unknown category "ukjent"');
    expect(out).toMatch(/seeds\/services\/national\/broken\.json › - › -: not valid JSON/);
    expect(readFileSync(join(dir, 'src/generated/catalog.json'), 'utf8')).toBe(before);
  });
});
