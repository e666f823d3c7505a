/** "Never a dead end": what a search with no results shows (suggestion, numbers, helplines, directory). */
import type { JSX } from 'preact';
import type { PageContext } from '../shell/page-context.ts';
import { HelpNumbers } from './HelpNumbers.tsx';

/** No results for `query`: a spelling suggestion as a link, then every way to still get help. */
export function NoMatch(props: { ctx: PageContext; query: string; suggestion: string | null; suggestionHref: string }): JSX.Element {
  const { t, lang, catalog } = props.ctx;
  return (
    <div class="no-match" data-q={props.query}>
      <p>
        {props.query ? (
          <>
            {t('ui:search.noneFor')} <bdi class="query">{props.query}</bdi>
          </>
        ) : (
          t('ui:search.none')
        )}
      </p>
      {props.suggestion && (
        <p class="suggestion">
          {t('ui:search.didYouMean')}{' '}
          <a href={props.suggestionHref}>
            <bdi>{props.suggestion}</bdi>
          </a>
        </p>
      )}
      <p>{t('ui:search.stillHelp')}</p>
      <HelpNumbers t={t} lang={lang} catalog={catalog} id="no-match" />
    </div>
  );
}
