/**
 * Shown on every page in a draft language (`locales/status.json`): says, in the language, that the
 * translation has not been checked by a native speaker yet, and links to the same page in Norwegian
 * (`switchLanguage` keeps the service, search and filters). The Norwegian sentence is shown in full
 * only when the language has no notice of its own; otherwise a short Norwegian link follows, so a
 * Norwegian-speaking helper finds the original without a Norwegian paragraph on every page.
 * Renders nothing for reviewed languages.
 */
import i18next from 'i18next';
import { switchLanguage } from '../../shell/routes.ts';
import { isDraft } from '../../i18n/format.ts';
import { hasOwnText } from '../../i18n/fallback.ts';
import { dirOf, type Lang } from '../../i18n/languages.ts';

export interface DraftNoticeProps {
  lang: Lang;
  /** Current pathname and search ("/se/tjeneste/vo-linjen", "?q=…"). */
  path: string;
  search?: string;
  /** Client-side navigation; without it the link is an ordinary link. */
  onNavigate?: (path: string) => void;
}

export function DraftNotice({ lang, path, search = '', onNavigate }: DraftNoticeProps) {
  if (!isDraft(lang)) return null;
  const href = switchLanguage(path, search, 'nb');
  const onClick = onNavigate
    ? (e: MouseEvent) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        onNavigate(href);
      }
    : undefined;
  const own = hasOwnText(lang, 'i18n:draft.notice');
  const nbNotice = i18next.t('i18n:draft.notice', { lng: 'nb' });
  const nbLink = i18next.t('i18n:draft.link', { lng: 'nb' });
  return (
    <aside class="draft-notice" role="note" aria-label={own ? undefined : nbNotice}>
      {own && (
        <p lang={lang} dir={dirOf(lang)}>
          {i18next.t('i18n:draft.notice', { lng: lang })}{' '}
          <a href={href} hreflang="nb" onClick={onClick}>
            {hasOwnText(lang, 'i18n:draft.link') ? i18next.t('i18n:draft.link', { lng: lang }) : nbLink}
          </a>
        </p>
      )}
      <p lang="nb" dir="ltr">
        {own ? null : <>{nbNotice} </>}
        <a href={href} hreflang="nb" onClick={onClick}>
          {nbLink}
        </a>
      </p>
    </aside>
  );
}
