/** Opening hours of a service: open now, then the week (or "open day and night"), then notes. */
import type { JSX } from 'preact';
import { holidaysUnknown } from '../catalog/hours.ts';
import { scheduleNotes } from '../catalog/text.ts';
import type { Service } from '../catalog/types.ts';
import { scheduleLines } from '../i18n/format.ts';
import type { PageContext } from '../shell/page-context.ts';
import { Localized } from './Localized.tsx';
import { OpenBadge } from './OpenBadge.tsx';
import { T } from './lang/Fallback.tsx';

/** The hours section body. */
export function Hours(props: { ctx: PageContext; service: Service; now?: Date }): JSX.Element {
  const { ctx, service } = props;
  const { t, lang } = ctx;
  const schedule = service.schedule;
  const notes = scheduleNotes(service, lang, ctx.text);
  return (
    <>
      <p>
        <OpenBadge schedule={schedule} lang={lang} now={props.now} />
      </p>
      {schedule.type === 'always' && <p>{t('ui:hours.alwaysLong')}</p>}
      {schedule.type === 'weekly' && (
        <ul class="hours">
          {scheduleLines(lang, schedule.spans).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {schedule.type === 'unknown' && <p>{t('ui:hours.unknown')}</p>}
      {notes && <Localized as="p" picked={notes} page={lang} />}
      {holidaysUnknown(schedule) && (
        <p>
          <T i18nKey="ui:hours.holidays" lang={lang} />
        </p>
      )}
      {schedule.type === 'weekly' && <p class="hint">{t('ui:hours.norwegianTime')}</p>}
    </>
  );
}
