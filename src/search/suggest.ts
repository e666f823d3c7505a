/**
 * "Did you mean": never leave a person at an empty list. For each typed word, the closest word that
 * appears in a service name, keyword or place (shown in its own spelling, with æ/ø/å and Sami
 * letters); words already known are kept. Null when no word is close to anything.
 */
import { fold, tokensOf } from './fold.ts';
import type { PlaceIndex } from './places.ts';
import type { Postings } from './postings.ts';
import { MAX_QUERY_CHARS, MAX_TOKENS } from './query.ts';
import { withoutStopWords } from './stopwords.ts';

export function suggestFor(query: string, post: Postings, _places: PlaceIndex): string | null {
  const tokens = withoutStopWords(tokensOf(fold(query.slice(0, MAX_QUERY_CHARS)))).slice(0, MAX_TOKENS);
  const out: string[] = [];
  let changed = false;
  for (const tok of tokens) {
    if (/^\d+$/.test(tok)) continue;
    const exact = post.vocab.id(tok);
    if (exact !== undefined && post.display.has(exact)) {
      out.push(post.display.get(exact)!);
      continue;
    }
    const near = post.vocab.closest(tok, (t) => post.display.has(t));
    if (near) {
      out.push(post.display.get(near.term)!);
      changed = true;
    }
  }
  return changed && out.length ? out.join(' ') : null;
}
