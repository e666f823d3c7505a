/**
 * Service-worker registration with consent: a new version is announced and applied only when the
 * user taps (registerType 'prompt'). Never reloads on its own while someone reads or types.
 */
import { Workbox } from 'workbox-window';
import { installChunkRecovery } from './chunkRecovery.ts';

export type UpdateState = { available: false } | { available: true; apply: () => void };
type Listener = (state: UpdateState) => void;

const listeners = new Set<Listener>();
let state: UpdateState = { available: false };
let wb: Workbox | null = null;

/** Subscribes to "a new version is ready". */
export function onUpdate(fn: Listener): () => void {
  listeners.add(fn);
  fn(state);
  return () => listeners.delete(fn);
}

function announce(next: UpdateState): void {
  state = next;
  for (const fn of listeners) fn(next);
}

/** Registers /sw.js (production only). Safe to call once at start-up. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  wb = new Workbox('/sw.js', { scope: '/' });
  const offerUpdate = () =>
    announce({
      available: true,
      apply: () => {
        // Reload once the new worker controls the page, so every chunk comes from the same version.
        wb?.addEventListener('controlling', () => window.location.reload());
        wb?.messageSkipWaiting();
      },
    });
  wb.addEventListener('waiting', offerUpdate);
  void wb.register().catch(() => {
    /* No worker (private mode, blocked): the app still works online. */
  });
  // iOS and long-lived tabs: look for a new version when the app comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) void wb?.update().catch(() => undefined);
  });
}

/** Start-up hook the shell calls after the first render: chunk recovery, then the worker. */
export default function startPwa(): void {
  installChunkRecovery();
  registerServiceWorker();
}
