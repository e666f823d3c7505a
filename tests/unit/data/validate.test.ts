import { describe, expect, it } from 'vitest';
import { formatError, type DataError } from '../../../scripts/data/errors.ts';
import { expandSeedFile, deepMerge, type SeedRecord } from '../../../scripts/data/load-seeds.ts';
import { isHttpsUrl, isIsoDate, isMailto, validateRecords } from '../../../scripts/data/validate.ts';
import { file, record } from './helpers.ts';

const measureIds = new Set([...Array.from({ length: 122 }, (_, i) => `plan-${i + 1}`), ...Array.from({ length: 33 }, (_, i) => `nsk-${i + 1}`)]);
const FILE = 'seeds/services/national/test.json';

function seeds(...records: Record<string, unknown>[]): SeedRecord[] {
  return records.map((r, index) => ({ file: FILE, group: null, index, record: r }));
}
function errorsOf(...records: Record<string, unknown>[]): DataError[] {
  return validateRecords(seeds(...records), { measureIds }).errors;
}
/** The single error for one bad record, as printed. */
function only(r: Record<string, unknown>): string {
  const errors = errorsOf(r);
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  return formatError(errors[0]!);
}

describe('validateRecords: a good record', () => {
  it('passes and is normalised into a Service', () => {
    const { services, errors } = validateRecords(seeds(record()), { measureIds });
    expect(errors).toEqual([]);
    expect(services).toHaveLength(1);
    const s = services[0]!;
    expect(s).toMatchObject({ id: 'test-linje', group: null, names: {}, sms: [], chat: [], email: [], website: null, languages: [], assuredDate: '2026-11-01' });
    expect(s.phones[0]!.number).toBe('80012345');
  });

  it('takes the newest checked date of its sources as assuredDate', () => {
    const r = record({
      sources: {
        s1: { url: 'https://a.no/', checked: '2025-01-02', published: '2024', fact: 'x' },
        s2: { url: 'https://b.no/', checked: '2026-03-04', published: 'udatert', fact: 'y' },
      },
    });
    expect(validateRecords(seeds(r), { measureIds }).services[0]!.assuredDate).toBe('2026-03-04');
  });

  it('allows mailto: for e-mail', () => {
    expect(errorsOf(record({ email: [{ url: 'mailto:post@example.no', sources: ['s1'] }] }))).toEqual([]);
  });

  it('normalises text to NFC and trims it', () => {
    const { services } = validateRecords(seeds(record({ name: '  Sa\u0301mi  ' })), { measureIds });
    expect(services[0]!.name).toBe('Sámi');
  });
});

