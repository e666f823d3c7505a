/**
 * Print view for one service or a list: A4, black on white, no navigation, header, footer or
 * quick-exit bar; name, what it is, phones, hours, website and a QR code per service (and one for
 * the whole list). Rendered into its own element under <body>, shown only by print CSS, so it does
 * not depend on how the shell lays out the page.
 */
import type { JSX } from 'preact';
import { render } from 'preact';
import type { TFunction } from 'i18next';
import type { CatalogText, Lang, Schedule, Service } from '../catalog/types.ts';
import { loadCatalog, loadCatalogText } from '../catalog/load.ts';
import { contactLabel, scheduleNotes, serviceText, translatedName } from '../catalog/text.ts';
import { Localized } from '../ui/Localized.tsx';
import { dirOf } from '../i18n/languages.ts';
import { i18next } from '../i18n/i18n.ts';
import { absoluteUrl, servicePath } from './listLink.ts';
import { QrCode } from './QrCode.tsx';
import { resolveServices } from './resolve.ts';
import './print.css';

export const PRINT_ROOT_ID = 'fh-print-root';
/** Class on <html> while the print view is in place: print CSS then hides everything else. */
export const PRINTING_CLASS = 'fh-printing';

/** Groups ISO weekdays into runs: [1,2,3,5] → [[1,3],[5,5]]. */
export function dayRuns(days: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(days.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7))].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

/** Opening hours as printed lines ("mandag–fredag 09:00–15:00"); empty when not known. */
export function scheduleLines(schedule: Schedule, t: TFunction): string[] {
  if (schedule.type === 'always') return [t('share:print.always')];
  if (schedule.type !== 'weekly') return [];
  return schedule.spans.flatMap((span) => {
    const runs = dayRuns(span.days);
    if (runs.length === 0) return [];
    const days = runs
      .map(([a, b]) => (a === b ? t(`share:weekday.${a}`) : `${t(`share:weekday.${a}`)}–${t(`share:weekday.${b}`)}`))
      .join(', ');
    return [`${days} ${span.opens}–${span.closes}`];
  });
}

function PrintService(props: { service: Service; lang: Lang; text: CatalogText | null; t: TFunction; origin: string }): JSX.Element {
  const { service: s, lang, text, t } = props;
  const name = translatedName(s, lang, text);
  const summary = serviceText(s, 'summary', lang, text);
  const notes = scheduleNotes(s, lang, text);
  const hours = scheduleLines(s.schedule, t);
  const url = absoluteUrl(servicePath(lang, s.id), props.origin);
  const shownName = name?.text ?? s.name;
  return (
    <section class="fh-print-service" data-service-id={s.id}>
      <div class="fh-print-service-text">
        <h2>
          {name ? name.text : <bdi lang="nb">{s.name}</bdi>}
          {name && (
            <span class="fh-print-official" lang="nb" dir="ltr">
              {s.name}
            </span>
          )}
        </h2>
        <p lang={summary.lang}>{summary.text}</p>
        {s.phones.length + s.sms.length > 0 && (
          <>
            <h3>{t('share:print.phones')}</h3>
            <ul class="fh-print-phones">
              {[...s.phones.map((p) => ({ p, key: `phone:${p.number}` as const })), ...s.sms.map((p) => ({ p, key: `sms:${p.number}` as const }))].map(({ p, key }) => {
                const label = contactLabel(s, key, p.label, lang, text);
                return (
                  <li key={`${p.number}-${p.kind ?? 'voice'}`}>
                    <bdi class="fh-print-number" dir="ltr">
                      {p.display}
                    </bdi>{' '}
                    <Localized picked={label} page={lang} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <h3>{t('share:print.hours')}</h3>
        {hours.length > 0 ? (
          <ul class="fh-print-hours">
            {hours.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        ) : (
          <p>{t('share:print.hoursUnknown')}</p>
        )}
        {notes && <Localized as="p" picked={notes} page={lang} />}
        {s.website && (
          <p class="fh-print-web">
            {t('share:print.website')}: <bdi dir="ltr">{s.website.url.replace(/^https:\/\//, '').replace(/\/$/, '')}</bdi>
          </p>
        )}
      </div>
      <figure class="fh-print-qr">
        <QrCode text={url} label={t('share:qr.image', { url })} class="fh-qr-code" />
        <figcaption>{t('share:print.serviceQr', { name: shownName })}</figcaption>
      </figure>
    </section>
  );
}

export interface PrintViewProps {
  lang: Lang;
  title: string;
  /** Path of the whole page (list or search), printed as a QR code when there is more than one service. */
  path: string;
  services: Service[];
  text: CatalogText | null;
  checked: string;
  t: TFunction;
  origin: string;
}

export function PrintView(props: PrintViewProps): JSX.Element {
  const { t } = props;
  const pageUrl = absoluteUrl(props.path, props.origin);
  return (
    <article class="fh-print" lang={props.lang} dir={dirOf(props.lang)}>
      <header class="fh-print-head">
        <h1>{props.title}</h1>
        <p class="fh-print-emergency">{t('share:print.emergency')}</p>
      </header>
      {props.services.length > 1 && (
        <figure class="fh-print-qr fh-print-listqr">
          <QrCode text={pageUrl} label={t('share:qr.image', { url: pageUrl })} class="fh-qr-code" />
          <figcaption>
            {t('share:print.listQr')} <bdi dir="ltr">{pageUrl}</bdi>
          </figcaption>
        </figure>
      )}
      {props.services.map((s) => (
        <PrintService key={s.id} service={s} lang={props.lang} text={props.text} t={t} origin={props.origin} />
      ))}
      <p class="fh-print-foot">{t('share:print.footer', { date: props.checked })}</p>
    </article>
  );
}

/**
 * Puts the print view in place and opens the print dialog. The view stays until `afterprint`
 * (some browsers print asynchronously), and is replaced by the next print.
 */
export async function printServices(opts: { lang: Lang; path: string; title: string; ids: readonly string[] }): Promise<void> {
  const [catalog, text] = await Promise.all([loadCatalog(), loadCatalogText(opts.lang).catch(() => null)]);
  const { found } = resolveServices(catalog, opts.ids);
  let root = document.getElementById(PRINT_ROOT_ID);
  if (!root) {
    root = document.createElement('div');
    root.id = PRINT_ROOT_ID;
    root.className = 'fh-print-root';
    document.body.append(root);
  }
  render(
    <PrintView
      lang={opts.lang}
      title={opts.title}
      path={opts.path}
      services={found}
      text={text}
      checked={catalog.checked}
      t={i18next.getFixedT(opts.lang)}
      origin={location.origin}
    />,
    root,
  );
  const html = document.documentElement;
  html.classList.add(PRINTING_CLASS);
  const done = () => {
    html.classList.remove(PRINTING_CLASS);
    const r = document.getElementById(PRINT_ROOT_ID);
    if (r) {
      render(null, r);
      r.remove();
    }
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
