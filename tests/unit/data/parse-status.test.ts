import { describe, expect, it } from 'vitest';
import { makeCorrector, mangledWords } from '../../../scripts/data/ocr.ts';
import { parseStatus } from '../../../scripts/data/parse-status.ts';
import { correctionTable, statusSource } from './helpers.ts';

const table = correctionTable();
const status = parseStatus(statusSource(), makeCorrector(table));
const byNumber = (n: number) => status.find((m) => m.number === n)!;

/** Words the OCR is known to mangle, as they appear in the raw file. */
const KNOWN_MANGLED = ['oppfelging', 'oppfelgingen', 'Oke', 'Viderefegre', 'Viderefore', 'pagaende', 'Pagaende', 'AlID', 'tienester', 'tienestene', 'tjienestene', 'kjgnnslemlestelse', 'eeresrelatert', 'aresrelatert', 'stgttetilbudet', 'sarskilte', 'moter', 'toppmote', 'ar', 'pa', 'a'];
/** Characters that only appear in mangled text. */
const MANGLED_CHARS = /[@&|¢]|\b[a-zæøå]*(ee|gn|gk|kjg)[a-zæøå]*\b/;

describe('parseStatus on the real report', () => {
  it('finds exactly 33 measures, numbered 1–33', () => {
    expect(status).toHaveLength(33);
    expect(status.map((m) => m.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(status.every((m) => m.id === `nsk-${m.number}` && m.source === 'nsk')).toBe(true);
  });

  it('reads the statuses: 26 ongoing, 7 completed', () => {
    expect(status.filter((m) => m.status === 'ongoing')).toHaveLength(26);
    expect(status.filter((m) => m.status === 'completed').map((m) => m.number)).toEqual([2, 9, 22, 24, 30, 31, 32]);
  });

  it('puts each measure in its effort area (1–5, titles repaired)', () => {
    const areas = new Map(status.map((m) => [m.area.number, m.area.title]));
    expect([...areas]).toEqual([
      [1, 'Innsats for nyankomne flyktninger og innvandrere'],
      [2, 'Kunnskap og kompetanse for et helhetlig hjelpetilbud'],
      [3, 'Et styrket rettsvern for utsatte personer'],
      [4, 'Forebygge ufrivillige utenlandsopphold'],
      [5, 'Internasjonalt samarbeid'],
    ]);
    const count = (a: number) => status.filter((m) => m.area.number === a).length;
    expect([1, 2, 3, 4, 5].map(count)).toEqual([4, 16, 5, 4, 4]);
  });

  it('repairs the titles to correct Norwegian', () => {
    expect(byNumber(1).title).toBe('Utvikle en strategi for å heve kompetansen i tjenestene som møter nyankomne flyktninger og innvandrere');
    expect(byNumber(2).title).toBe('Styrke oppfølgingen av nyankomne innvandrere og flyktninger som er volds- og trusselutsatte');
    expect(byNumber(7).title).toBe('Videreutvikle bo- og støttetilbudet for personer over 18 år');
    expect(byNumber(8).title).toBe('Styrke informasjonen om de særskilte hjelpetjenestene');
    expect(byNumber(9).title).toBe('Øke kompetansen om negativ sosial kontroll og æresrelatert vold i skolen');
    expect(byNumber(13).title).toBe('Videreføre TryggEst');
    expect(byNumber(20).title).toBe('Inkludere temaene negativ sosial kontroll, æresrelatert vold, tvangsekteskap og kjønnslemlestelse i ny veileder for tros- og livssynssamfunn');
    expect(byNumber(21).title).toBe('Gjennomføre en helhetlig juridisk utredning');
    expect(byNumber(23).title).toBe('Vurdere om mishandling i nære relasjoner og frihetsberøvelse skal unntas fra kravet om dobbel straffbarhet');
    expect(byNumber(25).title).toBe('Vurdere om sosialtjenesteloven i tilstrekkelig grad sikrer økonomisk uavhengighet for alle stønadsmottakere');
    expect(byNumber(32).title).toBe('Arrangere et nordisk toppmøte');
    expect(byNumber(33).title).toBe('Øke det internasjonale samarbeidet');
  });

  it('leaves no known-mangled word in any title or area title', () => {
    for (const m of status) {
      for (const text of [m.title, m.area.title]) {
        expect(mangledWords(text, table), `${m.id}: ${text}`).toEqual([]);
        for (const w of KNOWN_MANGLED) expect(text.split(/[\s,.;:()]+/), `${m.id}: ${text}`).not.toContain(w);
        expect(text, m.id).not.toMatch(MANGLED_CHARS);
      }
    }
  });

  it('reads the ministry (AlID repaired to AID)', () => {
    expect(byNumber(5).ministry).toBe('AID');
    expect(byNumber(19).ministry).toBe('BFD og AID');
    expect(byNumber(13).ministry).toBe('KUD');
    expect(new Set(status.map((m) => m.ministry))).toEqual(new Set(['AID', 'JD', 'KD', 'BFD', 'KUD', 'HOD', 'BFD og AID']));
  });

  it('takes the status text from the section after "Ansvarlig:", repaired and without footnote URLs', () => {
    expect(byNumber(20).statusText).toBe('Arbeidet med veilederen er påbegynt.');
    expect(byNumber(21).statusText).toBe('Lovutvalget startet arbeidet i februar 2022. Utvalgets frist for å levere sin utredning er utsatt fra 30. november 2023 til våren 2024.');
    expect(byNumber(6).statusText).toMatch(/^På oppdrag fra Arbeids- og inkluderingsdepartementet \(AID\) har Proba gjennomført en evaluering/);
    expect(byNumber(6).statusText).toContain('(2024–2028)');
    for (const m of status) {
      expect(m.statusText.length, m.id).toBeGreaterThan(20);
      expect(m.statusText, m.id).not.toMatch(/https?:\/\/|Status:|Ansvarlig:|Tiltak \d+\./);
      expect(m.statusText, m.id).not.toMatch(/[@&¢]|\| /);
    }
  });

  it('joins sentences cut by page breaks and keeps paragraphs apart', () => {
    // Measure 5's section is cut by a page break in the middle of the description; its status text is one paragraph.
    expect(byNumber(5).statusText.split('\n\n')).toHaveLength(1);
    expect(byNumber(4).statusText.split('\n\n')).toHaveLength(3);
    expect(byNumber(16).statusText).toContain('Ressurssenteret har ansvar for nasjonal kompetanseheving i NAV');
  });

  it('labels the sub-parts of measures 9 and 10', () => {
    expect(byNumber(9).statusText).toMatch(/^b\) Bidra til god undervisning om vold, kropp, kjønn/);
    expect(byNumber(10).statusText).toMatch(/^a\) Vurdere kompetanseheving/);
    expect(byNumber(10).statusText).toMatch(/\n\nb\) Inkludere relevante læringsutbyttebeskrivelser/);
    expect(byNumber(10).statusText).toContain('• ha inngående kunnskap om partner');
  });

  it('repairs status text words through the table only', () => {
    const raw = parseStatus(statusSource());
    expect(raw.find((m) => m.number === 13)!.title).toBe('Viderefore TryggEst');
    expect(raw.find((m) => m.number === 5)!.ministry).toBe('AlID');
    // Same structure with and without corrections: the table changes words, never the parse.
    expect(raw.map((m) => [m.number, m.status, m.area.number])).toEqual(status.map((m) => [m.number, m.status, m.area.number]));
  });
});

