/**
 * Home (`/{lang}/`) and search (`/{lang}/sok?q=…`) in one page: typing on the home page turns it
 * into the results page in place, so the field keeps its focus and every keystroke. Query and
 * filters live in the URL (shareable); the field's own state leads while the person types.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchFilters } from '../search/index.ts';
import type { NearMe as NearMeType } from '../ui/NearMe.tsx';
import type { PageContext } from '../shell/page-context.ts';
import { parseRoute, pathOf, type Route } from '../shell/routes.ts';
import { CategoryTiles } from '../ui/CategoryTiles.tsx';
import { EmergencyStrip } from '../ui/EmergencyStrip.tsx';
import { afterNextPaint, whenPageIdle } from '../ui/after-paint.ts';
import { SearchForm } from '../ui/SearchForm.tsx';
import { useSearchKit } from '../ui/search-index.ts';
import { buildQuery, cleanQuery, filterCount, PARAM, parseFilters } from '../ui/search-params.ts';
import { useTitle } from '../ui/use-title.ts';

type Props = { ctx: PageContext; route: Extract<Route, { name: 'home' | 'search' }> };

/** Most results listed at once; the count still tells how many matched. */
const LIMIT = 100;

export default function SearchPage({ ctx, route }: Props): JSX.Element {
  const { t, lang } = ctx;
  const query = route.name === 'search' ? route.query : new URLSearchParams();
  const urlQ = query.get(PARAM.q) ?? '';
  // Keyed on the filters alone: a new query in the address must not make new filters (and a new search).
  const parsedFilters = parseFilters(query);
  const filters = useMemo(() => parsedFilters, [buildQuery('', parsedFilters).toString()]);
  // The field's text (drawn with the keystroke) and the query the results answer (drawn after
  // the next paint): the letter appears at once, the results a frame later, never the reverse.
  const [q, setQ] = useState(urlQ);
  const [asked, setAsked] = useState(urlQ);
  // The last query this page wrote to the URL: a different one came from outside (back button, link).
  const written = useRef(urlQ);
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => () => pending.current?.(), []);
  useEffect(() => {
    // Compare with the address as it is now, not as it was when this render began: typing may
    // have moved it on since (quietly), and going back to an older query would eat keystrokes.
    // Only a change that came from outside (back button, link) and that the address still shows.
    const nowQ = typeof location === 'undefined' ? urlQ : (new URLSearchParams(location.search).get(PARAM.q) ?? '');
    if (urlQ !== written.current && nowQ === urlQ) {
      written.current = urlQ;
      pending.current?.();
      pending.current = null;
      setQ(urlQ);
      setAsked(urlQ);
    }
  }, [urlQ]);

  // Results, filters and the engine come in one lazy chunk; the home screen needs none of them
  // until the person turns to the search field (focus), then the index builds while they type.
  const [turnedToSearch, setTurnedToSearch] = useState(false);
  const { kit, error } = useSearchKit(ctx.catalog, ctx.text, route.name === 'search' || turnedToSearch);
  useEffect(() => {
    // Focused in the prerendered page before the app took over: that focus event was never seen.
    if (document.activeElement?.id === 'q') setTurnedToSearch(true);
    // Typed into the prerendered field while the app was taking over: those input events were
    // never seen either. Search for what the field holds, so nothing typed is lost.
    const field = document.getElementById('q');
    if (field instanceof HTMLInputElement && field.value !== written.current) onInput(field.value);
  }, []);
  // "Use my location" is not needed for the first screen: its chunk loads once the page is idle,
  // and only where the browser can locate at all.
  const [NearMe, setNearMe] = useState<typeof NearMeType | null>(null);
  useEffect(() => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return;
    let live = true;
    whenPageIdle(() => {
      if (!live) return;
      import('../ui/NearMe.tsx').then(
        (m) => live && setNearMe(() => m.NearMe),
        () => undefined, // Chunk missing (offline before it was cached): no button, search still works.
      );
    });
    return () => {
      live = false;
    };
  }, []);
  const index = kit?.index ?? null;
  const clean = cleanQuery(asked);
  const browsing = clean === '' && filterCount(filters) === 0;
  const results = useMemo(
    () => (index && !browsing ? index.search(clean, { lang, filters, limit: LIMIT }) : null),
    [index, clean, filters, lang, browsing],
  );

  const onInput = (value: string) => {
    setQ(value);
    // Keystrokes faster than the results: only the latest query is searched and drawn.
    pending.current?.();
    pending.current = afterNextPaint(() => ask(value));
  };
  /** Searches for `value`: results drawn, address in step. */
  const ask = (value: string) => {
    pending.current?.();
    pending.current = null;
    written.current = value;
    setAsked(value);
    const path = pathOf({ name: 'search', lang, query: buildQuery(value, filters) });
    // Home → search is a step Back can undo; refining the query only rewrites the address. The
    // address, not this render's route: the search page may still be on its way.
    if (parseRoute(location.pathname, location.search).name === 'search') ctx.navigate(path, { replace: true, quiet: true });
    else ctx.navigate(path, { focus: false });
  };
  const onSubmit = (value: string) => {
    // Enter: the results for what the field holds, now.
    setQ(value);
    if (value !== asked || pending.current) ask(value);
    document.getElementById('results-h')?.focus();
  };

  // Everything but the field is drawn from the asked query: memoised, so a keystroke re-renders
  // the field alone and the rest only when the results change (a frame later).
  const field = useRef(q);
  field.current = q;
  const onFilters = useMemo(
    () => (f: SearchFilters) => ctx.navigate(pathOf({ name: 'search', lang, query: buildQuery(field.current, f) }), { replace: true }),
    [ctx, lang],
  );
  const { heading, title } = useMemo(() => {
    const categoryName = filters.category && clean === '' ? t(`ui:category.${filters.category}.name`) : '';
    const heading = browsing ? t('ui:home.title') : categoryName || t('ui:search.title');
    return { heading, title: browsing ? '' : categoryName || (clean ? t('ui:search.titleQuery', { query: clean.slice(0, 60) }) : heading) };
  }, [filters, clean, browsing, t]);
  useTitle(title, t('ui:app.name'));

  const top = useMemo(
    () => (
      <>
        <h1 tabIndex={-1}>{heading}</h1>
        {browsing && <p class="lead">{t('ui:home.lead')}</p>}
      </>
    ),
    [heading, browsing, t],
  );
  const answer = useMemo(() => {
    let status = '';
    if (!browsing) {
      if (error) status = t('ui:search.error');
      else if (!results) status = t('ui:search.loading');
      else status = t('ui:search.count', { count: results.length });
    }
    return (
      <>
        {route.name === 'search' && kit && <kit.view.Filters t={t} filters={filters} onChange={onFilters} />}
        <h2 id="results-h" tabIndex={-1} class={browsing ? 'vh' : undefined}>
          {t('ui:search.results')}
        </h2>
        <p class="count" role="status" aria-live="polite">
          {status}
        </p>
        {browsing && <CategoryTiles t={t} lang={lang} />}
        {kit && index && results && (
          <kit.view.SearchResults ctx={ctx} index={index} results={results} query={clean} filters={filters} title={title} />
        )}
        {error && !browsing && <EmergencyStrip t={t} id="search-error" heading />}
      </>
    );
  }, [route.name, kit, index, results, error, browsing, filters, onFilters, clean, title, ctx, t, lang]);

  return (
    <>
      {top}
      <SearchForm t={t} value={q} onInput={onInput} onSubmit={onSubmit} onFocus={() => setTurnedToSearch(true)} />
      {NearMe && (
        <NearMe
          t={t}
          places={ctx.catalog.places}
          onPlace={(place) => {
            // Only the municipality the person confirmed goes into the query (and so the address).
            setTurnedToSearch(true);
            onSubmit(place.name);
          }}
        />
      )}
      {answer}
    </>
  );
}
