import { describe, expect, it } from 'vitest';
import { contactFacts, stalenessReport } from '../../../scripts/data/staleness.ts';
import type { Catalog, Service } from '../../../src/catalog/types.ts';
import { CATALOG, service } from '../ui/fixture.ts';

const old: Service = service('gammel', {
  phones: [{ number: '22400040', display: '22 40 00 40', label: { nb: 'x' }, confidence: 'medium', sources: ['a'] }],
  chat: [{ url: 'https://example.no/chat', sources: ['b'] }],
  schedule: { type: 'unknown' },
  sources: {
    a: { url: 'https://a.no/', kind: 'media', published: '2019', retrieved: '2026-11-21', fact: 'x' },
    b: { url: 'https://b.no/', kind: 'public', published: 'udatert', retrieved: '2026-11-21', confirmed: '2026-12-04', fact: 'y' },
  },
});

describe('staleness report', () => {
  it('lists every shown contact fact; unknown hours are no fact', () => {
    expect(contactFacts(old).map((f) => f.field)).toEqual(['phones[0]', 'chat[0]']);
  });

  it('counts facts by age and by kind of source, from the catalogue date', () => {
    const c: Catalog = { ...CATALOG, checked: '2026-12-04', services: [old] };
    expect(stalenessReport(c)).toEqual([
      'staleness (catalogue date 2026-12-04), 2 shown contact facts:',
      '  by age of newest source: < 1 year 0, 1–2 years 0, > 2 years 1, undated 1',
      '  by strongest kind of source: service 0, public 1, media 1, third-party 0',
      '  shown phones by age: < 1 year 0, 1–2 years 0, > 2 years 1, undated 0',
      '  confirmed against the page since retrieval: 1 of 2',
    ]);
  });

  it('a fact naming a source key that is missing counts as undated and third-party, not as new', () => {
    const broken = { ...old, chat: [], phones: [{ ...old.phones[0]!, sources: ['finnes-ikke'] }] };
    const lines = stalenessReport({ ...CATALOG, checked: '2026-12-04', services: [broken] });
    expect(lines[1]).toBe('  by age of newest source: < 1 year 0, 1–2 years 0, > 2 years 0, undated 1');
    expect(lines[2]).toBe('  by strongest kind of source: service 0, public 0, media 0, third-party 1');
  });
});
