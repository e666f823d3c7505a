/**
 * The HSDS 3.0 export (scripts/open-data.ts) against the official schemas, with a real JSON Schema
 * validator: every service of the built catalogue, the service list page, and records broken on
 * purpose, which must fail.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { hsdsService, hsdsServiceList, uuidV5, UUID_NAMESPACE } from '../../../scripts/open-data.ts';
import type { Catalog, CatalogText, Service } from '../../../src/catalog/types.ts';
import { hsdsValidators } from '../../fixtures/hsds.ts';

const gen = resolve('src/generated');
const catalog = JSON.parse(readFileSync(resolve(gen, 'catalog.json'), 'utf8')) as Catalog;
const texts = readdirSync(gen)
  .filter((f) => /^text\.[a-z]+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(resolve(gen, f), 'utf8')) as CatalogText);
const { service: validService, page: validPage } = hsdsValidators();

describe('UUID v5 ids', () => {
  it('match the RFC 4122 test vector and are stable for a slug', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') == 886313e1-3b8a-5372-9b90-0c9aee199e5d
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('service:alarmtelefonen')).toBe(uuidV5('service:alarmtelefonen'));
    expect(uuidV5('service:alarmtelefonen')).not.toBe(uuidV5('service:alarmtelefonen-'));
    expect(UUID_NAMESPACE).toBe('fccab52a-7db4-41f9-8e8d-e2e4b10d49dc');
  });
});

describe('HSDS 3.0 export of the built catalogue', () => {
  it('every service validates against compiled-service_with_definitions.json', () => {
    const failures = catalog.services
      .map((s) => ({ id: s.id, ok: validService(hsdsService(s, texts)), errors: validService.errors }))
      .filter((r) => !r.ok);
    expect(failures).toEqual([]);
    expect(catalog.services.length).toBeGreaterThan(100);
  });

  it('the service list page validates, and lists every service once with a unique UUID', () => {
    const page = hsdsServiceList(catalog) as { contents: Array<{ id: string }>; total_items: number };
    expect(validPage(page), JSON.stringify(validPage.errors?.slice(0, 3))).toBe(true);
    expect(page.total_items).toBe(catalog.services.length);
    expect(new Set(page.contents.map((c) => c.id)).size).toBe(catalog.services.length);
  });

  it('maps phones, schedules, areas and translations honestly', () => {
    const weekly = catalog.services.find((s) => s.schedule.type === 'weekly')!;
    const out = hsdsService(weekly, texts) as { schedules: Array<{ byday?: string; opens_at?: string; description?: string }>; assured_date: string };
    expect(out.assured_date).toBe(weekly.assuredDate);
    expect(out.schedules[0]!.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
    const always = catalog.services.find((s) => s.schedule.type === 'always')!;
    expect((hsdsService(always, texts) as { schedules: Array<{ description: string; byday?: string }> }).schedules).toEqual([
      expect.objectContaining({ description: 'Åpent hele døgnet, alle dager.' }),
    ]);
    const translated = catalog.services.find((s) => texts.some((t) => t.services[s.id]?.name))!;
    const tr = (hsdsService(translated, texts) as { x_finnhjelp_translations: Record<string, { name?: string }> }).x_finnhjelp_translations;
    expect(Object.keys(tr).length).toBeGreaterThan(0);
  });

  it('never exports a low-confidence number, even one that slipped into a record', () => {
    const s = catalog.services.find((x) => x.phones.length > 0)!;
    const doubtful: Service = { ...s, phones: [...s.phones, { ...s.phones[0]!, number: '12345678', display: '12 34 56 78', confidence: 'low' }] };
    const numbers = (hsdsService(doubtful, texts) as { phones: Array<{ number: string }> }).phones.map((p) => p.number);
    expect(numbers).not.toContain('12 34 56 78');
    expect(numbers).toContain(s.phones[0]!.display);
  });
});

describe('the validator catches broken records', () => {
  const good = () => hsdsService(catalog.services[0]!, texts) as Record<string, unknown>;

  it('an id that is not a UUID, a missing name, a bad status or a bad url fail', () => {
    for (const broken of [
      { ...good(), id: 'alarmtelefonen' },
      (({ name: _n, ...rest }) => rest)(good()),
      { ...good(), status: 'open' },
      { ...good(), url: 'not a url' },
      { ...good(), phones: [{ id: uuidV5('x'), number: 116111 }] },
      { ...good(), schedules: [{ id: uuidV5('y'), freq: 'DAILY' }] },
      { ...good(), organization: { id: uuidV5('z'), name: 'Org' } },
    ]) {
      expect(validService(broken), JSON.stringify(broken).slice(0, 120)).toBe(false);
    }
  });

  it('a page without its paging fields, or with a broken entry, fails', () => {
    const page = hsdsServiceList(catalog) as Record<string, unknown> & { contents: Array<Record<string, unknown>> };
    expect(validPage({ contents: page.contents })).toBe(false);
    expect(validPage({ ...page, contents: [{ ...page.contents[0], id: 'not-a-uuid' }] })).toBe(false);
  });
});
