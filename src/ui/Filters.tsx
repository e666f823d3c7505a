/**
 * Search filters (category, who for, county, open now, free, anonymous). Each change goes straight
 * into the URL through `onChange`, so a filtered search can be shared. Folded into a <details> so
 * results stay in view on a phone; open when a filter is in use.
 */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import { AUDIENCES, CATEGORIES, COUNTIES } from '../catalog/types.ts';
import type { SearchFilters } from '../search/index.ts';
import { filterCount, parseFilters, PARAM } from './search-params.ts';

/** The filter form. */
export function Filters(props: { t: TFunction; filters: SearchFilters; onChange: (f: SearchFilters) => void }): JSX.Element {
  const { t, filters } = props;
  const count = filterCount(filters);
  // The form is drawn when the person opens it (or a filter is in use): the closed fold costs
  // nothing on the keystroke that turns the home page into the results page.
  const [opened, setOpened] = useState(false);
  const change = (e: Event) => {
    const form = (e.currentTarget as HTMLElement).closest('form');
    if (!form) return;
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v !== '') params.set(k, v);
    props.onChange(parseFilters(params));
  };
  const check = (name: string, on: boolean | undefined, label: string) => (
    <label class="check">
      <input type="checkbox" name={name} value="1" checked={!!on} onChange={change} /> {label}
    </label>
  );
  return (
    <details class="filters" open={count > 0} onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{count > 0 ? t('ui:filters.summaryActive', { count }) : t('ui:filters.summary')}</summary>
      {(opened || count > 0) && <form class="filter-form" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="f-category">{t('ui:filters.category')}</label>
          <select id="f-category" name={PARAM.category} value={filters.category ?? ''} onChange={change}>
            <option value="">{t('ui:filters.all')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`ui:category.${c}.name`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-audience">{t('ui:filters.audience')}</label>
          <select id="f-audience" name={PARAM.audience} value={filters.audience ?? ''} onChange={change}>
            <option value="">{t('ui:filters.everyone')}</option>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`ui:audience.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-county">{t('ui:filters.county')}</label>
          <select id="f-county" name={PARAM.county} value={filters.county ?? ''} onChange={change}>
            <option value="">{t('ui:filters.wholeCountry')}</option>
            {COUNTIES.map((c) => (
              <option key={c} value={c} lang="nb">
                {c}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="checks">
          <legend>{t('ui:filters.more')}</legend>
          {check(PARAM.openNow, filters.openNow, t('ui:filters.openNow'))}
          {check(PARAM.free, filters.free, t('ui:filters.free'))}
          {check(PARAM.anonymous, filters.anonymous, t('ui:filters.anonymous'))}
        </fieldset>
      </form>}
    </details>
  );
}
