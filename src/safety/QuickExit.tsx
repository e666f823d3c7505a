/**
 * CONTRACT: the "Forlat siden raskt" control, rendered by the shell in the header of every screen.
 * Props: { label: string; hint?: string }.
 *
 * A link to the neutral site, so it still leaves the page when JavaScript is off or not yet loaded
 * (prerendered HTML). With JavaScript it blanks the page and replaces the history entry instead of
 * pushing one. Styled and announced as a button, as in GOV.UK's "Exit this page".
 */
import { useEffect } from 'preact/hooks';
import { installQuickExitShortcut, NEUTRAL_URL, quickExit } from './quickExit.ts';
import './safety.css';

const HINT_ID = 'quick-exit-hint';

/** The quick-exit button; also installs the Esc-Esc shortcut (once per page). */
export function QuickExit(props: { label: string; hint?: string }) {
  useEffect(() => {
    // Installed for the life of the page: the shortcut must work on every screen.
    installQuickExitShortcut();
  }, []);

  // The shell passes the hint only in a language that has it (src/shell/Frame.tsx): a Norwegian
  // sentence read out to an Arabic reader helps no one.
  const hint = props.hint;

  const leave = (e: Event) => {
    // Every click leaves, also a middle or Ctrl-click: a new tab would leave this page on screen.
    e.preventDefault();
    quickExit();
  };

  return (
    <span class="quick-exit-slot">
      {/* An invisible copy of the label keeps room in the header for the fixed button above it. */}
      <span class="quick-exit-spacer" aria-hidden="true">
        {props.label}
      </span>
      <a
        class="quick-exit"
        href={NEUTRAL_URL}
        role="button"
        rel="noreferrer"
        aria-describedby={hint ? HINT_ID : undefined}
        onClick={leave}
        onAuxClick={leave}
        onKeyDown={(e) => {
          // role="button" promises Space works too (Enter already follows the link).
          if (e.key === ' ' || e.key === 'Spacebar') leave(e);
        }}
      >
        {props.label}
      </a>
      {hint && (
        <span id={HINT_ID} class="quick-exit-hint">
          {hint}
        </span>
      )}
    </span>
  );
}
