/**
 * Full-screen QR view for holding a phone up across a table or showing on a meeting-room screen.
 * The worker first picks the reader's language: the link in the code, the name and the number
 * follow it. A native modal <dialog>: the rest of the page is inert, Esc closes, and the opener
 * gets focus back (ShareBar does that).
 */
import type { JSX } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { CatalogText, Lang, Service } from '../catalog/types.ts';
import { loadCatalog, loadCatalogText } from '../catalog/load.ts';
import { translatedName } from '../catalog/text.ts';
import { dirOf, LANGS, LANGUAGES } from '../i18n/languages.ts';
import { switchLanguage } from '../shell/routes.ts';
import { absoluteUrl } from './listLink.ts';
import { QrCode } from './QrCode.tsx';
import { mainPhone, resolveServices } from './resolve.ts';
import { shareOrCopy, type ShareOutcome } from './shareLink.ts';
import './share.css';

/** The same page in another language; keeps the service, the list or the search. */
export function pathInLanguage(path: string, lang: Lang): string {
  const q = path.indexOf('?');
  return q < 0 ? switchLanguage(path, '', lang) : switchLanguage(path.slice(0, q), path.slice(q), lang);
}

export interface QrDialogProps {
  /** Language of the page (and of the dialog's own texts: the worker reads them). */
  lang: Lang;
  path: string;
  title: string;
  serviceIds: readonly string[];
  t: TFunction;
  onClose(): void;
  /** Where links point; the page's own origin unless a test says otherwise. */
  origin?: string;
}

export function QrDialog(props: QrDialogProps): JSX.Element {
  const { t } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const headingId = useId();
  const selectId = useId();
  const [readerLang, setReaderLang] = useState<Lang>(props.lang);
  const [services, setServices] = useState<Service[]>([]);
  const [text, setText] = useState<CatalogText | null>(null);
  const [status, setStatus] = useState<ShareOutcome | null>(null);

  const origin = props.origin ?? location.origin;
  const url = useMemo(() => absoluteUrl(pathInLanguage(props.path, readerLang), origin), [props.path, readerLang, origin]);

  useEffect(() => {
    const dialog = ref.current;
    // showModal makes the page behind inert and puts the dialog in the top layer (above the quick-exit bar too).
    if (dialog && typeof dialog.showModal === 'function' && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
    selectRef.current?.focus();
  }, []);

  useEffect(() => {
    let alive = true;
    loadCatalog()
      .then((c) => alive && setServices(resolveServices(c, props.serviceIds).found))
      .catch(() => undefined); // the code and the link still work without names
    return () => {
      alive = false;
    };
  }, [props.serviceIds]);

  useEffect(() => {
    let alive = true;
    setText(null);
    loadCatalogText(readerLang)
      .then((tx) => alive && setText(tx))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [readerLang]);

  useEffect(() => setStatus(null), [readerLang]);

  const single = props.serviceIds.length === 1 ? services[0] : undefined;
  const readerName = single ? translatedName(single, readerLang, text) : null;
  const phone = single ? mainPhone(single) : null;

  return (
    <dialog
      ref={ref}
      class="fh-qr-dialog"
      aria-labelledby={headingId}
      aria-modal="true"
      onCancel={(e) => {
        // Esc: close through our own state so focus goes back to the button that opened it.
        e.preventDefault();
        props.onClose();
      }}
    >
      <div class="fh-qr-top">
        <div class="fh-qr-lang">
          <label for={selectId}>{t('share:qr.readerLang')}</label>
          <select
            id={selectId}
            ref={selectRef}
            value={readerLang}
            onChange={(e) => setReaderLang((e.currentTarget as HTMLSelectElement).value as Lang)}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l} dir={dirOf(l)}>
                {LANGUAGES[l].endonym}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="fh-share-button fh-qr-close" onClick={props.onClose}>
          {t('share:qr.close')}
        </button>
      </div>
      <h2 id={headingId} class="vh">
        {t('share:qr.title')}: {props.title}
      </h2>
      <div class="fh-qr-body">
        <QrCode text={url} label={t('share:qr.image', { url })} class="fh-qr-code fh-qr-code-large" />
        <div class="fh-qr-caption" lang={readerLang} dir={dirOf(readerLang)}>
          {single ? (
            <>
              <p class="fh-qr-name">{readerName ? readerName.text : <bdi lang="nb">{single.name}</bdi>}</p>
              {readerName && (
                <p class="fh-qr-official" lang="nb" dir="ltr">
                  {single.name}
                </p>
              )}
              {phone && (
                <p class="fh-qr-phone">
                  <bdi dir="ltr">{phone.display}</bdi>
                </p>
              )}
            </>
          ) : (
            <p class="fh-qr-name" lang={props.lang} dir={dirOf(props.lang)}>
              {props.title}
            </p>
          )}
        </div>
        <p class="fh-qr-url">
          <bdi dir="ltr">{url}</bdi>
        </p>
        <p class="fh-qr-hint">{t('share:qr.hint')}</p>
        <button
          type="button"
          class="fh-share-button"
          onClick={async () => setStatus(await shareOrCopy({ title: props.title, url }))}
        >
          {t('share:qr.shareThis')}
        </button>
        <p role="status" class="fh-share-status">
          {status === 'copied' ? t('share:status.copied') : status === 'shared' ? t('share:status.shared') : ''}
        </p>
        {status === 'manual' && <ManualCopy t={t} url={url} />}
      </div>
    </dialog>
  );
}

/** Last resort: the link in a read-only field, selected, for copying by hand. */
export function ManualCopy(props: { t: TFunction; url: string }): JSX.Element {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <p class="fh-share-manual">
      <label for={id}>{props.t('share:status.manual')}</label>
      <input id={id} ref={ref} type="text" readOnly value={props.url} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
    </p>
  );
}
