/**
 * The "delete everything" button with its own confirmation (never window.confirm: it blocks the
 * page, cannot be styled to 44 px targets, and says nothing about what will go).
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import { quickExit } from './quickExit.ts';
import { wipeAndLeave, type WipeReport } from './wipe.ts';

type State = { name: 'idle' } | { name: 'confirm' } | { name: 'working' } | { name: 'failed'; report: WipeReport };

/** Button, confirmation and (if something stays) the list of what could not be deleted. */
export function WipeControl(props: { t: TFunction; wipe?: () => Promise<WipeReport>; leave?: () => void }) {
  const { t } = props;
  const wipe = props.wipe ?? (() => wipeAndLeave());
  const leave = props.leave ?? (() => quickExit());
  const [state, setState] = useState<State>({ name: 'idle' });
  const trigger = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Where focus goes after the next render: the new heading, or back to the button on cancel.
  const focusNext = useRef<'heading' | 'trigger' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'heading') heading.current?.focus();
    if (focusNext.current === 'trigger') trigger.current?.focus();
    focusNext.current = null;
  }, [state]);

  const run = async () => {
    setState({ name: 'working' });
    const report = await wipe();
    // On success the page has already left; only a partial wipe comes back here.
    if (!report.ok) {
      focusNext.current = 'heading';
      setState({ name: 'failed', report });
    }
  };

  return (
    <div class="wipe">
      {state.name === 'idle' && (
        <button
          ref={trigger}
          type="button"
          class="danger"
          onClick={() => {
            focusNext.current = 'heading';
            setState({ name: 'confirm' });
          }}
        >
          {t('safety:wipe.button')}
        </button>
      )}

      {(state.name === 'confirm' || state.name === 'working') && (
        <section class="wipe-confirm" aria-labelledby="wipe-confirm-title">
          <h3 id="wipe-confirm-title" ref={heading} tabIndex={-1}>
            {t('safety:wipe.confirmTitle')}
          </h3>
          <p>{t('safety:wipe.confirmText')}</p>
          <p>{t('safety:wipe.historyNote')}</p>
          <button type="button" class="danger" disabled={state.name === 'working'} onClick={run}>
            {t('safety:wipe.confirm')}
          </button>
          <button
            type="button"
            disabled={state.name === 'working'}
            onClick={() => {
              focusNext.current = 'trigger';
              setState({ name: 'idle' });
            }}
          >
            {t('safety:wipe.cancel')}
          </button>
          <p role="status">{state.name === 'working' ? t('safety:wipe.working') : ''}</p>
        </section>
      )}

      {state.name === 'failed' && (
        <section class="wipe-failed" aria-labelledby="wipe-failed-title">
          <h3 id="wipe-failed-title" ref={heading} tabIndex={-1}>
            {t('safety:wipe.failedTitle')}
          </h3>
          <p>{t('safety:wipe.failedText')}</p>
          <ul>
            {[...new Set(state.report.failed.map((f) => f.step))].map((step) => (
              <li key={step}>{t(`safety:wipe.step.${step}`)}</li>
            ))}
          </ul>
          <button type="button" onClick={run}>
            {t('safety:wipe.retry')}
          </button>
          <button type="button" class="danger" onClick={leave}>
            {t('safety:wipe.leave')}
          </button>
        </section>
      )}
    </div>
  );
}
