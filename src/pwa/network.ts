/** Online/offline state for the unobtrusive indicator. */
type Listener = (online: boolean) => void;

/** Calls `fn` now and whenever the browser goes on- or offline. */
export function onNetworkChange(fn: Listener): () => void {
  const update = () => fn(navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}

/** True on iOS/iPadOS Safari outside an installed app: no install prompt there, so we show a hint. */
export function needsIosInstallHint(nav: Navigator = navigator): boolean {
  const ua = nav.userAgent;
  const ios = /iPhone|iPad|iPod/.test(ua) || (ua.includes('Macintosh') && nav.maxTouchPoints > 1);
  const standalone = (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}
