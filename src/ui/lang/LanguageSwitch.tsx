/**
 * The language switch: every language named as its speakers write it, each a link to the same
 * page in that language (service, search query and filters kept). Draft languages carry a small
 * "draft" tag in the current page's language.
 */
import { switchLanguage } from '../../shell/routes.ts';
import { languageOrder } from '../../i18n/format.ts';
import { tl } from '../../i18n/fallback.ts';
import type { Lang } from '../../i18n/languages.ts';
import { InLang } from './Fallback.tsx';

export interface LanguageSwitchProps {
  lang: Lang;
  path: string;
  search?: string;
  /** Called with the new language and path; do the navigation (and store the choice) there. */
  onSwitch?: (lang: Lang, path: string) => void;
}

export function LanguageSwitch({ lang, path, search = '', onSwitch }: LanguageSwitchProps) {
  const heading = tl(lang, 'i18n:switch.heading');
  const draftTag = tl(lang, 'i18n:switch.draftTag');
  return (
    <nav class="language-switch" aria-label={tl(lang, 'i18n:switch.label').text}>
      <h2>
        <InLang value={heading} pageLang={lang} />
      </h2>
      <ul>
        {languageOrder().map((l) => {
          const href = switchLanguage(path, search, l.code);
          return (
            <li key={l.code}>
              <a
                href={href}
                lang={l.code}
                hreflang={l.code}
                dir={l.dir}
                aria-current={l.code === lang ? 'true' : undefined}
                onClick={
                  onSwitch
                    ? (e: MouseEvent) => {
                        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                        e.preventDefault();
                        onSwitch(l.code, href);
                      }
                    : undefined
                }
              >
                {l.endonym}
              </a>
              {l.status === 'draft' && l.code !== 'nb' && (
                <>
                  {' '}
                  <small class="draft-tag">
                    <InLang value={draftTag} pageLang={lang} />
                  </small>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
