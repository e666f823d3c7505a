/**
 * How much of a page a reader meets in Norwegian although the page is in another language: the
 * words of text nodes whose nearest `lang` is Norwegian, among all words on screen. One function
 * for both measurements — `npm run i18n:check` (server-rendered pages parsed into a DOM) and the
 * real-browser test (the live page) — so both count the same way.
 *
 * Left aside, because they may stay Norwegian: the official name of a service (inside `<h1>`, or a
 * name tag `<bdi lang="nb">`), source citations (`<cite>`, `<q lang="nb">`), and what a closed
 * `<details>` hides (everything but its `<summary>`). Only the chosen option of a `<select>` is on
 * screen. A word is a whitespace-separated token with at least one letter (numbers do not count).
 * Text between FALLBACK_START and FALLBACK_END is Norwegian too: the checker wraps the Norwegian
 * fallback of missing UI strings in them, because `t()` gives that text without a `lang` mark.
 *
 * `countNorwegianWords` must stay self-contained (no imports, no helpers outside its body): the
 * browser test sends its source text to the page.
 */

/** Invisible marks around Norwegian fallback text that carries no `lang` attribute (U+2063, U+2064). */
export const FALLBACK_START = '\u2063';
export const FALLBACK_END = '\u2064';

/** Words on a page and how many of them are Norwegian fallback. */
export interface WordCount {
  words: number;
  norwegian: number;
  /** The Norwegian pieces of text, for finding where they come from. */
  pieces: string[];
}

/**
 * Counts the words under `root` as a reader of `pageLang` sees them. `visible` says whether an
 * element is rendered at all (the browser asks `checkVisibility()`; a parsed page has no layout).
 */
export function countNorwegianWords(root: Element, pageLang: string, visible: (el: Element) => boolean): WordCount {
  // Bokmål is the fallback language; Nynorsk shows only where it is meant (its own pages, its name).
  const NORWEGIAN = ['nb', 'no'];
  const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';
  const page = primary(pageLang);
  const result: WordCount = { words: 0, norwegian: 0, pieces: [] };
  const skipTags = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'];
  const walk = (el: Element, lang: string, inH1: boolean): void => {
    const tag = el.tagName.toUpperCase();
    if (skipTags.includes(tag) || !visible(el)) return;
    const own = el.getAttribute('lang');
    const here = own !== null && own !== '' ? primary(own) : lang;
    const h1 = inH1 || tag === 'H1';
    const isNorwegian = NORWEGIAN.includes(here) && here !== page;
    if (tag === 'CITE') return;
    if (isNorwegian && (tag === 'Q' || tag === 'BDI' || h1)) return;
    const closedDetails = tag === 'DETAILS' && !el.hasAttribute('open');
    let children = Array.from(el.childNodes);
    if (closedDetails) children = children.filter((n) => n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'SUMMARY');
    if (tag === 'SELECT') {
      const options = Array.from(el.querySelectorAll('option'));
      const chosen = options.filter((o) => (o as HTMLOptionElement).selected || o.hasAttribute('selected'));
      children = chosen.length > 0 ? chosen.slice(0, 1) : options.slice(0, 1);
    }
    for (const node of children) {
      if (node.nodeType === 1) walk(node as Element, here, h1);
      else if (node.nodeType === 3) {
        // Split at the fallback marks: odd parts are marked Norwegian fallback.
        const parts = (node.textContent ?? '').split(/[\u2063\u2064]/);
        parts.forEach((text, i) => {
          const n = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
          if (n === 0) return;
          result.words += n;
          if (isNorwegian || (i % 2 === 1 && page !== 'nb')) {
            result.norwegian += n;
            result.pieces.push(text.trim());
          }
        });
      }
    }
  };
  const start = root.closest('[lang]')?.getAttribute('lang') ?? pageLang;
  walk(root, primary(start), false);
  return result;
}

/** Norwegian words as a share of all words (0 when the page has no words). */
export function norwegianShare(count: Pick<WordCount, 'words' | 'norwegian'>): number {
  return count.words === 0 ? 0 : count.norwegian / count.words;
}

/** The highest share a language may have: the Sami languages 10 %, every other language 5 %. */
export function maxNorwegianShare(lang: string): number {
  return lang === 'smj' || lang === 'sma' || lang === 'se' ? 0.1 : 0.05;
}
