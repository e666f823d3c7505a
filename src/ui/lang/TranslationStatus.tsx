/**
 * Which translations have been checked by a native speaker (`locales/status.json`), for the
 * about page: every language by its own name, with "Checked" or "Draft, not checked" in the
 * page's language.
 */
import { languageOrder } from '../../i18n/format.ts';
import { tl } from '../../i18n/fallback.ts';
import type { Lang } from '../../i18n/languages.ts';
import { InLang } from './Fallback.tsx';

export function TranslationStatus(props: { lang: Lang; class?: string }) {
  const reviewed = tl(props.lang, 'i18n:completeness.reviewed');
  const draft = tl(props.lang, 'i18n:completeness.draft');
  return (
    <dl class={props.class ?? 'translation-status'}>
      {languageOrder().map((l) => (
        <div key={l.code}>
          <dt lang={l.code} dir={l.dir}>
            {l.endonym}
          </dt>
          <dd>
            <InLang value={l.status === 'reviewed' ? reviewed : draft} pageLang={props.lang} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
