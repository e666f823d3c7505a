/**
 * "Never a dead end": the emergency numbers, the national helplines from the catalogue and the
 * official directory. Shown when a search finds nothing, on not-found pages and on load errors.
 */
import { DirectoryLink } from './DirectoryLink.tsx';
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import type { Catalog, Lang, Service } from '../catalog/types.ts';
import { pathOf } from '../shell/routes.ts';
import { CallLink, isolate, nameHasNumber } from './CallLink.tsx';
import { EmergencyStrip } from './EmergencyStrip.tsx';
import { NbName } from './Localized.tsx';

/** National phone lines (category "hjelpetelefon", whole country) that have a number. */
export function nationalHelplines(catalog: Catalog | null): Service[] {
  if (!catalog) return [];
  return catalog.services.filter(
    (s) => s.categories.includes('hjelpetelefon') && s.area.type === 'national' && s.phones.length > 0,
  );
}

/** Emergency numbers + helplines + the official directory. `catalog` may be null (load error). */
export function HelpNumbers(props: { t: TFunction; lang: Lang; catalog: Catalog | null; id: string }): JSX.Element {
  const { t, lang } = props;
  const lines = nationalHelplines(props.catalog);
  return (
    <div class="help-numbers">
      <EmergencyStrip t={t} id={`${props.id}-emergency`} heading />
      {lines.length > 0 && (
        <section aria-labelledby={`${props.id}-lines`}>
          <h2 id={`${props.id}-lines`}>{t('ui:help.helplines')}</h2>
          <ul class="helplines">
            {lines.map((s) => {
              const phone = s.phones[0]!;
              return (
                <li key={s.id}>
                  <CallLink t={t} name={s.name} number={phone.number} display={phone.display} class="call call-line" showNumber={!nameHasNumber(s.name, phone.display)}>
                    <NbName name={s.name} page={lang} />
                  </CallLink>
                  <a class="more" href={pathOf({ name: 'service', lang, id: s.id })}>
                    {t('ui:help.about', { name: isolate(s.name) })}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <DirectoryLink text={t('ui:help.directory')} class="directory" />
    </div>
  );
}
