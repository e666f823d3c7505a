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
import { ManualCopy, QrDialog } from './QrDialog.tsx';
import { printServices } from './print.tsx';
import { shareOrCopy, type ShareOutcome } from './shareLink.ts';
import './share.css';

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
            setStatus(await shareOrCopy({ title: props.title, url }));
          }}
        >
          {canShare ? t('share:bar.share') : t('share:bar.copy')}
        </button>
        <button type="button" class="fh-share-button" data-share-action="qr" ref={qrButton} aria-haspopup="dialog" onClick={() => setQrOpen(true)}>
          {t('share:bar.showQr')}
        </button>
        <button
          type="button"
          class="fh-share-button"
          data-share-action="print"
          onClick={() => void printServices({ lang: props.lang, path: props.path, title: props.title, ids: props.serviceIds })}
        >
          {t('share:bar.print')}
        </button>
        {oneService && <AddToList lang={props.lang} serviceId={oneService} serviceName={props.title} />}
      </div>
      <p role="status" class="fh-share-status">
        {status === 'copied' ? t('share:status.copied') : status === 'shared' ? t('share:status.shared') : ''}
      </p>
      {status === 'manual' && <ManualCopy t={t} url={url} />}
      {qrOpen && (
        <QrDialog lang={props.lang} path={props.path} title={props.title} serviceIds={props.serviceIds} t={t} onClose={() => setQrOpen(false)} />
      )}
    </div>
  );
}