describe('parseStatus on bad input', () => {
  it('fails clearly when the overview table is missing', () => {
    expect(() => parseStatus('')).toThrow(/overview table not found/);
    expect(() => parseStatus('Tiltak 1. Noe\n\nStatus: Pagaende\n')).toThrow(/overview table not found/);
  });

  it('fails when a measure has no section', () => {
    const doc = ['Nr | Tiltak Ansvarlig dep. | Status', 'Innsatsomrade 1: Test', '1 | Noe AID Pagaende', 'Ansvarlige departementer og direktorater', ''].join('\n');
    expect(() => parseStatus(doc)).toThrow(/no section "Tiltak 1\." for measure 1/);
  });

  it('fails when a number is missing from the table', () => {
    const doc = ['Nr | Tiltak Ansvarlig dep. | Status', 'Innsatsomrade 1: Test', '2 | Noe AID Pagaende', 'Ansvarlige departementer og direktorater'].join('\n');
    expect(() => parseStatus(doc)).toThrow(/measure 1 missing from the overview table/);
  });

  it('fails on a measure listed twice', () => {
    const doc = ['Nr | Tiltak Ansvarlig dep. | Status', 'Innsatsomrade 1: Test', '1 | Noe AID Pagaende', '1 | Noe AID Ferdigstilt', 'Ansvarlige departementer og direktorater'].join('\n');
    expect(() => parseStatus(doc)).toThrow(/measure 1 twice/);
  });
});
