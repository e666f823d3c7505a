/**
 * "A new version is ready" as a tiny observable, apart from workbox-window so the status bar in
 * the first screen does not pull the registration code into the first-screen bundle.
 */
export type UpdateState = { available: false } | { available: true; apply: () => void };
type Listener = (state: UpdateState) => void;

const listeners = new Set<Listener>();
let state: UpdateState = { available: false };

/** Subscribes to "a new version is ready"; calls `fn` at once with the current state. */
export function onUpdate(fn: Listener): () => void {
  listeners.add(fn);
  fn(state);
  return () => listeners.delete(fn);
}

/** Announces a new state to every subscriber. */
export function announceUpdate(next: UpdateState): void {
  state = next;
  for (const fn of listeners) fn(next);
}
