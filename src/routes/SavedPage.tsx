/**
 * /{lang}/mine — services and lists the user saved on this device (IndexedDB). Works offline.
 * Shows the current name from the catalogue; a saved service that has left the catalogue is shown
 * with the name it had when saved, and said so.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageContext } from '../shell/page-context.ts';
import type { Route } from '../shell/routes.ts';
import { pathOf } from '../shell/routes.ts';
import type { SavedList, SavedService } from '../storage/db.ts';
import { onStorageProblem, type StorageProblem } from '../storage/db.ts';
import { deleteList, getSavedLists, getSavedServices, onSavedChange, unsaveService } from '../storage/saved.ts';
import { CallLink } from '../ui/CallLink.tsx';
import { NbName } from '../ui/Localized.tsx';
import { needsIosInstallHint } from '../pwa/network.ts';

export default function SavedPage(props: { ctx: PageContext; route: Extract<Route, { name: 'saved' }> }) {
  const { ctx } = props;
  const { t, lang, catalog } = ctx;
  const [services, setServices] = useState<SavedService[] | null>(null);
  const [lists, setLists] = useState<SavedList[]>([]);
  const [problem, setProblem] = useState<StorageProblem>(null);

  useEffect(() => onStorageProblem(setProblem), []);
  useEffect(() => {
    const refresh = () => {
      void getSavedServices().then(setServices);
      void getSavedLists().then(setLists);
    };
    refresh();
    return onSavedChange(refresh);
  }, []);

  const byId = new Map(catalog.services.map((s) => [s.id, s]));

  return (
    <section class="saved-page">
      <h1 tabIndex={-1}>{t('offline:saved.title')}</h1>
      <p>{t('offline:saved.intro')}</p>
      {(problem === 'unavailable' || problem === 'full') && (
        <p class="notice" role="status">
          {t(problem === 'full' ? 'offline:storage.full' : 'offline:storage.unavailable')}
        </p>
      )}
      {needsIosInstallHint() && <p class="notice">{t('offline:install.iosHint')}</p>}

      <h2>{t('offline:saved.services')}</h2>
      {services !== null && services.length === 0 && <p>{t('offline:saved.empty')}</p>}
      <ul class="saved-list">
        {(services ?? []).map((item) => {
          const service = byId.get(item.id);
          const name = service?.name ?? item.name;
          const phone = service?.phones[0];
          return (
            <li key={item.id} class="saved-item">
              {service ? (
                <a href={pathOf({ name: 'service', lang, id: item.id })} class="saved-name">
                  <NbName name={name} page={lang} />
                </a>
              ) : (
                <p>{t('offline:saved.gone', { name })}</p>
              )}
              {phone && <CallLink t={t} name={name} number={phone.number} display={phone.display} />}
              <button type="button" class="button-secondary" onClick={() => void unsaveService(item.id)} aria-label={t('offline:saved.removeService', { name })}>
                {t('offline:saved.remove')}
              </button>
            </li>
          );
        })}
      </ul>

      {lists.length > 0 && (
        <>
          <h2>{t('offline:saved.lists')}</h2>
          <ul class="saved-list">
            {lists.map((list) => (
              <li key={list.id} class="saved-item">
                <a href={pathOf({ name: 'list', lang: list.lang, ids: list.ids.join(',') })} class="saved-name">
                  {list.name}
                </a>{' '}
                <span>{t('offline:saved.listItems', { count: list.ids.length })}</span>
                <button type="button" class="button-secondary" onClick={() => void deleteList(list.id)} aria-label={t('offline:saved.deleteList', { name: list.name })}>
                  {t('offline:saved.delete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={pathOf({ name: 'hide', lang })}>{t('offline:saved.deleteAllHint')}</a>
      </p>
    </section>
  );
}
