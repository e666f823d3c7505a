import { describe, expect, it } from 'vitest';
import { checkTable, makeCorrector, mangledWords } from '../../../scripts/data/ocr.ts';
import { correctionTable } from './helpers.ts';

describe('the correction table', () => {
  const table = correctionTable();

  it('is a reviewed list of plain string pairs with the words named in the brief', () => {
    expect(Object.keys(table).length).toBeGreaterThan(300);
    expect(table['oppfelgingen']).toBe('oppfølgingen');
    expect(table['oke']).toBe('øke');
    expect(table['viderefegre']).toBe('videreføre');
    expect(table['pagaende']).toBe('pågående');
    expect(table['AlID']).toBe('AID');
    expect(table['tienester']).toBe('tjenester');
  });

  it('never maps a correction onto another key (one pass is enough)', () => {
    const keys = new Set(Object.keys(table));
    for (const [k, v] of Object.entries(table)) {
      if (k === v) continue;
      for (const word of v.split(/\s+/)) expect(keys.has(word) && table[word] !== word, `${k} → ${v}`).toBe(false);
    }
  });

  it('gives values free of OCR stand-ins', () => {
    for (const [k, v] of Object.entries(table)) expect(v, k).not.toMatch(/[@&|¢]/);
  });
});

describe('makeCorrector', () => {
  const fix = makeCorrector({ oke: 'øke', pa: 'på', '&': 'å', 'a)': 'a)', a: 'å', 'en mate': 'en måte', mate: 'mate', AlID: 'AID' });

  it('replaces whole tokens only', () => {
    expect(fix('oke kompetansen')).toBe('øke kompetansen');
    expect(fix('smoke pakke')).toBe('smoke pakke');
    expect(fix('for & gke')).toBe('for å gke');
  });

  it('covers the capitalised form of lower-case keys', () => {
    expect(fix('Oke kompetansen pa skolen')).toBe('Øke kompetansen på skolen');
    expect(fix('AlID og alid')).toBe('AID og alid');
  });

  it('prefers the longest key and protects identity entries', () => {
    expect(fix('pa en mate som')).toBe('på en måte som');
    expect(fix('Tiltak 9 a) for a styrke')).toBe('Tiltak 9 a) for å styrke');
  });

  it('is deterministic and does not re-correct its own output', () => {
    const chain = makeCorrector({ ab: 'cd', cd: 'ef' });
    expect(chain('ab cd')).toBe('cd ef');
    expect(chain(chain('ab'))).toBe('ef');
    expect(fix(fix('Oke pa'))).toBe('Øke på');
  });

  it('copes with empty tables, empty text, odd Unicode and huge input', () => {
    expect(makeCorrector({})('oke')).toBe('oke');
    expect(fix('')).toBe('');
    expect(fix('\u{1F600} oke\u200B pa')).toBe('\u{1F600} øke\u200B på');
    const huge = 'oke pa '.repeat(20_000);
    expect(fix(huge)).toBe('øke på '.repeat(20_000));
  });

  it('escapes regex characters in keys', () => {
    const f = makeCorrector({ 'a.b': 'x', '(c)': 'y' });
    expect(f('a.b aXb (c)')).toBe('x aXb y');
  });
});

describe('checkTable and mangledWords', () => {
  it('rejects malformed tables', () => {
    expect(() => checkTable(null)).toThrow(/must be an object/);
    expect(() => checkTable(['a'])).toThrow(/must be an object/);
    expect(() => checkTable({ a: 1 })).toThrow(/value of "a"/);
    expect(() => checkTable({ ' a': 'b' })).toThrow(/outer spaces/);
  });

  it('finds mangled words but ignores identity entries', () => {
    expect(mangledWords('Oke kompetansen i tienester a)', { oke: 'øke', tienester: 'tjenester', 'a)': 'a)' })).toEqual(['tienester']);
  });
});
