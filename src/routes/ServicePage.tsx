/**
 * One service (`/{lang}/tjeneste/{id}`): the official name, a big call button, what it is, hours,
 * who it is for, every channel, area, plan measures and sources. An unknown id gets a clear
 * not-found page with search and the emergency numbers.
 */
import type { ComponentChildren, JSX } from 'preact';
import { serviceNotes, serviceText, translatedName } from '../catalog/text.ts';
import type { Service } from '../catalog/types.ts';
import { LANGUAGES, isLang } from '../i18n/languages.ts';
import { ShareBar } from '../share/ShareBar.tsx';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf, type Route } from '../shell/routes.ts';
import { SaveButton } from '../storage/SaveButton.tsx';
import { Area } from '../ui/Area.tsx';
import { CallLink } from '../ui/CallLink.tsx';
import { ContactList } from '../ui/ContactList.tsx';
import { FallbackLines } from '../ui/FallbackLines.tsx';
import { Hours } from '../ui/Hours.tsx';
import { Localized, NbName } from '../ui/Localized.tsx';
import { MeasureRefs } from '../ui/MeasureRefs.tsx';
import { NotFoundBody } from '../ui/NotFoundBody.tsx';
import { OpenBadge } from '../ui/OpenBadge.tsx';
import { SourceList } from '../ui/SourceList.tsx';
import { formatDate } from '../ui/format.ts';
import { useTitle } from '../ui/use-title.ts';

type Props = { ctx: PageContext; route: Extract<Route, { name: 'service' }> };

/** "ja" / "nei" / "ikke oppgitt" for the yes/no facts (null = the sources do not say). */
function yesNo(ctx: PageContext, value: boolean | null): string {
  return ctx.t(value === null ? 'ui:service.unknown' : value ? 'ui:service.yes' : 'ui:service.no');
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

function ServiceView({ ctx, service }: { ctx: PageContext; service: Service }): JSX.Element {
  const { t, lang, text } = ctx;
  const alt = translatedName(service, lang, text);
  const main = service.phones.find((p) => p.kind !== 'sms');
  useTitle(service.name, t('ui:app.name'));
  const ages = service.ages;
  const notes = serviceNotes(service, lang, text);
  return (
    <article class="service">
      <h1 tabIndex={-1}>
        <NbName name={service.name} page={lang} class="name-official" />
        {alt && (
          <>
            {' '}
            <Localized picked={alt} page={lang} class="name-translated" />
          </>
        )}
      </h1>
      <Localized as="p" class="lead" picked={serviceText(service, 'summary', lang, text)} page={lang} />
      <p>
        <OpenBadge schedule={service.schedule} lang={lang} />
      </p>
      {main ? (
        <p>
          <CallLink t={t} name={service.name} number={main.number} display={main.display} class="call call-big">
            {t('ui:call.short')}
          </CallLink>
        </p>
      ) : (
        <FallbackLines ctx={ctx} service={service} />
      )}
      <dl class="facts">
        <div>
          <dt>{t('ui:service.free')}</dt>
          <dd>{yesNo(ctx, service.free)}</dd>
        </div>
        <div>
          <dt>{t('ui:service.anonymous')}</dt>
          <dd>{yesNo(ctx, service.anonymous)}</dd>
        </div>
        <div>
          <dt>{t('ui:service.referral')}</dt>
          <dd>{yesNo(ctx, service.referral)}</dd>
        </div>
      </dl>
      <Section id="s-contact" title={t('ui:service.contact')}>
        <ContactList ctx={ctx} service={service} />
      </Section>
      <Section id="s-hours" title={t('ui:service.hours')}>
        <Hours ctx={ctx} service={service} />
      </Section>
      <Section id="s-what" title={t('ui:service.what')}>
        <Localized as="p" picked={serviceText(service, 'description', lang, text)} page={lang} />
      </Section>
      <Section id="s-who" title={t('ui:service.who')}>
        <Localized as="p" picked={serviceText(service, 'audienceText', lang, text)} page={lang} />
        {service.audiences.length > 0 ? (
          <ul class="tags">
            {service.audiences.map((a) => (
              <li key={a}>{t(`ui:audience.${a}`)}</li>
            ))}
          </ul>
        ) : null}
        {ages && (ages.min !== undefined || ages.max !== undefined) ? (
          <p>
            {ages.min !== undefined && ages.max !== undefined
              ? t('ui:service.agesBetween', { min: ages.min, max: ages.max })
              : ages.min !== undefined
                ? t('ui:service.agesFrom', { min: ages.min })
                : t('ui:service.agesTo', { max: ages.max })}
          </p>
        ) : null}
      </Section>
      <Section id="s-area" title={t('ui:service.area')}>
        <Area ctx={ctx} service={service} />
      </Section>
      {service.languages.length > 0 ? (
        <Section id="s-langs" title={t('ui:service.languages')}>
          <ul class="tags">
            {service.languages.map((code) => (
              <li key={code} lang={isLang(code) ? code : undefined}>
                {isLang(code) ? LANGUAGES[code].endonym : code}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {service.measures.length > 0 ? (
        <Section id="s-measures" title={t('ui:service.measures')}>
          <MeasureRefs ctx={ctx} ids={service.measures} />
        </Section>
      ) : null}
      <Section id="s-sources" title={t('ui:service.sources')}>
        <p>
          {t('ui:service.assured', { date: formatDate(service.assuredDate) })}{' '}
          <a href={pathOf({ name: 'about', lang })}>{t('ui:service.reportError')}</a>
        </p>
        <SourceList ctx={ctx} service={service} />
        {notes && <Localized as="p" class="hint service-notes" picked={notes} page={lang} />}
      </Section>
      <div class="actions">
        <SaveButton serviceId={service.id} serviceName={service.name} />
        <ShareBar lang={lang} path={pathOf({ name: 'service', lang, id: service.id })} title={service.name} serviceIds={[service.id]} />
      </div>
    </article>
  );
}

export default function ServicePage({ ctx, route }: Props): JSX.Element {
  const service = ctx.catalog.services.find((s) => s.id === route.id);
  return service ? <ServiceView ctx={ctx} service={service} /> : <NotFoundBody ctx={ctx} reason="service" />;
}
