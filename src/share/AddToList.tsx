/**
 * "Legg til i liste" for one service (service page, each search result), and the draft-list bar.
 * The draft lives in this tab's memory only (see draftList.ts), which the texts say.
 *   <AddToList lang="nb" serviceId="vo-linjen" serviceName="VO-linjen" />
 *   <DraftListBar lang="nb" />   (optional, e.g. above search results)
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../catalog/types.ts';
import { i18next } from '../i18n/i18n.ts';
import { draftList as defaultDraft, useDraftIds, type DraftList } from './draftList.ts';
import { listPath, MAX_LIST_SIZE } from './listLink.ts';
import './share.css';

export function AddToList(props: { lang: Lang; serviceId: string; serviceName: string; list?: DraftList }): JSX.Element {
  const t = i18next.getFixedT(props.lang);
  const list = props.list ?? defaultDraft;
  const ids = useDraftIds(list);
  // Only the button last used speaks: many of these sit on a search page, one live region is enough noise.
  const [touched, setTouched] = useState(false);
  const [full, setFull] = useState(false);
  const acting = useRef(false);
  const inList = ids.includes(props.serviceId);
  // Another button changed the list: that one speaks now, this one falls silent.
  useEffect(() => list.subscribe(() => !acting.current && setTouched(false)), [list]);

  return (
    <div class="fh-add-to-list">
      <button
        type="button"
        class="fh-share-button"
        aria-pressed={inList ? 'true' : 'false'}
        data-share-action="add-to-list"
        onClick={() => {
          setTouched(true);
          acting.current = true;
          try {
            if (inList) {
              list.remove(props.serviceId);
              setFull(false);
            } else {
              setFull(!list.add(props.serviceId) && list.ids().length >= MAX_LIST_SIZE);
            }
          } finally {
            acting.current = false;
          }
        }}
      >
        {inList ? t('share:list.remove') : t('share:list.add')}
        <span class="vh">: {props.serviceName}</span>
      </button>
      <p role="status" class="fh-share-status">
        {touched ? (full ? t('share:list.full', { max: MAX_LIST_SIZE }) : t('share:list.count', { count: ids.length })) : ''}
      </p>
      {touched && ids.length > 0 && (
        <p class="fh-draft-links">
          <a href={listPath(props.lang, ids)} class="fh-share-link">
            {t('share:list.show')}
          </a>{' '}
          <span class="fh-share-note">{t('share:list.memoryNote')}</span>
        </p>
      )}
    </div>
  );
}

/** The draft list at a glance: count, a link to show and share it, and a way to empty it. Renders nothing when empty. */
export function DraftListBar(props: { lang: Lang; list?: DraftList }): JSX.Element | null {
  const t = i18next.getFixedT(props.lang);
  const list = props.list ?? defaultDraft;
  const ids = useDraftIds(list);
  if (ids.length === 0) return null;
  return (
    <div class="fh-draft-bar">
      <p>{t('share:list.count', { count: ids.length })}</p>
      <a href={listPath(props.lang, ids)} class="fh-share-link">
        {t('share:list.show')}
      </a>
      <button type="button" class="fh-share-button" onClick={() => list.clear()}>
        {t('share:list.clear')}
      </button>
      <p class="fh-share-note">{t('share:list.memoryNote')}</p>
    </div>
  );
}
