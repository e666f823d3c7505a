/**
 * A shared list (`/{lang}/liste/{id},{id},…`): the services in the page's language with what they
 * are, their numbers and whether they are open now. Ids the catalogue no longer has are counted
 * and said plainly, the rest is still shown. Share, QR and print act on the whole list; saving on
 * this device happens only when someone taps "save".
 */
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { serviceText, translatedName } from '../catalog/text.ts';
import type { Service } from '../catalog/types.ts';
import { DraftListBar } from '../share/AddToList.tsx';
import { draftList as defaultDraft, type DraftList } from '../share/draftList.ts';
import { decodeList, listPath, MAX_LIST_SIZE, servicePath, sharedListPath } from '../share/listLink.ts';
import { resolveServices } from '../share/resolve.ts';
import { deviceListStore, type SavedListStore } from '../share/savedLists.ts';
import { ShareBar } from '../share/ShareBar.tsx';
import '../share/share.css';
import '../share/print.css';
import type { PageContext } from '../shell/page-context.ts';
import { SEGMENTS, type Route } from '../shell/routes.ts';
import { CallLink } from '../ui/CallLink.tsx';
import { Localized, NbName } from '../ui/Localized.tsx';
import { OpenBadge } from '../ui/OpenBadge.tsx';
import { useTitle } from '../ui/use-title.ts';

type Props = {
  ctx: PageContext;
  route: Extract<Route, { name: 'list' }>;
  /** Where "save" stores; the device's IndexedDB unless a test passes its own. */
  store?: SavedListStore;
  /** The tab's draft list unless a test passes its own. */
  draft?: DraftList;
};

function ServiceCard(props: { ctx: PageContext; service: Service; onRemove(): void }): JSX.Element {
  const { ctx, service: s } = props;
  const { t, lang, text } = ctx;
  const alt = translatedName(s, lang, text);
  const headingId = `list-${s.id}`;
  return (
    <li class="fh-list-service" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={servicePath(lang, s.id)} aria-label={t('share:page.readMore', { name: alt?.text ?? s.name })}>
          {alt ? <Localized picked={alt} page={lang} /> : <NbName name={s.name} page={lang} />}
        </a>
        {alt && <NbName name={s.name} page={lang} class="fh-list-official" />}
      </h2>
      <Localized as="p" picked={serviceText(s, 'summary', lang, text)} page={lang} />
      <p>
        <OpenBadge schedule={s.schedule} lang={lang} />
      </p>
      {s.phones.length > 0 && (
        <ul class="fh-list-phones" aria-label={t('share:page.phones')}>
          {s.phones.map((p) => (
            <li key={`${p.number}-${p.kind ?? 'voice'}`}>
              <CallLink t={t} name={s.name} number={p.number} display={p.display} kind={p.kind === 'sms' ? 'sms' : 'tel'} />
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="fh-share-button" onClick={props.onRemove}>
        {t('share:list.remove')}
        <span class="vh">: {alt?.text ?? s.name}</span>
      </button>
    </li>
  );
}

export default function ListPage(props: Props): JSX.Element {
  const { ctx, route } = props;
  const { t, lang, catalog } = ctx;
  const store = props.store ?? deviceListStore;
  const draft = props.draft ?? defaultDraft;
  const decoded = useMemo(() => decodeList(route.ids), [route.ids]);
  const { found, missing } = useMemo(() => resolveServices(catalog, decoded.ids), [catalog, decoded]);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [editing, setEditing] = useState(false);
  const ids = found.map((s) => s.id);
  const heading = found.length > 0 ? t('share:page.heading', { count: found.length }) : t('share:page.title');
  useTitle(heading, t('ui:app.name'));

  const empty = decoded.ids.length === 0 && decoded.invalid.length === 0;
  const problems = missing.length > 0 || decoded.invalid.length > 0 || decoded.truncated > 0;

  return (
    <article class="fh-list-page">
      <h1 tabIndex={-1}>{heading}</h1>

      {empty && (
        <>
          <p>{t('share:page.empty')}</p>
          <p>{t('share:page.emptyHelp')}</p>
          <DraftListBar lang={lang} list={draft} />
        </>
      )}

      {problems && (
        <div class="fh-list-notice" data-list-notice="">
          {missing.length > 0 && <p>{t('share:page.missing', { count: missing.length })}</p>}
          {decoded.invalid.length > 0 && <p>{t('share:page.invalid', { count: decoded.invalid.length })}</p>}
          {decoded.truncated > 0 && <p>{t('share:page.truncated', { max: MAX_LIST_SIZE })}</p>}
          {found.length > 0 ? (
            <p>{t('share:page.stillValid')}</p>
          ) : (
            <p>
              {t('share:page.noneValid')} <a href={`/${lang}/${SEGMENTS.search}`}>{t('share:page.search')}</a>
            </p>
          )}
        </div>
      )}

      {found.length > 0 && (
        <>
          <ShareBar lang={lang} path={sharedListPath(lang, ids)} title={heading} serviceIds={ids} />
          <ul class="fh-list-services">
            {found.map((s) => (
              <ServiceCard
                key={s.id}
                ctx={ctx}
                service={s}
                onRemove={() => {
                  draft.remove(s.id);
                  ctx.navigate(listPath(lang, ids.filter((x) => x !== s.id)), { replace: true });
                }}
              />
            ))}
          </ul>
          <div class="fh-list-tools">
            <button
              type="button"
              class="fh-share-button"
              disabled={saveState === 'saving'}
              onClick={async () => {
                setSaveState('saving');
                const name = t('share:page.saveName', { date: new Date().toISOString().slice(0, 10) });
                const id = await store.saveList({ name, ids, lang }).catch(() => null);
                setSaveState(id ? 'saved' : 'failed');
              }}
            >
              {t('share:page.save')}
            </button>
            <button
              type="button"
              class="fh-share-button"
              onClick={() => {
                draft.replace(ids);
                setEditing(true);
              }}
            >
              {t('share:page.edit')}
            </button>
          </div>
          <p role="status" class="fh-share-status">
            {saveState === 'saved' ? t('share:page.saved') : saveState === 'failed' ? t('share:page.saveFailed') : ''}
            {editing ? ` ${t('share:page.editHelp')} ${t('share:list.memoryNote')}` : ''}
          </p>
        </>
      )}
    </article>
  );
}
