/**
 * /{lang}/skjul-besok — "Slik skjuler du besøket": per browser, how to browse privately, delete
 * the visit and remove the installed app; what this app stores and a button to delete it all;
 * and, honestly, what no website can delete.
 */
import type { PageContext } from '../shell/page-context.ts';
import type { Route } from '../shell/routes.ts';
import { WipeControl } from '../safety/WipeControl.tsx';
import { useTitle } from '../ui/use-title.ts';
import '../safety/safety.css';

const BROWSERS = ['chrome', 'samsung', 'safari', 'firefox', 'desktop'] as const;
const TOPICS = ['private', 'history', 'app'] as const;
const LIMITS = ['network', 'monitored', 'accounts', 'calls', 'messages'] as const;

/** The hide page (prerendered: everything but the delete button works without JavaScript). */
export default function HidePage(props: { ctx: PageContext; route: Extract<Route, { name: 'hide' }> }) {
  const { t } = props.ctx;
  // Name the button exactly as the header shows it (the shell's label, translated in every language).
  const label = t('ui:quickExit', { defaultValue: t('safety:quickExit') });
  // The same title as the prerendered page (scripts/prerender.ts).
  useTitle(t('safety:hide.title'), t('ui:app.name'));
  return (
    <article class="hide-page">
      <h1 tabIndex={-1}>{t('safety:hide.title')}</h1>
      <p>{t('safety:hide.intro')}</p>

      <section aria-labelledby="hide-exit">
        <h2 id="hide-exit">{t('safety:hide.exit.title')}</h2>
        <p>{t('safety:hide.exit.text', { label })}</p>
        <p>{t('safety:hide.exit.history')}</p>
      </section>

      <section aria-labelledby="hide-browsers">
        <h2 id="hide-browsers">{t('safety:hide.browsers.title')}</h2>
        <p>{t('safety:hide.browsers.intro')}</p>
        {BROWSERS.map((b) => (
          <details key={b}>
            <summary>{t(`safety:hide.browsers.${b}.name`)}</summary>
            {TOPICS.map((topic) => (
              <div key={topic}>
                <h3>{t(`safety:hide.browsers.${topic}`)}</h3>
                <p>{t(`safety:hide.browsers.${b}.${topic}`)}</p>
              </div>
            ))}
          </details>
        ))}
      </section>

      <section aria-labelledby="hide-stored">
        <h2 id="hide-stored">{t('safety:hide.stored.title')}</h2>
        <p>{t('safety:hide.stored.nothing')}</p>
        <p>{t('safety:hide.stored.offline')}</p>
        <p>{t('safety:hide.stored.noTracking')}</p>
        <p>{t('safety:hide.stored.installed')}</p>
        <WipeControl t={t} />
      </section>

      <section aria-labelledby="hide-limits">
        <h2 id="hide-limits">{t('safety:hide.limits.title')}</h2>
        <ul>
          {LIMITS.map((k) => (
            <li key={k}>{t(`safety:hide.limits.${k}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
