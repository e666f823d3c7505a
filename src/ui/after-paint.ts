/**
 * Work that must not hold up what the person sees: typing shows the letter first, the results
 * follow in a task of their own after the browser has painted. Without this, Preact renders the
 * result list in the same task as the keystroke and the letter appears only after it.
 */

/**
 * Runs `fn` once, in a new task after the next paint (a frame callback, then a message: the
 * frame is painted in between). Hidden pages paint no frames: a timer stands in. Returns a cancel.
 */
export function afterNextPaint(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    fn();
  };
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  });
  const timer = setTimeout(run, 100);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Resolves in a new task, so input and paint can come first (`scheduler.yield` where there is one). */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}

/** How long the page must have been loaded before `whenPageIdle` work starts: its first screen's own requests are done by then. */
const QUIET_MS = 1500;

/**
 * Runs `fn` once the page has loaded and gone quiet: after the load event, a pause, then an idle
 * moment (at most 5 s later). For work the first screen does not need (the worker's registration,
 * the catalogue's update check, "use my location", the rest of the catalogue after a service's
 * slice): it never competes with what the first screen fetches and runs, yet still runs early in
 * the visit. Not for anything a tap or a keystroke waits for.
 */
export function whenPageIdle(fn: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  const idle = () => setTimeout(() => (ric ? ric(fn, { timeout: 5000 }) : fn()), QUIET_MS);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
