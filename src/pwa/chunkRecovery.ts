/**
 * An old tab may ask for a chunk that a newer deploy removed ("Failed to fetch dynamically imported
 * module"). We recover with one guarded reload: never while offline (it would fail the same way and
 * could show the browser's error page), and never twice within a minute (no loop).
 */
const KEY = 'finnhjelp:chunk-reload';
const WINDOW_MS = 60_000;

/** Reloads once to recover from a missing chunk; returns false when it won't (offline or just tried). */
export function recoverFromChunkError(now = Date.now(), storage: Storage | null = safeSession(), online = navigator.onLine, reload = () => window.location.reload()): boolean {
  if (!online) return false;
  const last = Number(storage?.getItem(KEY) ?? 0);
  if (now - last < WINDOW_MS) return false;
  try {
    storage?.setItem(KEY, String(now));
  } catch {
    return false; // Without a guard we'd risk a loop: don't reload.
  }
  reload();
  return true;
}

function safeSession(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Installs the handler for Vite's preload errors. */
export function installChunkRecovery(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (recoverFromChunkError()) event.preventDefault();
  });
}
