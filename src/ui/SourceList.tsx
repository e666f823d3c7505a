/** The sources a service's facts rest on: address, what it says, and the date we checked it. */
import type { JSX } from 'preact';
import type { Service } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { shortUrl } from './ContactList.tsx';
import { formatDate } from './format.ts';
import { EXTERNAL } from './links.ts';

/** The list of sources (http URLs are linked only when https). */
export function SourceList(props: { ctx: PageContext; service: Service }): JSX.Element {
  const { t, lang } = props.ctx;
  const sources = Object.entries(props.service.sources);
  return (
    <ul class="sources">
      {sources.map(([key, s]) => (
        <li key={key}>
          <cite>
            {s.url.startsWith('https://') ? (
              <a href={s.url} {...EXTERNAL}>
                <bdi dir="ltr">{shortUrl(s.url)}</bdi>
              </a>
            ) : (
              <bdi dir="ltr">{s.url}</bdi>
            )}
          </cite>
          {s.fact && (
            <>
              {' – '}
              {/* What the Norwegian source says, quoted as it is. */}
              <q lang={lang === 'nb' ? undefined : 'nb'} dir={lang === 'nb' ? undefined : 'ltr'}>
                {s.fact}
              </q>
            </>
          )}
          <br />
          <span class="hint">
            {t('ui:service.checked', { date: formatDate(s.checked) })}
            {s.published && s.published !== 'udatert' ? ` · ${t('ui:service.published', { date: formatDate(s.published) })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
