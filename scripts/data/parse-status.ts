/**
 * Parser for the status report per 31.12.2023 on the action plan against negative social
 * control and honour-related violence (2021–2024), `seeds/source/statusrapport-2023-negativ-sosial-kontroll.txt`.
 *
 * The file is OCR text. Two parts are used:
 *  - the overview table ("Nr | Tiltak Ansvarlig dep. | Status"): number, effort area, ministry, status;
 *  - the per-measure sections ("Tiltak 6. Videreutvikle …", "Status: …", "Ansvarlig: …", then the
 *    status text): the full title and the status text.
 * Every text goes through the reviewed correction table (ocr.ts); nothing is guessed.
 */
import type { MeasureStatus, StatusMeasure } from '../../src/catalog/types.ts';
import { paragraphs, squash } from './text.ts';

export const STATUS_MEASURE_COUNT = 33;

const STATUS_WORDS: Record<string, MeasureStatus> = { pagaende: 'ongoing', 'pågående': 'ongoing', ferdigstilt: 'completed' };

/** "Innsatsomrade 2: Kunnskap …" / "Innsatsområde 2. Kunnskap …" */
const AREA_RE = /^Innsatsomr\S*\s+(\d)\s*[:.]\s*(.+)$/;
/** "5 | Etablere et nasjonalt nettverk … | AlID Pagaende" */
const TABLE_ROW_RE = /^(\d{1,2})\s*\|?\s+(.*?)\s*\|?\s*([A-Z][A-Za-z]{1,3}(?:\s+og\s+[A-Z][A-Za-z]{1,3})?)\s+(Pagaende|Pågående|Ferdigstilt|PAGAENDE|FERDIGSTILT)\s*$/;
/** "Tiltak 6. Videreutvikle …" (leading space: OCR after a page footnote). */
const HEADING_RE = /^\s*Tiltak\s+(\d{1,2})\.\s+(.+)$/;
/** "Tiltak 9 a) Utvikle …" */
const SUB_HEADING_RE = /^\s*Tiltak\s+(\d{1,2})\s+([a-z])\)\s+(.+)$/;
const URL_LINE_RE = /^\s*https?:\/\/\S+\s*$/;

interface Part {
  label: string | null;
  title: string;
  status: string | null;
  statusLines: string[];
}

/** Reads a heading that may wrap onto following lines (up to the next blank line). */
function readHeading(lines: string[], start: number, first: string): { text: string; next: number } {
  let text = squash(first);
  let i = start + 1;
  while (i < lines.length && (lines[i] ?? '').trim() !== '') {
    text = `${text} ${squash(lines[i] ?? '')}`;
    i++;
  }
  return { text, next: i };
}

/** Parses the report into the 33 measures. `correct` repairs OCR text (see ocr.ts). Throws when the structure is not as expected. */
export function parseStatus(source: string, correct: (s: string) => string = (s) => s): StatusMeasure[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tableStart = lines.findIndex((l) => /^Nr\s*\|\s*Tiltak/.test(l.trim()));
  const tableEnd = lines.findIndex((l, i) => i > tableStart && /^Ansvarlige departementer/.test(l.trim()));
  if (tableStart < 0 || tableEnd < 0) throw new Error('status report: overview table not found');

  // 1. Overview table.
  const table = new Map<number, { area: { number: number; title: string }; ministry: string; status: MeasureStatus }>();
  let area: { number: number; title: string } | null = null;
  for (let i = tableStart + 1; i < tableEnd; i++) {
    const line = squash(lines[i] ?? '');
    const a = AREA_RE.exec(line);
    if (a) {
      area = { number: Number(a[1]), title: correct(squash(a[2] ?? '')) };
      continue;
    }
    const r = TABLE_ROW_RE.exec(line);
    if (!r) continue; // wrapped title lines and a sub-heading: the titles come from the sections
    const n = Number(r[1]);
    if (!area) throw new Error(`status report line ${i + 1}: measure ${n} before any Innsatsområde`);
    if (table.has(n)) throw new Error(`status report line ${i + 1}: measure ${n} twice in the overview`);
    const status = STATUS_WORDS[(r[4] ?? '').toLowerCase()];
    if (!status) throw new Error(`status report line ${i + 1}: unknown status "${r[4]}"`);
    table.set(n, { area, ministry: correct(squash(r[3] ?? '')), status });
  }

  // 2. Sections after the table.
  const sections = new Map<number, { title: string; parts: Part[] }>();
  let current: { title: string; parts: Part[] } | null = null;
  let part: Part | null = null;
  let inStatus = false;
  for (let i = tableEnd; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const h = HEADING_RE.exec(raw);
    const sub = SUB_HEADING_RE.exec(raw);
    if (h) {
      const n = Number(h[1]);
      const { text, next } = readHeading(lines, i, h[2] ?? '');
      if (sections.has(n)) throw new Error(`status report line ${i + 1}: section for measure ${n} twice`);
      current = { title: text, parts: [] };
      part = { label: null, title: text, status: null, statusLines: [] };
      current.parts.push(part);
      sections.set(n, current);
      inStatus = false;
      i = next - 1;
      continue;
    }
    if (sub && current && Number(sub[1]) === [...sections.keys()].at(-1)) {
      const { text, next } = readHeading(lines, i, sub[3] ?? '');
      // The first sub-part replaces the (empty) untitled part opened by the heading.
      if (current.parts.length === 1 && current.parts[0]?.label === null && current.parts[0].status === null) current.parts.pop();
      part = { label: sub[2] ?? '', title: text, status: null, statusLines: [] };
      current.parts.push(part);
      inStatus = false;
      i = next - 1;
      continue;
    }
    if (AREA_RE.test(squash(raw))) {
      // An area introduction ends the previous measure's section.
      current = null;
      part = null;
      inStatus = false;
      continue;
    }
    if (!part) continue;
    const st = /^\s*Status:\s*(.+)$/.exec(raw);
    if (st) {
      part.status = squash(st[1] ?? '');
      continue;
    }
    if (/^\s*Ansvarlig:/.test(raw)) {
      inStatus = true;
      continue;
    }
    if (inStatus && !URL_LINE_RE.test(raw)) part.statusLines.push(raw);
  }

  // 3. Put both together.
  const out: StatusMeasure[] = [];
  for (let n = 1; n <= Math.max(STATUS_MEASURE_COUNT, ...table.keys()); n++) {
    const row = table.get(n);
    const sec = sections.get(n);
    if (!row) throw new Error(`status report: measure ${n} missing from the overview table`);
    if (!sec) throw new Error(`status report: no section "Tiltak ${n}." for measure ${n}`);
    const texts = sec.parts
      .map((p) => ({ p, paras: paragraphs(p.statusLines).map(correct) }))
      .filter(({ paras }) => paras.length > 0)
      .map(({ p, paras }) => (p.label && sec.parts.length > 1 ? [`${p.label}) ${correct(p.title)}`, ...paras] : paras).join('\n\n'));
    out.push({
      id: `nsk-${n}`,
      source: 'nsk',
      number: n,
      area: row.area,
      title: correct(sec.title),
      status: row.status,
      ministry: row.ministry,
      statusText: texts.join('\n\n'),
      services: [],
    });
  }
  return out;
}
