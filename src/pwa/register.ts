/**
 * Service-worker registration with consent: a new version is announced and applied only when the
 * user taps (registerType 'prompt'). Never reloads on its own while someone reads or types.
 */
import { Workbox } from 'workbox-window';
import { installChunkRecovery } from './chunkRecovery.ts';
import { announceUpdate } from './updateState.ts';

export { onUpdate, type UpdateState } from './updateState.ts';

let wb: Workbox | null = null;

/** Registers /sw.js (production only). Safe to call once at start-up. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  wb = new Workbox('/sw.js', { scope: '/' });
  const offerUpdate = () =>
    announceUpdate({
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
