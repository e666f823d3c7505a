/**
 * The action-plan measures a service concerns, each linking to its place on the measures page.
 * What the government promised is said in the reader's language — plan, topic (chapter), ministry,
 * status — and the measure's own wording, where it has no translation, is one tap away in Norwegian
 * (`<details>`, marked `lang="nb"`). The measures page uses the same pieces.
 */
import type { JSX } from 'preact';
import { measureText, type Picked } from '../catalog/text.ts';
import type { Measure } from '../catalog/types.ts';
import { tl } from '../i18n/fallback.ts';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf } from '../shell/routes.ts';
import { InLang } from './lang/Fallback.tsx';
import { Localized } from './Localized.tsx';
import { ministriesOf } from './measure-filters.ts';

/** The plan's own wording for "every ministry concerned", shown in the reader's language. */
const EVERY_MINISTRY = 'alle relevante departementer';

/** "Tiltak 64" / "NSK-tiltak 6" and its status. */
export function measureLabel(measure: Measure, ctx: PageContext): string {
  return ctx.t(measure.source === 'plan' ? 'ui:measures.planNumber' : 'ui:measures.nskNumber', { number: measure.number });
}

/** Status of a measure in the reader's language (plan measures have no reported status). */
export function measureStatus(measure: Measure, ctx: PageContext): string {
  return measure.source === 'nsk' ? ctx.t(`ui:measures.status.${measure.status}`) : ctx.t('ui:measures.status.none');
}

/** The topic of a measure: its chapter (plan) or effort area (status report), translated where the language has it. */
export function MeasureTopic(props: { ctx: PageContext; source: Measure['source']; number: number; title: string }): JSX.Element {
  const { lang } = props.ctx;
  const own = tl(lang, `ui:measures.chapter.${props.source}.${props.number}`);
  // Norwegian pages, and languages without this key, show the document's own title.
  const picked = own.lang === lang && lang !== 'nb' ? own : { text: props.title, lang: 'nb' as const };
  return <Localized picked={picked} page={lang} />;
}

/** The responsible ministries (codes), with the plan's "all relevant ministries" in the reader's language. */
export function MinistryList(props: { ctx: PageContext; measure: Measure }): JSX.Element {
  const { ctx } = props;
  const parts = ministriesOf(props.measure).map((m) => (m === EVERY_MINISTRY ? tl(ctx.lang, 'ui:measures.everyMinistry') : { text: m, lang: ctx.lang }));
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 ? ', ' : ''}
          {p.lang === ctx.lang ? <bdi dir="ltr">{p.text}</bdi> : <InLang value={p} pageLang={ctx.lang} />}
        </span>
      ))}
    </>
  );
}

/**
 * A measure's wording and `extra` texts (reported status, the plan's note): each as a paragraph
 * when it is in the reader's language (or the page is Norwegian); what exists only in Norwegian is
 * collapsed behind "the measure as worded in the plan (in Norwegian)" / "more (in Norwegian)".
 */
export function MeasureWording(props: { ctx: PageContext; measure: Measure; extra?: Picked[] }): JSX.Element {
  const { ctx, measure } = props;
  const { lang } = ctx;
  const wording = measureText(measure, lang, ctx.text);
  const extra = props.extra ?? [];
  const shown = [wording, ...extra].filter((p) => p.lang === lang);
  const folded = [wording, ...extra].filter((p) => p.lang !== lang);
  return (
    <>
      {shown.map((p, i) => (
        <Localized key={i} as="p" picked={p} page={lang} class={p === wording ? undefined : 'hint'} />
      ))}
      {folded.length > 0 && (
        <details class="measure-nb">
          <summary>
            <InLang value={tl(lang, folded[0] === wording ? 'ui:measures.wording' : 'ui:measures.moreNb')} pageLang={lang} />
          </summary>
          {folded.map((p, i) => (
            <Localized key={i} as="p" picked={p} page={lang} class={p === wording ? undefined : 'hint'} />
          ))}
        </details>
      )}
    </>
  );
}

/** List of measures by id; ids not in the catalogue are skipped. */
export function MeasureRefs(props: { ctx: PageContext; ids: string[] }): JSX.Element | null {
  const { ctx } = props;
  const byId = new Map(ctx.catalog.measures.map((m) => [m.id, m]));
  const measures = props.ids.map((id) => byId.get(id)).filter((m): m is Measure => !!m);
  if (measures.length === 0) return null;
  const base = pathOf({ name: 'measures', lang: ctx.lang, query: new URLSearchParams() });
  return (
    <>
      <p>
        <InLang value={tl(ctx.lang, 'ui:measures.forService')} pageLang={ctx.lang} />
      </p>
      <ul class="measure-refs">
        {measures.map((m) => {
          const group = m.source === 'plan' ? m.chapter : m.area;
          return (
            <li key={m.id}>
              <a href={`${base}#${m.id}`}>{measureLabel(m, ctx)}</a> <span class="badge">{measureStatus(m, ctx)}</span>
              <p class="hint">
                {ctx.t(m.source === 'plan' ? 'ui:measures.planShort' : 'ui:measures.nskShort')} ·{' '}
                <MeasureTopic ctx={ctx} source={m.source} number={group.number} title={group.title} /> · {ctx.t('ui:measures.responsible')}{' '}
                <MinistryList ctx={ctx} measure={m} />
              </p>
              <MeasureWording ctx={ctx} measure={m} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
