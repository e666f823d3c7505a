import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../scripts/data/parse-plan.ts';
import { parseMinistries, ALL_MINISTRIES } from '../../../scripts/data/ministries.ts';
import { planSource } from './helpers.ts';

const plan = parsePlan(planSource());
const byNumber = (n: number) => plan.find((m) => m.number === n)!;

describe('parsePlan on the real document', () => {
  it('finds exactly the 122 measures, numbered 1–122 in order', () => {
    expect(plan).toHaveLength(122);
    expect(plan.map((m) => m.number)).toEqual(Array.from({ length: 122 }, (_, i) => i + 1));
    expect(new Set(plan.map((m) => m.id)).size).toBe(122);
    expect(plan.every((m) => m.id === `plan-${m.number}` && m.source === 'plan')).toBe(true);
  });

  it('puts every measure in its chapter (2–6, with titles)', () => {
    const chapters = new Map(plan.map((m) => [m.chapter.number, m.chapter.title]));
    expect([...chapters]).toEqual([
      [2, 'Helhetlig og samordnet innsats'],
      [3, 'Forebygging'],
      [4, 'Bistand og beskyttelse'],
      [5, 'Straffeforfølgning'],
      [6, 'Vold og overgrep i samiske samfunn'],
    ]);
    expect(byNumber(26).chapter.number).toBe(2);
    expect(byNumber(27).chapter.number).toBe(3);
    expect(byNumber(57).chapter.number).toBe(4);
    expect(byNumber(97).chapter.number).toBe(5);
    expect(byNumber(112).chapter.number).toBe(6);
  });

  it('joins rows wrapped onto the next line', () => {
    expect(byNumber(13).text).toMatch(/vold i nære relasjoner i relevante internasjonale sammenhenger, herunder i EØS-samarbeidet/);
    expect(byNumber(21).text).toMatch(/tilbudet til barn og unge utsatt for vold/);
    expect(byNumber(106).text).toMatch(/gir nærmere angitte grupper varslingsplikt/);
    expect(byNumber(66).text).toBe('Utvikle kompetansen og kvaliteten i krisesentertilbudet, med særlig vekt på bedre samarbeid med andre tjenester');
  });

  it('turns the <ul> list of measure 82 into clean text', () => {
    const t = byNumber(82).text;
    expect(t).not.toMatch(/<\/?(ul|li)\b|style=|<|>/);
    expect(t).toMatch(/^Styrke psykososial oppfølging .* gjennom å: videreføre utprøving og forskning på modellen «Trinnvis sammen»; vurdere hvordan modellen/);
    expect(t).not.toMatch(/\s{2,}/);
  });

  it('leaves no HTML in any text', () => {
    for (const m of plan) expect(m.text, m.id).not.toMatch(/<[^>]+>/);
    expect(byNumber(14).text).toBe('Videreføre EØS-nettverket SYNERGY Network against Gender-based and Domestic Violence');
  });

  it('reads ministries as codes, keeping "alle relevante departementer"', () => {
    expect(byNumber(1).ministries).toEqual(['AID', ALL_MINISTRIES]);
    expect(byNumber(2).ministries).toEqual(['JD', ALL_MINISTRIES]);
    expect(byNumber(3).ministries).toEqual(['JD']);
    expect(byNumber(19).ministries).toEqual(['JD', 'AID']);
    expect(byNumber(53).ministries).toEqual(['HOD', 'BFD', 'KD']);
    expect(byNumber(89).ministries).toEqual(['AID', 'JD']);
    expect(byNumber(117).ministries).toEqual(['JD', 'LMD', 'KDD']);
    const codes = new Set(plan.flatMap((m) => m.ministries));
    expect([...codes].sort()).toEqual(['AID', 'BFD', 'HOD', 'JD', 'KD', 'KDD', 'KUD', 'LMD', ALL_MINISTRIES].sort());
  });

  it('keeps the note column', () => {
    expect(byNumber(4).note).toBe('Oppdrag gitt Bufdir i TB for 2024: 7.');
    expect(byNumber(95).note).toBe('Bufdir skal følge opp. Evaluering foreligger ikke før høsten 2024.');
    expect(byNumber(1).note).toBe('');
  });

  it('starts with no linked services', () => {
    expect(plan.every((m) => Array.isArray(m.services) && m.services.length === 0)).toBe(true);
  });
});

describe('parsePlan on bad input', () => {
  it('returns nothing for an empty or text-only file', () => {
    expect(parsePlan('')).toEqual([]);
    expect(parsePlan('Bare tekst\n\nPr. 1. juni 2024\n')).toEqual([]);
  });

  it('rejects a measure before any chapter, naming the line', () => {
    expect(() => parsePlan('1\tGjøre noe\tJD\t\n')).toThrow(/line 1: measure 1 before any chapter/);
  });

  it('rejects an unknown ministry, naming the measure', () => {
    expect(() => parsePlan('Kapittel 2 Test\t\t\t\n7\tGjøre noe\tXYZ\t\n')).toThrow(/plan measure 7: unknown ministry "XYZ"/);
  });

  it('copes with CRLF line ends, a BOM and odd Unicode', () => {
    const m = parsePlan('\uFEFFKapittel 3 Forebygging\t\t\t\r\n1\tStyrke   arbeidet\u00A0med å forebygge\tBFD og KD\tmerknad\r\n');
    expect(m).toHaveLength(1);
    expect(m[0]!.chapter).toEqual({ number: 3, title: 'Forebygging' });
    expect(m[0]!.text).toBe('Styrke arbeidet med å forebygge');
    expect(m[0]!.ministries).toEqual(['BFD', 'KD']);
  });

  it('handles a huge row without trouble', () => {
    const long = 'ord '.repeat(50_000);
    const m = parsePlan(`Kapittel 2 Test\t\t\t\n1\t${long}\tJD\t\n`);
    expect(m[0]!.text.length).toBe(long.trim().length);
  });
});

describe('parseMinistries', () => {
  it('splits on commas, "og" and brackets and dedupes', () => {
    expect(parseMinistries('JD, BFD og HOD')).toEqual(['JD', 'BFD', 'HOD']);
    expect(parseMinistries('AID (JD)')).toEqual(['AID', 'JD']);
    expect(parseMinistries('JD, JD')).toEqual(['JD']);
    expect(parseMinistries('alle*')).toEqual([ALL_MINISTRIES]);
  });
  it('rejects empty and unknown cells', () => {
    expect(() => parseMinistries('')).toThrow(/no ministry/);
    expect(() => parseMinistries('JD, Finansdepartementet')).toThrow(/unknown ministry/);
  });
});
