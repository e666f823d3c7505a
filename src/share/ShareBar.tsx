/**
 * Share / QR / add-to-list / print for a service page, a search result page or a list.
 *   <ShareBar lang={lang} path="/nb/tjeneste/x" title="…" serviceIds={['x']} />
 * The UI places it; everything it does happens on the device. The shared link is this site's
 * origin + `path` (which carries the language) and nothing else.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../catalog/types.ts';
import { i18next } from '../i18n/i18n.ts';
import { parseRoute } from '../shell/routes.ts';
import { AddToList } from './AddToList.tsx';
import { absoluteUrl } from './listLink.ts';
import { shareOrCopy, type ShareOutcome } from './shareLink.ts';
import './share.css';
// Ctrl+P prints the page without its chrome even before the print view's code is loaded.
import './print.css';

// The QR view (with the QR encoder) and the print view load when a button asks for them: the
// page's first screen needs neither, and both need the whole catalogue.
type Dialogs = typeof import('./QrDialog.tsx');
let dialogs: Promise<Dialogs> | null = null;
const loadDialogs = (): Promise<Dialogs> =>
  (dialogs ??= import('./QrDialog.tsx').catch((err: unknown) => {
    dialogs = null; // try again on the next tap
    throw err;
  }));

export interface ShareBarProps {
  lang: Lang;
  /** Path of the page being shared, with its language ("/nb/tjeneste/x", "/nb/liste/a,b", "/nb/sok?q=…"). */
  path: string;
  /** What the link is called in the share sheet and on the QR view (a service name, "3 tjenester" …). */
  title: string;
  /** The services on the page (printing, QR names); one id on a service page. */
  serviceIds: string[];
}

export function ShareBar(props: ShareBarProps): JSX.Element {
  const t = i18next.getFixedT(props.lang);
  // Decided after mount: the prerenderer has no navigator, and the label must match what happens.
  const [canShare, setCanShare] = useState(false);
  // Set once the bar is live (after hydration of a prerendered page): tests and styles can tell.
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<ShareOutcome | null>(null);
  const [qrOpen, setQrOpen] = useState(false);
  const [views, setViews] = useState<Dialogs | null>(null);
  const qrButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    setCanShare(typeof navigator !== 'undefined' && typeof navigator.share === 'function');
    setReady(true);
  }, []);
  useEffect(() => setStatus(null), [props.path]);
  // Layout effect: focus goes back to the button that opened the QR view in the same commit that
  // removes the dialog, so it never falls to <body> in between (a screen reader would jump to the top).
  useLayoutEffect(() => {
    if (wasOpen.current && !qrOpen) qrButton.current?.focus();
    wasOpen.current = qrOpen;
  }, [qrOpen]);

  const route = parseRoute(props.path.split('?')[0] ?? '');
  const oneService = route.name === 'service' && props.serviceIds.length === 1 ? props.serviceIds[0] : undefined;
  const url = typeof location === 'undefined' ? props.path : absoluteUrl(props.path, location.origin);

  return (
    <div class="fh-share-bar" role="group" aria-label={t('share:bar.label')} data-ready={ready ? '' : undefined}>
      <div class="fh-share-actions">
        <button
          type="button"
          class="fh-share-button"
          data-share-action="share"
          onClick={async () => {
            setStatus(null);
            const outcome = await shareOrCopy({ title: props.title, url });
            if (outcome === 'manual') setViews(await loadDialogs());
            setStatus(outcome);
          }}
        >
          {canShare ? t('share:bar.share') : t('share:bar.copy')}
        </button>
        <button type="button" class="fh-share-button" data-share-action="qr" ref={qrButton} aria-haspopup="dialog" onClick={() => void loadDialogs().then((m) => (setViews(m), setQrOpen(true)), () => undefined)}>
          {t('share:bar.showQr')}
        </button>
        <button
          type="button"
          class="fh-share-button"
          data-share-action="print"
          onClick={() => void import('./print.tsx').then((m) => m.printServices({ lang: props.lang, path: props.path, title: props.title, ids: props.serviceIds }))}
        >
          {t('share:bar.print')}
        </button>
        {oneService && <AddToList lang={props.lang} serviceId={oneService} serviceName={props.title} />}
      </div>
      <p role="status" class="fh-share-status">
        {status === 'copied' ? t('share:status.copied') : status === 'shared' ? t('share:status.shared') : ''}
      </p>
      {status === 'manual' && views && <views.ManualCopy t={t} url={url} />}
      {qrOpen && views && (
        <views.QrDialog lang={props.lang} path={props.path} title={props.title} serviceIds={props.serviceIds} t={t} onClose={() => setQrOpen(false)} />
      )}
    </div>
  );
}
