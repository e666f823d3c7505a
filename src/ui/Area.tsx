/** Where a service helps (whole country, counties, municipalities) and where its office is. */
import { Fragment, type JSX } from 'preact';
import type { Service } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { NbName } from './Localized.tsx';

/** Place names are Norwegian (official) names, listed with commas. */
function Names(props: { names: string[]; ctx: PageContext }) {
  return (
    <>
      {props.names.map((n, i) => (
        <Fragment key={n}>
          {i > 0 && ', '}
          <NbName name={n} page={props.ctx.lang} />
        </Fragment>
      ))}
    </>
  );
}

/** The area served and the office's municipality. */
export function Area(props: { ctx: PageContext; service: Service }): JSX.Element {
  const { ctx, service } = props;
  const { t } = ctx;
  const area = service.area;
  return (
    <>
      <p>
        {area.type === 'national' && t('ui:service.areaNational')}
        {area.type === 'counties' && (
          <>
            {t('ui:service.areaCounties')} <Names names={area.counties} ctx={ctx} />
          </>
        )}
        {area.type === 'municipalities' && (
          <>
            {t('ui:service.areaMunicipalities')} <Names names={area.municipalities.map((m) => m.name)} ctx={ctx} />
          </>
        )}
      </p>
      {service.location && (
        <p>
          {t('ui:service.location')} <NbName name={service.location.name} page={ctx.lang} /> (
          <NbName name={service.location.county} page={ctx.lang} />)
        </p>
      )}
    </>
  );
}
