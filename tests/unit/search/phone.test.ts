import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/search/index.ts';
import { findPhones, phoneCandidates } from '../../../src/search/phone.ts';
import { fixture } from './fixture.ts';

describe('phone normalising', () => {
  it.each([
    ['116006', '116006'], ['116 006', '116006'], ['+47 116 006', '116006'], ['0047 116006', '116006'],
    ['47 116 006', '116006'], ['+4722400040', '22400040'], ['22-40-00-40', '22400040'], ['(22) 40 00 40', '22400040'],
  ])('%s → %s', (typed, national) => {
    expect(phoneCandidates(typed)).toContain(national);
  });

  it('keeps a real number that starts with 47', () => {
    expect(phoneCandidates('47809050')).toEqual(['47809050']);
    expect(phoneCandidates('47 80 90 50')).toEqual(['47809050']);
  });

  it('finds numbers inside text and ignores short digit runs', () => {
    expect(findPhones('ring 116 006 nå').map((p) => p.candidates[0])).toEqual(['116006']);
    expect(findPhones('jeg er 14')).toEqual([]);
  });
});

describe('phone search', () => {
  const index = createSearchIndex(fixture);
  const top = (q: string) => index.search(q, { lang: 'nb' })[0]?.service.id;
  it.each([
    ['116006', 'vo-linjen-116006'], ['+47 116 006', 'vo-linjen-116006'], ['0047 116 006', 'vo-linjen-116006'],
    ['116 111', 'alarmtelefonen-116111'], ['47809050', 'kompetanseteamet'], ['+47 47 80 90 50', 'kompetanseteamet'],
    ['22 40 00 40', 'kirkens-sos'], ['0047 23 95 00 00', 'integreringsradgivere'], ['۱۱۶۰۰۶', 'vo-linjen-116006'],
  ])('%s finds %s', (q, id) => {
    expect(top(q)).toBe(id);
  });
  it('ranks a number being typed by its prefix', () => {
    expect(top('1160')).toBe('vo-linjen-116006');
    expect(index.search('1161', { lang: 'nb' }).map((r) => r.service.id)).toEqual(['alarmtelefonen-116111']);
  });
});
