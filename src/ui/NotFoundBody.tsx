/**
 * The body of every "not found" (unknown path, service id or language): a clear message, a search
 * field and the ways to get help now. Never a blank page.
 */
import type { JSX } from 'preact';
import { LANGS, LANGUAGES } from '../i18n/languages.ts';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf } from '../shell/routes.ts';
import { HelpNumbers } from './HelpNumbers.tsx';
import { SearchForm } from './SearchForm.tsx';
import { buildQuery } from './search-params.ts';
import { useTitle } from './use-title.ts';

/** Why nothing was found. */
export type NotFoundReason = 'path' | 'lang' | 'service';

/** The not-found content. */
export function NotFoundBody(props: { ctx: PageContext; reason: NotFoundReason }): JSX.Element {
  const { ctx, reason } = props;
  const { t, lang } = ctx;
  const title = t(`ui:notFound.${reason}.title`);
  useTitle(title, t('ui:app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p>{t(`ui:notFound.${reason}.text`)}</p>
      {reason === 'lang' && (
        <ul class="lang-choices">
          {LANGS.map((code) => (
            <li key={code}>
              <a href={pathOf({ name: 'home', lang: code })} hreflang={code} lang={code} dir={LANGUAGES[code].dir}>
                {LANGUAGES[code].endonym}
              </a>
            </li>
          ))}
        </ul>
      )}
      <SearchForm
        t={t}
        id="nf-q"
        value=""
        onSubmit={(q) => ctx.navigate(pathOf({ name: 'search', lang, query: buildQuery(q, {}) }))}
      />
      <p>
        <a href={pathOf({ name: 'home', lang })}>{t('ui:notFound.home')}</a>
      </p>
      <HelpNumbers t={t} lang={lang} catalog={ctx.catalog} id="not-found" />
    </>
  );
}
