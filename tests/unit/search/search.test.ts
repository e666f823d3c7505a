import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/catalog/types.ts';
import { createSearchIndex } from '../../../src/search/index.ts';
import { fixture, service } from './fixture.ts';

const index = createSearchIndex(fixture);
const ids = (q: string, lang: Lang = 'nb', filters = {}) => index.search(q, { lang, filters }).map((r) => r.service.id);

describe('typos and unfinished words', () => {
  it.each([
    ['krisesentr', 'krisesenter'], ['kriesenter', 'krisesenter'], ['krisesneter', 'krisesenter'], ['krise', 'krisesenter'],
  ])('%s finds the %s group', (q, group) => {
    expect(index.search(q, { lang: 'nb' })[0]?.service.group).toBe(group);
  });
  it.each([['barnehsu', 'statens-barnehus-tromso'], ['kompetansetemaet', 'kompetanseteamet'], ['alarmtelefone', 'alarmtelefonen-116111'],
    ['kompetansete', 'kompetanseteamet']])('%s finds %s first', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });
  it('does not stretch short words into typos', () => {
    expect(ids('sos')).toEqual(expect.arrayContaining(['girku-sos', 'kirkens-sos']));
    expect(ids('sps')).toEqual([]);
  });
});

describe('places', () => {
  it('ranks the office of the place first, then national lines, then offices elsewhere', () => {
    const r = ids('krisesenter tromsø');
    expect(r[0]).toBe('krisesenter-tromso');
    expect(r.indexOf('krisesenter-tromso')).toBeLessThan(r.indexOf('krisesenter-bergen'));
  });
  it.each([['tromso', 'krisesenter-tromso'], ['Romsa', 'krisesenter-tromso'], ['baerum', 'krisesenter-asker-baerum'],
    ['Bærum', 'krisesenter-asker-baerum'], ['Kárášjohka', 'krisesenter-karasjok'], ['karasjohka', 'krisesenter-karasjok'],
    ['Guovdageaidnu', 'krisesenter-alta'], ['Áltá', 'krisesenter-alta'], ['Asker', 'krisesenter-asker-baerum'], ['krisesenter tromos', 'krisesenter-tromso']])(
    '%s ranks %s in the top 2', (q, id) => {
      expect(ids(q).slice(0, 2)).toContain(id);
    });
  it('a place alone lists the offices that serve it, then national lines, then offices nearby that do not serve it; never other counties', () => {
    const r = ids('Kautokeino');
    expect(r[0]).toBe('krisesenter-alta');
    // Karasjok's area is Karasjok only: it is in the county but does not serve Kautokeino.
    expect(r.indexOf('vo-linjen-116006')).toBeGreaterThan(0);
    expect(r.indexOf('vo-linjen-116006')).toBeLessThan(r.indexOf('krisesenter-karasjok'));
    expect(r).not.toContain('krisesenter-bergen');
  });
  it('a county ranks its offices first', () => {
    expect(ids('krisesenter finnmark').slice(0, 2).sort()).toEqual(['krisesenter-alta', 'krisesenter-karasjok']);
  });
});

describe('any language, the reader’s first', () => {
  it.each([['domestic violence', 'en'], ['przemoc domowa', 'pl'], ['عنف', 'ar'], ['przemoc', 'nb']] as const)('%s (%s) finds the VO line', (q, lang) => {
    expect(ids(q, lang)[0]).toBe('vo-linjen-116006');
  });
  it('boosts matches in the reader’s language', () => {
    const local = createSearchIndex({
      ...fixture,
      services: [
        service({ id: 'a', name: 'Tjeneste A', keywords: { en: ['shelter'] } }),
        service({ id: 'b', name: 'Tjeneste B', keywords: { nb: ['shelter'] } }),
      ],
    });
    expect(local.search('shelter', { lang: 'en' }).map((r) => r.service.id)).toEqual(['a', 'b']);
    expect(local.search('shelter', { lang: 'nb' }).map((r) => r.service.id)).toEqual(['b', 'a']);
  });
});

describe('situations', () => {
  it.each([['redd for å bli giftet bort', 'kompetanseteamet'], ['kjæresten slår meg', 'vo-linjen-116006'], ['my boyfriend hits me', 'vo-linjen-116006'],
    ['noen truer familien min', 'vo-linjen-116006']])('%s → %s in the top 3', (q, id) => {
    expect(ids(q).slice(0, 3)).toContain(id);
  });
  it('ignores stop words, but not a query made only of them', () => {
    expect(ids('jeg trenger hjelp med tvangsekteskap')[0]).toBe('kompetanseteamet');
    expect(() => ids('jeg er')).not.toThrow();
  });
});

