/**
 * The measures (`/{lang}/tiltak?dep=JD&status=ongoing&kilde=plan`): the action plan's measures
 * grouped by chapter and the NSK status report's measures grouped by effort area, filterable by
 * ministry, status and source. Each has an `id` anchor (`#plan-64`) and links to its services.
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { measureStatusText } from '../catalog/text.ts';
import type { Measure, PlanMeasure, Service, StatusMeasure } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf, type Route } from '../shell/routes.ts';
import { Localized, NbName } from '../ui/Localized.tsx';
import { MeasureTopic, MeasureWording, measureLabel, measureStatus, MinistryList } from '../ui/MeasureRefs.tsx';
import {
  buildMeasureQuery,
  groupMeasures,
  measureMatches,
  MEASURE_PARAM,
  ministryCodes,
  parseMeasureFilters,
  type MeasureFilters,
} from '../ui/measure-filters.ts';
import { useTitle } from '../ui/use-title.ts';

type Props = { ctx: PageContext; route: Extract<Route, { name: 'measures' }> };

type ById = Map<string, Service>;

function MeasureItem({ ctx, m, byId }: { ctx: PageContext; m: Measure; byId: ById }) {
  const { t, lang } = ctx;
  const services = m.services.map((id) => byId.get(id)).filter((s) => !!s);
  const status = measureStatusText(m, lang, ctx.text);
  const note = m.source === 'plan' && m.note ? m.note : '';
  return (
    <li id={m.id} class="measure" tabIndex={-1}>
      <h4>
        {measureLabel(m, ctx)}
        {m.source === 'nsk' && (
          <>
            {' '}
            <span class={`badge badge-${m.status}`}>{measureStatus(m, ctx)}</span>
          </>
        )}
      </h4>
      <p class="hint">
        {t('ui:measures.responsible')} <MinistryList ctx={ctx} measure={m} />
      </p>
      {/* What has no translation yet (wording, the plan's note, the reported status) is one tap away in Norwegian. */}
      <MeasureWording ctx={ctx} measure={m} extra={[...(status ? [status] : []), ...(note ? [{ text: note, lang: 'nb' as const }] : [])]} />
      {services.length > 0 && (
        <ul class="measure-services" aria-label={t('ui:measures.services')}>
          {services.map((s) => (
            <li key={s.id}>
              <a href={pathOf({ name: 'service', lang, id: s.id })}>
                <NbName name={s.name} page={lang} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Groups({ ctx, measures, prefix, byId }: { ctx: PageContext; measures: Measure[]; prefix: string; byId: ById }) {
  return (
    <>
      {groupMeasures(measures).map((g) => (
        <section key={g.number} aria-labelledby={`${prefix}-${g.number}`}>
          <h3 id={`${prefix}-${g.number}`}>
            {g.number}. <MeasureTopic ctx={ctx} source={g.items[0]!.source} number={g.number} title={g.title} />
          </h3>
          <ol class="measures">
            {g.items.map((m) => (
              <MeasureItem key={m.id} ctx={ctx} m={m} byId={byId} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

export default function MeasuresPage({ ctx, route }: Props): JSX.Element {
  const { t, lang, catalog } = ctx;
  const filters = useMemo(() => parseMeasureFilters(route.query, catalog), [route.query.toString(), catalog]);
  const byId = useMemo(() => new Map(catalog.services.map((s) => [s.id, s])), [catalog]);
  const shown = catalog.measures.filter((m) => measureMatches(m, filters));
  const plan = shown.filter((m): m is PlanMeasure => m.source === 'plan');
  const nsk = shown.filter((m): m is StatusMeasure => m.source === 'nsk');
  useTitle(t('ui:measures.title'), t('ui:app.name'));

  const update = (patch: Partial<MeasureFilters>) => {
    const next = { ...filters, ...patch };
    ctx.navigate(pathOf({ name: 'measures', lang, query: buildMeasureQuery(next) }), { replace: true });
  };
  const select = (e: Event) => (e.currentTarget as HTMLSelectElement).value;

  return (
    <>
      <h1 tabIndex={-1}>{t('ui:measures.title')}</h1>
      <p class="lead">{t('ui:measures.lead')}</p>
      <form class="filter-form measure-filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="m-source">{t('ui:measures.filterSource')}</label>
          <select id="m-source" name={MEASURE_PARAM.source} value={filters.source ?? ''} onChange={(e) => update({ source: (select(e) || undefined) as MeasureFilters['source'] })}>
            <option value="">{t('ui:measures.bothPlans')}</option>
            <option value="plan">{t('ui:measures.planShort')}</option>
            <option value="nsk">{t('ui:measures.nskShort')}</option>
          </select>
        </div>
        <div class="field">
          <label for="m-dep">{t('ui:measures.filterMinistry')}</label>
          <select id="m-dep" name={MEASURE_PARAM.ministry} value={filters.ministry ?? ''} onChange={(e) => update({ ministry: select(e) || undefined })}>
            <option value="">{t('ui:measures.allMinistries')}</option>
            {ministryCodes(catalog).map((code) => (
              <option key={code} value={code} lang="nb">
                {catalog.ministries[code] ? `${catalog.ministries[code]} (${code})` : code}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="m-status">{t('ui:measures.filterStatus')}</label>
          <select id="m-status" name={MEASURE_PARAM.status} value={filters.status ?? ''} onChange={(e) => update({ status: (select(e) || undefined) as MeasureFilters['status'] })}>
            <option value="">{t('ui:measures.allStatuses')}</option>
            <option value="ongoing">{t('ui:measures.status.ongoing')}</option>
            <option value="completed">{t('ui:measures.status.completed')}</option>
          </select>
        </div>
      </form>
      <p class="count" role="status" aria-live="polite">
        {t('ui:measures.count', { count: shown.length })}
      </p>
      {filters.status && <p class="hint">{t('ui:measures.statusOnlyNsk')}</p>}
      {plan.length > 0 && (
        <section aria-labelledby="plan-h">
          <h2 id="plan-h">{t('ui:measures.planTitle')}</h2>
          <Groups ctx={ctx} measures={plan} prefix="plan-ch" byId={byId} />
        </section>
      )}
      {nsk.length > 0 && (
        <section aria-labelledby="nsk-h">
          <h2 id="nsk-h">{t('ui:measures.nskTitle')}</h2>
          <Groups ctx={ctx} measures={nsk} prefix="nsk-area" byId={byId} />
        </section>
      )}
    </>
  );
}
