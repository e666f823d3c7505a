/**
 * About (`/{lang}/om`): what the app is, where the facts come from and how fresh they are, how to
 * report an error, what is stored (nothing until you save or pick a language), the open data, licences.
 */
import { DirectoryLink } from '../ui/DirectoryLink.tsx';
import type { JSX } from 'preact';
import type { PageContext } from '../shell/page-context.ts';
import { pathOf, type Route } from '../shell/routes.ts';
import { formatDate } from '../ui/format.ts';
import { T } from '../ui/lang/Fallback.tsx';
import { TranslationStatus } from '../ui/lang/TranslationStatus.tsx';
import { EXTERNAL } from '../ui/links.ts';
import { useTitle } from '../ui/use-title.ts';

type Props = { ctx: PageContext; route: Extract<Route, { name: 'about' }> };

/** Attribution required by CC BY 4.0 for the Giellatekno/Divvun dictionaries used for Sami words. */
const GIELLATEKNO_URL = 'https://github.com/giellalt/dict-nob-sme';
const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';
/** Where Kartverket publishes the municipality data (seeds/kommuner-2024.json), credited under CC BY 4.0. */
const KARTVERKET_URL = 'https://kartkatalog.geonorge.no';
/** The HSDS 3.0 export the build publishes (scripts/open-data.ts). Files, so the browser opens them itself. */
const OPEN_DATA = { services: '/open-data/hsds/services.json', licence: '/open-data/README.txt' } as const;

export default function AboutPage({ ctx }: Props): JSX.Element {
  const { t, lang, catalog } = ctx;
  useTitle(t('ui:about.title'), t('ui:app.name'));
  const plan = catalog.measures.filter((m) => m.source === 'plan').length;
  const nsk = catalog.measures.length - plan;
  return (
    <>
      <h1 tabIndex={-1}>{t('ui:about.title')}</h1>
      <p class="lead">{t('ui:about.what')}</p>
      <p>{t('ui:about.notEmergency')}</p>

      <section aria-labelledby="about-facts">
        <h2 id="about-facts">{t('ui:about.factsTitle')}</h2>
        <p>{t('ui:about.facts', { count: catalog.services.length })}</p>
        <p>{t('ui:about.checked', { date: formatDate(catalog.checked) })}</p>
        <p>{t('ui:about.certainty')}</p>
        <p>
          {t('ui:about.plans', { plan, nsk })}{' '}
          <a href={pathOf({ name: 'measures', lang, query: new URLSearchParams() })}>{t('ui:nav.measures')}</a>
        </p>
        <DirectoryLink text={t('ui:about.directory')} />
      </section>

      <section aria-labelledby="about-error">
        <h2 id="about-error">{t('ui:about.errorTitle')}</h2>
        <p>{t('ui:about.error')}</p>
      </section>

      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('ui:about.privacyTitle')}</h2>
        <p>{t('ui:about.privacy')}</p>
        <p>{t('ui:about.stored')}</p>
        <p>
          <a href={pathOf({ name: 'hide', lang })}>{t('ui:nav.hide')}</a>
        </p>
      </section>

      <section aria-labelledby="about-translations">
        <h2 id="about-translations">{t('ui:about.translationsTitle')}</h2>
        <p>{t('ui:about.translations')}</p>
        {/* Who wrote the translations, and how the Sami texts were made: said in every language, fallback marked. */}
        <p>
          <T i18nKey="ui:about.translatedBy" lang={lang} />
        </p>
        <p>
          <T i18nKey="ui:about.samiMethod" lang={lang} />
        </p>
        <TranslationStatus lang={lang} />
      </section>

      <section aria-labelledby="about-open-data">
        <h2 id="about-open-data">{t('ui:about.openDataTitle')}</h2>
        <p>{t('ui:about.openData')}</p>
        <ul>
          <li>
            <a href={OPEN_DATA.services}>{t('ui:about.openDataFiles')}</a>
          </li>
          <li>
            <a href={OPEN_DATA.licence}>{t('ui:about.openDataLicence')}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-licences">
        <h2 id="about-licences">{t('ui:about.licencesTitle')}</h2>
        <p>
          {t('ui:about.giellatekno')}{' '}
          <a href={GIELLATEKNO_URL} {...EXTERNAL}>
            <bdi dir="ltr">github.com/giellalt</bdi>
          </a>{' '}
          (
          <a href={CC_BY_URL} {...EXTERNAL}>
            CC BY 4.0
          </a>
          )
        </p>
        <p>
          {t('ui:about.kartverket')}{' '}
          <a href={CC_BY_URL} {...EXTERNAL}>
            CC BY 4.0
          </a>{' '}
          (
          <a href={KARTVERKET_URL} {...EXTERNAL}>
            <bdi dir="ltr">kartkatalog.geonorge.no</bdi>
          </a>
          )
        </p>
        <p>{t('ui:about.sourcesLicence')}</p>
      </section>
    </>
  );
}
