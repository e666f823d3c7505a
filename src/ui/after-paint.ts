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