describe('validateRecords: each bad record names file, record and field', () => {
  it('missing required field', () => {
    const r = record();
    delete r.summary;
    expect(only(r)).toBe(`${FILE} › test-linje › summary: missing required field`);
    const r2 = record();
    delete r2.free;
    expect(only(r2)).toMatch(/› test-linje › free: missing required field/);
  });

  it('missing id uses the position in the file', () => {
    const r = record();
    delete r.id;
    expect(only(r)).toBe(`${FILE} › #0 › id: missing required field`);
  });

  it('bad id', () => {
    expect(only(record({ id: 'Vo Linjen' }))).toMatch(/› Vo Linjen › id: "Vo Linjen" is not a lower-case slug/);
  });

  it('duplicate id', () => {
    const errors = errorsOf(record(), record());
    expect(errors.map(formatError)).toEqual([`${FILE} › test-linje › id: duplicate id (also in ${FILE})`]);
  });

  it('malformed phone', () => {
    for (const number of ['22 40 00 40', '+47 22400040', '12', '123456789', 'abc', '', 116006]) {
      const r = record({ phones: [{ number, display: '22 40 00 40', label: { nb: 'Ring' }, confidence: 'high', sources: ['s1'] }] });
      const errors = errorsOf(r).map(formatError);
      expect(errors.some((e) => e.startsWith(`${FILE} › test-linje › phones[0].number: malformed phone number`)), `${number}: ${errors}`).toBe(true);
    }
  });

  it('phone display that shows another number', () => {
    const r = record({ phones: [{ number: '80012345', display: '800 12 346', label: { nb: 'Ring' }, confidence: 'high', sources: ['s1'] }] });
    expect(only(r)).toMatch(/› phones\[0\]\.display: "800 12 346" does not show the number 80012345/);
  });

  it('bad confidence', () => {
    const r = record({ phones: [{ number: '80012345', display: '800 12 345', label: { nb: 'Ring' }, confidence: 'sure', sources: ['s1'] }] });
    expect(only(r)).toMatch(/› phones\[0\]\.confidence: must be "high", "medium" or "low"/);
  });

  it('non-https URL', () => {
    expect(only(record({ website: { url: 'http://example.no', sources: ['s1'] } }))).toBe(`${FILE} › test-linje › website.url: "http://example.no" is not an https URL`);
    expect(only(record({ chat: [{ url: 'javascript:alert(1)', sources: ['s1'] }] }))).toMatch(/› chat\[0\]\.url: "javascript:alert\(1\)" is not an https URL/);
    expect(only(record({ organization: { name: 'X', url: 'ftp://x.no' } }))).toMatch(/› organization\.url: /);
    // mailto is only for e-mail
    expect(only(record({ website: { url: 'mailto:a@b.no', sources: ['s1'] } }))).toMatch(/› website\.url: /);
    expect(only(record({ email: [{ url: 'mailto:not an address', sources: ['s1'] }] }))).toMatch(/› email\[0\]\.url: .* is not an https URL or mailto: address/);
  });

  it('unknown category, audience and county', () => {
    expect(only(record({ categories: ['krisesentre'] }))).toBe(`${FILE} › test-linje › categories[0]: unknown category "krisesentre"`);
    expect(only(record({ categories: [] }))).toMatch(/› categories: needs at least one category/);
    expect(only(record({ audiences: ['eldre'] }))).toMatch(/› audiences\[0\]: unknown audience "eldre"/);
    expect(only(record({ area: { type: 'counties', counties: ['Troms og Finnmark'] } }))).toMatch(/› area\.counties\[0\]: unknown county "Troms og Finnmark"/);
    expect(only(record({ location: { name: 'Tromsø', number: '5501', county: 'Viken' } }))).toMatch(/› location\.county: unknown county "Viken"/);
  });

  it('link to a measure that does not exist', () => {
    expect(only(record({ measures: ['plan-123'] }))).toMatch(/› test-linje › measures\[0\]: measure "plan-123" does not exist/);
    expect(only(record({ measures: ['nsk-0'] }))).toMatch(/› measures\[0\]: measure "nsk-0" does not exist/);
  });

  it('contact fact with no source', () => {
    expect(only(record({ phones: [{ number: '80012345', display: '800 12 345', label: { nb: 'Ring' }, confidence: 'high', sources: [] }] }))).toBe(
      `${FILE} › test-linje › phones[0].sources: a contact fact needs at least one source key`,
    );
    expect(only(record({ schedule: { type: 'always' } }))).toMatch(/› schedule\.sources: a contact fact needs at least one source key/);
    expect(only(record({ website: { url: 'https://example.no/' } }))).toMatch(/› website\.sources: a contact fact needs/);
  });

  it('source key that is not in sources', () => {
    expect(only(record({ chat: [{ url: 'https://example.no/chat', sources: ['s9'] }] }))).toBe(`${FILE} › test-linje › chat[0].sources[0]: source "s9" is not in "sources"`);
  });

  it('source without url or checked date', () => {
    expect(only(record({ sources: { s1: { checked: '2026-01-01', published: '2025', fact: 'x' } } }))).toBe(`${FILE} › test-linje › sources.s1.url: a source needs a url`);
    expect(only(record({ sources: { s1: { url: 'https://a.no/', published: '2025', fact: 'x' } } }))).toBe(`${FILE} › test-linje › sources.s1.checked: a source needs a checked date`);
  });

  it('bad checked date format', () => {
    for (const checked of ['21.11.2026', '2026-02-30', '2026-1-5', '2026-11-21T10:00', 20261121]) {
      const r = record({ sources: { s1: { url: 'https://a.no/', checked, published: '2025', fact: 'x' } } });
      expect(only(r)).toMatch(/› test-linje › sources\.s1\.checked: bad checked date .*: must be YYYY-MM-DD/);
    }
  });

  it('bad opening hours', () => {
    const sched = (span: unknown) => record({ schedule: { type: 'weekly', spans: [span], sources: ['s1'] } });
    expect(only(sched({ days: [0], opens: '09:00', closes: '15:00' }))).toMatch(/› schedule\.spans\[0\]\.days: /);
    expect(only(sched({ days: [1], opens: '9:00', closes: '15:00' }))).toMatch(/› schedule\.spans\[0\]\.opens: /);
    expect(only(sched({ days: [1], opens: '09:00', closes: '25:00' }))).toMatch(/› schedule\.spans\[0\]\.closes: /);
    expect(only(sched({ days: [1], opens: '09:00', closes: '09:00' }))).toMatch(/use \{"type":"always"\}/);
    expect(only(record({ schedule: { type: 'sometimes' } }))).toMatch(/› schedule\.type: /);
  });

  it('what a source says about public holidays: kept when valid, each mistake named', () => {
    const span = { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '15:00' };
    const sched = (holidays: unknown) => record({ schedule: { type: 'weekly', spans: [span], sources: ['s1'], holidays } });
    const good = validateRecords(seeds(sched({ hours: 'open', sources: ['s1'] })), { measureIds });
    expect(good.errors).toEqual([]);
    expect(good.services[0]!.schedule).toMatchObject({ holidays: { hours: 'open', sources: ['s1'] } });
    expect(only(sched({ hours: 'sometimes', sources: ['s1'] }))).toMatch(/› schedule\.holidays\.hours: must be "open"/);
    expect(only(sched({ hours: 'closed' }))).toMatch(/› schedule\.holidays\.sources: a contact fact needs at least one source key/);
    expect(only(sched({ hours: 'closed', sources: ['nowhere'] }))).toMatch(/› schedule\.holidays\.sources\[0\]: source "nowhere" is not in "sources"/);
    expect(only(sched({ hours: 'closed', sources: ['s1'], days: [1] }))).toMatch(/› schedule\.holidays\.days: unknown field/);
    expect(only(sched('closed'))).toMatch(/› schedule\.holidays: must be an object/);
  });

  it('unknown field (a typo would silently lose data)', () => {
    expect(only(record({ phone: [] }))).toBe(`${FILE} › test-linje › phone: unknown field`);
  });

  it('fallback that does not exist or is itself', () => {
    expect(only(record({ fallback: ['finnes-ikke'] }))).toBe(`${FILE} › test-linje › fallback[0]: fallback service "finnes-ikke" does not exist`);
    expect(only(record({ fallback: ['test-linje'] }))).toMatch(/› fallback\[0\]: a service cannot be its own fallback/);
  });

  it('collects every error of every record instead of stopping at the first', () => {
    const a = record({ id: 'a', categories: ['x'], measures: ['plan-999'] });
    const b = record({ id: 'b', website: { url: 'http://b.no', sources: ['s1'] } });
    const errors = errorsOf(a, b);
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual(['a categories[0]', 'a measures[0]', 'b website.url']);
  });
});

