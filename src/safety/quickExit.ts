/**
 * Quick exit ("Forlat siden raskt"), after GOV.UK's "Exit this page": blank the page at once, then
 * replace the current history entry with an ordinary site, so neither the screen nor the Back button
 * shows where the person was. Also reachable with Esc pressed twice, from anywhere in the app.
 *
 * Pure-ish: everything that touches the browser is passed in, so unit tests can drive it.
 */

/** Where quick exit goes: an ordinary, everyday site (the weather). */
export const NEUTRAL_URL = 'https://www.yr.no/';

/** Two Esc presses at most this far apart (ms) trigger quick exit. */
export const ESC_WINDOW_MS = 1000;

/** What quickExit needs from the browser. */
export interface ExitEnv {
  document: Document;
  location: Pick<Location, 'replace'>;
}

function browserEnv(): ExitEnv | null {
  return typeof window === 'undefined' ? null : { document: window.document, location: window.location };
}

/**
 * Removes what the page shows before the network has had a chance to load the neutral site:
 * on a slow or missing connection the old page would otherwise stay on screen for seconds.
 */
export function blankPage(doc: Document): void {
  try {
    // The tab title and icon show in the tab switcher and the task list.
    doc.title = '…';
    doc.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]').forEach((el) => el.remove());
  } catch {
    /* keep going: the body matters more */
  }
  try {
    (doc.activeElement as HTMLElement | null)?.blur?.();
    doc.body?.replaceChildren();
  } catch {
    /* never let blanking stop the navigation */
  }
}

/**
 * Leaves the app now. Blanks the page and, in the same tick, replaces this history entry with
 * NEUTRAL_URL (`location.replace`, not a link: Back must not lead here). Offline, the browser's
 * own "no connection" page then shows the neutral address, never this app.
 */
export function quickExit(env: ExitEnv | null = browserEnv()): void {
  if (!env) return;
  blankPage(env.document);
  env.location.replace(NEUTRAL_URL);
}

/** The part of a keydown event the Esc-Esc detector reads. */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'repeat'> & { isComposing?: boolean };

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * Returns a keydown handler that calls `onTrigger` when Esc is pressed twice within `windowMs`.
 * A held-down key (auto-repeat) counts once; any other key in between starts over, so closing a
 * menu with one Esc and typing on does not trigger it by accident.
 */
export function createDoubleEscape(
  onTrigger: () => void,
  opts: { windowMs?: number; now?: () => number } = {},
): (e: KeyLike) => void {
  const windowMs = opts.windowMs ?? ESC_WINDOW_MS;
  const now = opts.now ?? (() => performance.now());
  let last = Number.NEGATIVE_INFINITY;
  return (e) => {
    // Esc during input-method composition only cancels the composition.
    if (e.isComposing) return;
    if (e.key !== 'Escape' && e.key !== 'Esc') {
      if (!MODIFIERS.has(e.key)) last = Number.NEGATIVE_INFINITY;
      return;
    }
    if (e.repeat) return;
    const t = now();
    if (t - last <= windowMs) {
      last = Number.NEGATIVE_INFINITY;
      onTrigger();
    } else {
      last = t;
    }
  };
}

const INSTALLED = Symbol.for('finnhjelp.quickExitShortcut');
type Marked = EventTarget & { [INSTALLED]?: () => void };

/**
 * Installs the Esc-Esc shortcut on `target` (the window) once; later calls return the same
 * uninstall function. Listens in the capture phase so no component can swallow the key first,
 * and so it works while focus is in the search field.
 */
export function installQuickExitShortcut(
  target: EventTarget | null = typeof window === 'undefined' ? null : window,
  onExit: () => void = () => quickExit(),
): () => void {
  if (!target) return () => {};
  const marked = target as Marked;
  const existing = marked[INSTALLED];
  if (existing) return existing;
  const handler = createDoubleEscape(onExit);
  const listener = (e: Event) => handler(e as KeyboardEvent);
  target.addEventListener('keydown', listener, { capture: true });
  const uninstall = () => {
    target.removeEventListener('keydown', listener, { capture: true });
    delete marked[INSTALLED];
  };
  marked[INSTALLED] = uninstall;
  return uninstall;
}
