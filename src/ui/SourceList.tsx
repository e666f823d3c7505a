/**
 * The sources a service's facts rest on: address, kind, what it says (quoted in Norwegian, marked
 * `lang="nb"` on every page), when it was published, and when it was retrieved or last confirmed.
 */
import type { JSX } from 'preact';
import type { Service } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { shortUrl } from './ContactList.tsx';
import { formatDate } from './format.ts';
import { EXTERNAL } from './links.ts';

/** The list of sources (http URLs are linked only when https). */
export function SourceList(props: { ctx: PageContext; service: Service }): JSX.Element {
  const { t } = props.ctx;
  const sources = Object.entries(props.service.sources);
  return (
    <ul class="sources">
      {sources.map(([key, s]) => (
        <li key={key}>
          {s.url.startsWith('https://') ? (
            <a href={s.url} {...EXTERNAL}>
              <bdi dir="ltr">{shortUrl(s.url)}</bdi>
            </a>
          ) : (
            <bdi dir="ltr">{s.url}</bdi>
          )}
          {' – '}
          {t(`ui:source.kind.${s.kind}`)}
          {s.fact && (
            <>
              {': '}
              <q lang="nb" dir="ltr">{s.fact}</q>
            </>
          )}
          <br />
          <span class="hint">
            {s.published === 'udatert' ? t('ui:source.undated') : t('ui:source.published', { date: formatDate(s.published) })}
            {' · '}
            {s.confirmed ? t('ui:source.confirmed', { date: formatDate(s.confirmed) }) : t('ui:source.retrieved', { date: formatDate(s.retrieved) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