describe('validateRecords: hostile input', () => {
  it('rejects huge strings', () => {
    expect(only(record({ summary: 'x'.repeat(1_000_000) }))).toMatch(/› summary: too long \(1000000 characters, at most 400\)/);
  });

  it('rejects control characters and broken surrogates', () => {
    expect(only(record({ name: 'Test\u0000linje' }))).toMatch(/› name: contains control characters/);
    expect(only(record({ name: 'Test\uD800linje' }))).toMatch(/› name: contains control characters or broken Unicode/);
  });

  it('keeps emoji, Sami and RTL text', () => {
    expect(errorsOf(record({ name: 'Romssa kriisaguovddáš – ŧ đ ŋ – مركز 🆘' }))).toEqual([]);
  });

  it('survives wrong types everywhere without throwing', () => {
    const junk = [null, 42, 'text', [], {}, true];
    for (const j of junk) {
      for (const field of ['phones', 'schedule', 'area', 'sources', 'keywords', 'organization', 'location', 'measures', 'categories']) {
        // These values are valid: no office, no phone of its own, no measure, no keywords yet.
        const valid = (field === 'location' && j === null) || (['phones', 'measures'].includes(field) && Array.isArray(j)) || (field === 'keywords' && JSON.stringify(j) === '{}');
        const errors = errorsOf(record({ [field]: j }));
        if (valid) {
          expect(errors, `${field}=${JSON.stringify(j)}`).toEqual([]);
          continue;
        }
        expect(errors.length, `${field}=${JSON.stringify(j)}`).toBeGreaterThan(0);
        expect(errors.every((e) => e.file === FILE && e.record === 'test-linje'), `${field}=${JSON.stringify(j)}`).toBe(true);
      }
    }
  });
});

