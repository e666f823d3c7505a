/** Small text helpers shared by the source-document parsers. */

/** Removes HTML tags and decodes the few entities the sources use. */
export function stripTags(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Joins two wrapped lines: keeps a hyphen at the break ("Ihbtiq-personer"), but "Arbeids- og" keeps its space. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  if (/[\p{L}\d]-$/u.test(a)) {
    return /^(og|eller|til|samt)\b/.test(b) ? `${a} ${b}` : `${a}${b}`;
  }
  return `${a} ${b}`;
}

/**
 * Turns wrapped lines into paragraphs. Blank lines split paragraphs, except where a page break
 * cut a sentence: a paragraph ending without closing punctuation followed by one starting in
 * lower case is the same paragraph.
 */
export function paragraphs(lines: string[]): string[] {
  const blocks: string[] = [];
  let cur = '';
  let blankSeen = false;
  for (const raw of lines) {
    const line = squash(raw);
    if (line === '') {
      blankSeen = cur !== '';
      continue;
    }
    if (cur === '') {
      cur = line;
    } else if (!blankSeen || (!/[.!?:»")]$/.test(cur) && /^[\p{Ll}\d(]/u.test(line))) {
      cur = joinWrapped(cur, line);
    } else {
      blocks.push(cur);
      cur = line;
    }
    blankSeen = false;
  }
  if (cur !== '') blocks.push(cur);
  return blocks;
}