describe('filters', () => {
  const monday10 = new Date('2026-11-23T09:00:00Z');
  it('category, audience, free, anonymous', () => {
    expect(ids('', 'nb', { category: 'krisesenter' }).every((id) => id.startsWith('krisesenter'))).toBe(true);
    expect(ids('', 'nb', { audience: 'barn' }).sort()).toEqual(['alarmtelefonen-116111', 'statens-barnehus-tromso']);
    expect(ids('', 'nb', { free: true }).sort()).toEqual(['alarmtelefonen-116111', 'vo-linjen-116006']);
    expect(ids('vold', 'nb', { anonymous: true })).toEqual(['vo-linjen-116006']);
  });
  it('county: national services match every county', () => {
    const r = ids('krisesenter', 'nb', { county: 'Troms' });
    expect(r).toContain('krisesenter-tromso');
    expect(r).not.toContain('krisesenter-bergen');
    expect(ids('116006', 'nb', { county: 'Agder' })).toEqual(['vo-linjen-116006']);
  });
  it('open now asks the hours contract', () => {
    const open = index.search('', { lang: 'nb', filters: { openNow: true }, now: monday10 }).map((r) => r.service.id);
    expect(open).toContain('vo-linjen-116006');
    expect(open).not.toContain('krisesenter-bergen');
  });
  it('limit', () => {
    expect(index.search('krisesenter', { lang: 'nb', limit: 2 })).toHaveLength(2);
  });
});

describe('never a dead end', () => {
  it('suggests the closest known word when nothing matches', () => {
    expect(ids('krisesnteeer')).toEqual([]);
    expect(index.suggest('krisesnteeer')).toBe('krisesenter');
    expect(index.suggest('Kaarasjokk')).toBe('Karasjok');
  });
  it('suggests nothing for nonsense', () => {
    expect(index.suggest('qqqqxxxx')).toBeNull();
  });
});

describe('ranking is deterministic', () => {
  it('same query, same order, and full ties keep catalogue order', () => {
    expect(ids('krisesenter')).toEqual(ids('krisesenter'));
    const tied = index.search('krisesenter', { lang: 'nb' }).filter((r, _, all) => r.score === all[0]!.score).map((r) => r.service.id);
    const order = fixture.services.map((s) => s.id).filter((id) => tied.includes(id));
    expect(tied).toEqual(order);
  });
  it('equal scores: the one that is open now first, not the one earlier in the catalogue', () => {
    const weekday = { type: 'weekly' as const, sources: ['s'], spans: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '15:00' }] };
    const local = createSearchIndex({
      ...fixture,
      services: [
        service({ id: 'a-closed', name: 'Tjeneste A', keywords: { nb: ['tvangsekteskap'] }, schedule: { type: 'unknown' } }),
        service({ id: 'b-open', name: 'Tjeneste B', keywords: { nb: ['tvangsekteskap'] }, schedule: weekday }),
      ],
    });
    const monday10 = new Date('2026-11-23T09:00:00Z');
    expect(local.search('tvangsekteskap', { lang: 'nb', now: monday10 }).map((r) => r.service.id)).toEqual(['b-open', 'a-closed']);
  });
  it('exact name beats a typo match', () => {
    const local = createSearchIndex({
      ...fixture,
      services: [service({ id: 'typo', name: 'Barnehud' }), service({ id: 'exact', name: 'Barnehus' })],
    });
    expect(local.search('barnehus', { lang: 'nb' })[0]?.service.id).toBe('exact');
  });
});

describe('ranking discriminates honestly', () => {
  it('a misspelled name finds the service with that name before services with a look-alike keyword', () => {
    const local = createSearchIndex({
      ...fixture,
      services: [
        service({ id: 'keyword', name: 'Hjelpelinjen', keywords: { nb: ['krisesentre', 'krisesenter'] } }),
        service({ id: 'named', name: 'Krisesenter Nordby' }),
        service({ id: 'office', name: 'Krisesenteret i Sørby' }),
      ],
    });
    for (const q of ['krisesentr', 'krisesnter', 'kriesenter', 'krisesen']) {
      const r = local.search(q, { lang: 'nb' }).map((x) => x.service.id);
      expect(r.indexOf('named'), q).toBeLessThan(r.indexOf('keyword'));
      expect(r.indexOf('office'), q).toBeLessThan(r.indexOf('keyword'));
    }
  });
  it('a keyword few services carry says more than one copied onto many', () => {
    const common = ['tvangsekteskap', 'giftet bort'];
    const local = createSearchIndex({
      ...fixture,
      services: [
        ...['a', 'b', 'c', 'd', 'e'].map((id) => service({ id: `general-${id}`, name: `Linje ${id}`, keywords: { nb: common } })),
        service({ id: 'specialist', name: 'Spesialteamet', keywords: { nb: [...common, 'tvangsekteskap i utlandet'] } }),
      ],
    });
    expect(local.search('tvangsekteskap', { lang: 'nb' })[0]?.service.id).toBe('specialist');
  });
  it('local offices of one group count once for rarity (forty crisis centres do not make a word common)', () => {
    const offices = Array.from({ length: 30 }, (_, i) =>
      service({ id: `office-${i}`, group: 'office', name: `Kontor ${i}`, area: { type: 'counties', counties: ['Troms'] }, keywords: { nb: ['hemmelig adresse'] } }),
    );
    const local = createSearchIndex({ ...fixture, services: [...offices, service({ id: 'other', name: 'Annen', keywords: { nb: ['adresse'] } })] });
    const idf = (local as unknown as { search: unknown }) && local.search('hemmelig', { lang: 'nb' })[0]!.score;
    const single = createSearchIndex({ ...fixture, services: [offices[0]!, service({ id: 'other', name: 'Annen', keywords: { nb: ['adresse'] } })] });
    expect(idf).toBeCloseTo(single.search('hemmelig', { lang: 'nb' })[0]!.score, 5);
  });
});
