/**
 * Search results. Each result is one link whose text starts with the service's name, then what it
 * is and whether it is open now; a separate one-tap call link sits beside it when the service has
 * a phone number, and "add to list" under it (a worker gathers services to share or print).
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { serviceText, translatedName } from '../catalog/text.ts';
import type { SearchResult } from '../search/index.ts';
import type { PageContext } from '../shell/page-context.ts';
import { AddToList } from '../share/AddToList.tsx';
import { pathOf } from '../shell/routes.ts';
import { CallLink } from './CallLink.tsx';
import { Localized, NbName } from './Localized.tsx';
import { OpenBadge } from './OpenBadge.tsx';

/** Results drawn at once; the rest follow when typing pauses. */
export const FIRST_RESULTS = 20;
/** How long typing must pause before the whole list is drawn (ms). */
const REST_AFTER_MS = 150;

/**
 * The list of results. While the person types, only the first results are drawn (a phone shows a
 * handful on screen): drawing a hundred on every keystroke makes typing lag on a cheap phone.
 * The rest follow as soon as typing pauses; the count above always says how many matched.
 */
export function ResultList(props: { ctx: PageContext; results: SearchResult[]; query: string }): JSX.Element {
  const { t, lang, text } = props.ctx;
  const now = new Date();
  const [complete, setComplete] = useState<SearchResult[] | null>(null);
  useEffect(() => {
    if (props.results.length <= FIRST_RESULTS) return;
    const id = setTimeout(() => setComplete(props.results), REST_AFTER_MS);
    return () => clearTimeout(id);
  }, [props.results]);
  const shown = complete === props.results ? props.results : props.results.slice(0, FIRST_RESULTS);
  return (
    // data-q: the query these results answer (tests and the bench check the list follows the field).
    <ol class="results" data-q={props.query}>
      {shown.map(({ service }) => {
        const alt = translatedName(service, lang, text);
        const phone = service.phones[0];
        return (
          <li key={service.id} class="result">
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
              <OpenBadge schedule={service.schedule} lang={lang} now={now} />
            </a>
            {phone && <CallLink t={t} name={service.name} number={phone.number} display={phone.display} class="call call-small">{t('ui:call.short')}</CallLink>}
            <AddToList lang={lang} serviceId={service.id} serviceName={alt?.text ?? service.name} />
          </li>
        );
      })}
    </ol>
  );
}
