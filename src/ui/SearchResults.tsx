/**
 * What the search page shows under the count once the engine has answered: the results with
 * "add to list" and a share bar for the search itself, or, with no match, a spelling suggestion
 * and every way to still get help. Lazily loaded with the engine (src/ui/search-view.ts), so none
 * of it weighs on the first screen.
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SearchFilters, SearchIndex, SearchResult } from '../search/index.ts';
import { DraftListBar } from '../share/AddToList.tsx';
import { ShareBar } from '../share/ShareBar.tsx';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf } from '../shell/routes.ts';
import { NoMatch } from './NoMatch.tsx';
import { ResultList } from './ResultList.tsx';
import { memo } from './memo.ts';
import { buildQuery } from './search-params.ts';

/** Memoised: the field re-renders the page on every keystroke, the results only when they change. */
export const SearchResults = memo(function SearchResults(props: {
  ctx: PageContext;
  index: SearchIndex;
  results: SearchResult[];
  /** The cleaned query ('' when only filters are set). */
  query: string;
  filters: SearchFilters;
  /** What the shared link is called ("Krisesentre", "Søk: vold"). */
  title: string;
}): JSX.Element {
  const { ctx, index, results, query, filters } = props;
  const { lang } = ctx;
  const suggestion = useMemo(() => (results.length === 0 && query ? index.suggest(query) : null), [index, results, query]);
  if (results.length === 0) {
    const href = suggestion ? pathOf({ name: 'search', lang, query: buildQuery(suggestion, filters) }) : '';
    return <NoMatch ctx={ctx} query={query} suggestion={suggestion} suggestionHref={href} />;
  }
  return (
    <>
      <DraftListBar lang={lang} />
      <ResultList ctx={ctx} results={results} query={query} />
      {/* The search itself, filters included, as a link, QR code or printout (frontline workers). */}
      <ShareBar
        lang={lang}
        path={pathOf({ name: 'search', lang, query: buildQuery(query, filters) })}
        title={props.title}
        serviceIds={results.map((r) => r.service.id)}
      />
    </>
  );
});
