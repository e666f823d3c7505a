/**
 * Parser for the 122 "Regjeringen vil" measures of Trygghet for alle (2024–2028)
 * (`seeds/source/opptrappingsplan-2024-2028-regjeringen-vil.txt`). The file is a table copied
 * from a web page: tab-separated columns Nr / text / ministries / note, chapter rows, blank
 * lines, rows wrapped onto a following line that starts with a tab, and some HTML (a <ul>
 * list in measure 82, <i> in 14).
 */
import type { PlanMeasure } from '../../src/catalog/types.ts';
import { parseMinistries } from './ministries.ts';
import { squash, stripTags } from './text.ts';

export const PLAN_MEASURE_COUNT = 122;

interface Row {
  number: number;
  chapter: { number: number; title: string };
  text: string;
  ministries: string;
  note: string;
}

/** Turns the HTML list of measure 82 (items start with " - ") into one line of plain text. */
function flattenList(html: string): string {
  if (!/<ul\b/i.test(html)) return squash(stripTags(html));
  const [before = '', list = ''] = html.split(/<ul\b[^>]*>/i);
  const items = stripTags(list)
    .split(/\s-\s/)
    .map(squash)
    .filter(Boolean)
    // The items continue the sentence "… gjennom å:", so they start in lower case.
    .map((item) => item.charAt(0).toLocaleLowerCase('nb') + item.slice(1));
  return squash(`${squash(stripTags(before))} ${items.join('; ')}`);
}

/** Parses the plan table into measures (in file order). Throws with a line number on a row it cannot read. */
export function parsePlan(source: string): PlanMeasure[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: Row[] = [];
  let chapter: Row['chapter'] | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    const first = (cells[0] ?? '').trim();
    const chap = /^Kapittel\s+(\d+)\s+(.+)$/.exec(first);
    if (chap) {
      chapter = { number: Number(chap[1]), title: squash(chap[2] ?? '') };
      return;
    }
    if (/^\d+$/.test(first)) {
      if (!chapter) throw new Error(`plan line ${i + 1}: measure ${first} before any chapter`);
      if (cells.length < 3) throw new Error(`plan line ${i + 1}: measure ${first} has ${cells.length} columns, expected 4`);
      rows.push({ number: Number(first), chapter, text: cells[1] ?? '', ministries: cells[2] ?? '', note: cells[3] ?? '' });
      return;
    }
    if (first === '' && cells.length > 1) {
      // A wrapped row: the columns continue those of the row above.
      const prev = rows.at(-1);
      if (!prev) throw new Error(`plan line ${i + 1}: continuation line before any measure`);
      prev.text += ` ${cells[1] ?? ''}`;
      prev.ministries += cells[2]?.trim() ? `, ${cells[2]}` : '';
      prev.note += cells[3]?.trim() ? ` ${cells[3]}` : '';
      return;
    }
    // Title and header lines ("Nr.\tRegjeringen vil: …", "Pr. 1. juni 2024") carry no measure.
  });
  return rows.map((r) => {
    let ministries: string[];
    try {
      ministries = parseMinistries(r.ministries);
    } catch (e) {
      throw new Error(`plan measure ${r.number}: ${(e as Error).message}`);
    }
    return {
      id: `plan-${r.number}`,
      source: 'plan' as const,
      number: r.number,
      chapter: r.chapter,
      text: flattenList(r.text),
      ministries,
      note: squash(stripTags(r.note)),
      services: [],
    };
  });
}
