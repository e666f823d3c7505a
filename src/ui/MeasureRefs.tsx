/** The action-plan measures a service concerns, each linking to its place on the measures page. */
import type { JSX } from 'preact';
import { measureText } from '../catalog/text.ts';
import type { Measure } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf } from '../shell/routes.ts';
import { Localized } from './Localized.tsx';

/** "Tiltak 64" / "NSK-tiltak 6" and its status. */
export function measureLabel(measure: Measure, ctx: PageContext): string {
  return ctx.t(measure.source === 'plan' ? 'ui:measures.planNumber' : 'ui:measures.nskNumber', { number: measure.number });
}

/** Status of a measure in the reader's language (plan measures have no reported status). */
export function measureStatus(measure: Measure, ctx: PageContext): string {
  return measure.source === 'nsk' ? ctx.t(`ui:measures.status.${measure.status}`) : ctx.t('ui:measures.status.none');
}

/** List of measures by id; ids not in the catalogue are skipped. */
export function MeasureRefs(props: { ctx: PageContext; ids: string[] }): JSX.Element | null {
  const { ctx } = props;
  const byId = new Map(ctx.catalog.measures.map((m) => [m.id, m]));
  const measures = props.ids.map((id) => byId.get(id)).filter((m): m is Measure => !!m);
  if (measures.length === 0) return null;
  const base = pathOf({ name: 'measures', lang: ctx.lang, query: new URLSearchParams() });
  return (
    <ul class="measure-refs">
      {measures.map((m) => (
        <li key={m.id}>
          <a href={`${base}#${m.id}`}>{measureLabel(m, ctx)}</a> <span class="badge">{measureStatus(m, ctx)}</span>
          <Localized as="p" picked={measureText(m, ctx.lang, ctx.text)} page={ctx.lang} />
        </li>
      ))}
    </ul>
  );
}