describe('seed files: groups and bad files', () => {
  it('deep-merges defaults: the office wins, arrays are replaced', () => {
    expect(deepMerge({ a: { x: 1, y: 2 }, list: [1, 2], k: 'd' }, { a: { y: 3 }, list: [9] })).toEqual({ a: { x: 1, y: 3 }, list: [9], k: 'd' });
  });

  it('expands a group file into records that carry the group', () => {
    const { records, errors } = expandSeedFile(file({ group: 'krisesenter', defaults: { summary: 'felles', keywords: { nb: ['a'] } }, services: [{ id: 'k-1' }, { id: 'k-2', summary: 'eget' }] }, 'seeds/services/local/krisesenter.json'));
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.group, r.index, r.record.id, r.record.summary])).toEqual([
      ['krisesenter', 0, 'k-1', 'felles'],
      ['krisesenter', 1, 'k-2', 'eget'],
    ]);
    // Defaults are copied, not shared between offices.
    (records[0]!.record.keywords as { nb: string[] }).nb.push('b');
    expect((records[1]!.record.keywords as { nb: string[] }).nb).toEqual(['a']);
  });

  it('names the file for broken JSON, non-objects and broken group files', () => {
    expect(expandSeedFile({ file: 'x.json', json: null, parseError: 'Unexpected token' }).errors.map(formatError)).toEqual(['x.json › - › -: not valid JSON: Unexpected token']);
    expect(expandSeedFile(file([1, 2])).errors.map(formatError)).toEqual([`${FILE} › - › -: the file must hold one JSON object`]);
    expect(expandSeedFile(file({ group: 'Krise senter', services: [] })).errors.map((e) => e.field)).toEqual(['group']);
    expect(expandSeedFile(file({ group: 'k', services: {} })).errors.map((e) => e.field)).toEqual(['services']);
    expect(expandSeedFile(file({ group: 'k', services: [1] })).errors.map(formatError)).toEqual([`${FILE} › #0 › services[0]: must be an object`]);
  });
});

describe('format checks', () => {
  it('isIsoDate accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('２０２６-01-01')).toBe(false);
  });
  it('isHttpsUrl and isMailto', () => {
    expect(isHttpsUrl('https://www.dinutvei.no/')).toBe(true);
    expect(isHttpsUrl('https://localhost/')).toBe(false);
    expect(isHttpsUrl('https://a b.no/')).toBe(false);
    expect(isHttpsUrl('HTTP://x.no')).toBe(false);
    expect(isMailto('mailto:post@vo.no')).toBe(true);
    expect(isMailto('mailto:post@vo')).toBe(false);
  });
});
