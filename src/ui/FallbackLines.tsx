/**
 * For a record with no certain number of its own: the national lines to call instead, and the
 * official directory. A wrong number can cost a life, so we never show an uncertain one.
 * Each line shows its own open-now state: some fallbacks (Kompetanseteamet) answer on weekdays
 * only, so a blanket "day and night" would send someone to a closed line.
 */
import { DirectoryLink } from './DirectoryLink.tsx';
import type { JSX } from 'preact';
import type { Service } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf } from '../shell/routes.ts';
import { CallLink, isolate, nameHasNumber } from './CallLink.tsx';
import { InLang } from './lang/Fallback.tsx';
import { tl } from '../i18n/fallback.ts';
import { NbName } from './Localized.tsx';
import { OpenBadge } from './OpenBadge.tsx';

/** The fallback block (heading included). */
export function FallbackLines(props: { ctx: PageContext; service: Service }): JSX.Element {
  const { ctx, service } = props;
  const { t, lang } = ctx;
  const byId = new Map(ctx.catalog.services.map((s) => [s.id, s]));
  const lines = service.fallback.map((id) => byId.get(id)).filter((s): s is Service => !!s && s.phones.length > 0);
  return (
    <section class="fallback" aria-labelledby="fallback-h">
      <h2 id="fallback-h">{t('ui:service.noNumberTitle')}</h2>
      <p>
        {/* Marked Norwegian in a language that has not translated this yet. */}
        <InLang value={tl(lang, 'ui:service.noNumberLines')} pageLang={lang} />
      </p>
      {lines.length > 0 && (
        <ul class="helplines">
          {lines.map((s) => (
            <li key={s.id}>
              <CallLink
                t={t}
                name={s.name}
                number={s.phones[0]!.number}
                display={s.phones[0]!.display}
                class="call call-line"
                showNumber={!nameHasNumber(s.name, s.phones[0]!.display)}
              >
                <NbName name={s.name} page={lang} />
              </CallLink>
              <OpenBadge schedule={s.schedule} lang={lang} />
              <a class="more" href={pathOf({ name: 'service', lang, id: s.id })}>
                {t('ui:help.about', { name: isolate(s.name) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <DirectoryLink text={t('ui:help.directory')} />
    </section>
  );
}
