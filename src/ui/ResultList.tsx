/**
 * Search results. Each result is one link whose text starts with the service's name, then what it
 * is and whether it is open now; a separate one-tap call link sits beside it when the service has
 * a phone number, and "add to list" under it (a worker gathers services to share or print).
 */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { serviceText, translatedName } from '../catalog/text.ts';
import type { CatalogText, Lang, Service } from '../catalog/types.ts';
import type { SearchResult } from '../search/index.ts';
import type { PageContext } from '../shell/page-context.ts';
import { AddToList } from '../share/AddToList.tsx';
import { pathOf } from '../shell/routes.ts';
import { afterNextPaint } from './after-paint.ts';
import { CallLink } from './CallLink.tsx';
import { memo } from './memo.ts';
import { Localized, NbName } from './Localized.tsx';
import { OpenBadge } from './OpenBadge.tsx';

/** Results drawn at once (more than a phone's screen holds); the rest follow when typing pauses. */
export const FIRST_RESULTS = 5;
/** How long typing must pause before the rest of the list is drawn (ms). */
const REST_AFTER_MS = 150;
/** Rows added per task while the rest is drawn: each task stays short on a cheap phone. */
const STEP = 5;

/**
 * One result. Memoised: the next keystroke mostly finds the same services, and a row whose
 * service, language and minute are unchanged is not drawn again (cost follows what changes).
 */
const ResultRow = memo(function ResultRow(props: { service: Service; lang: Lang; text: CatalogText | null; t: TFunction; minute: number }): JSX.Element {
  const { service, lang, text, t } = props;
  const alt = translatedName(service, lang, text);
  const phone = service.phones[0];
  return (
    <li class="result">
      <a class="result-link" href={pathOf({ name: 'service', lang, id: service.id })}>
        <NbName name={service.name} page={lang} class="result-name" />
        {alt && (
          <>
            {' '}
            <Localized picked={alt} page={lang} class="result-alt" />
          </>
        )}
        <span class="vh">. </span>
        <Localized picked={serviceText(service, 'summary', lang, text)} page={lang} class="result-summary" />
        <span class="vh">. </span>
        <OpenBadge schedule={service.schedule} lang={lang} now={new Date(props.minute * 60_000)} />
      </a>
      {phone && <CallLink t={t} name={service.name} number={phone.number} display={phone.display} class="call call-small">{t('ui:call.short')}</CallLink>}
      <AddToList lang={lang} serviceId={service.id} serviceName={alt?.text ?? service.name} />
    </li>
  );
});

/**
 * The list of results. While the person types, only the first results are drawn (a phone shows a
 * handful on screen): drawing a hundred on every keystroke makes typing lag on a cheap phone.
 * The rest follow once typing pauses, a few rows per task so a keystroke is never held up; the
 * count above always says how many matched. `query` is what these results answer (`data-q`).
 */
export const ResultList = memo(function ResultList(props: { ctx: PageContext; results: SearchResult[]; query: string }): JSX.Element {
  const { t, lang, text } = props.ctx;
  const { results } = props;
  const minute = Math.floor(Date.now() / 60_000);
  // How many rows of these results are drawn; new results start again from the first screenful.
  const [drawn, setDrawn] = useState<{ of: SearchResult[]; rows: number }>({ of: results, rows: FIRST_RESULTS });
  const rows = drawn.of === results ? drawn.rows : FIRST_RESULTS;
  useEffect(() => {
    if (rows >= results.length) return;
    let cancel = () => {};
    const timer = setTimeout(() => {
      cancel = afterNextPaint(() => setDrawn({ of: results, rows: rows + STEP }));
    }, rows === FIRST_RESULTS ? REST_AFTER_MS : 0);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [results, rows]);
  return (
    // data-q: the query these results answer (tests and the bench check the list follows the field).
    <ol class="results" data-q={props.query}>
      {results.slice(0, rows).map(({ service }) => (
        <ResultRow key={service.id} service={service} lang={lang} text={text} t={t} minute={minute} />
      ))}
    </ol>
  );
});
