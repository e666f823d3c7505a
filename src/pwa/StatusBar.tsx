/**
 * Unobtrusive status line under the header: offline indicator with the date the facts were last
 * checked, the "Ny versjon er klar" prompt (applied only on tap), and storage problems the user
 * must act on (another tab blocking an upgrade, storage full or unavailable).
 */
import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { hasNamespace, i18next } from '../i18n/i18n.ts';
import type { Lang } from '../i18n/languages.ts';
import { onStorageProblem, type StorageProblem } from '../storage/problems.ts';
import { onNetworkChange } from './network.ts';
import { onUpdate, type UpdateState } from './updateState.ts';

export function StatusBar(props: { t: TFunction; checked: string | null }) {
  const { t } = props;
  const [online, setOnline] = useState(true);
  const [update, setUpdate] = useState<UpdateState>({ available: false });
  const [dismissed, setDismissed] = useState(false);
  const [problem, setProblem] = useState<StorageProblem>(null);

  useEffect(() => onNetworkChange(setOnline), []);
  useEffect(() => onUpdate(setUpdate), []);
  useEffect(() => onStorageProblem(setProblem), []);
  // Its texts load once the page is idle (or at start when offline): until then it draws nothing, never a raw key.
  const lang = i18next.language as Lang;
  const [, setLoaded] = useState(0);
  const hasTexts = hasNamespace(lang, 'offline');
  useEffect(() => {
    if (hasTexts) return;
    const added = (_lng: string, ns: string) => ns === 'offline' && setLoaded((n) => n + 1);
    i18next.store.on('added', added);
    return () => i18next.store.off('added', added);
  }, [hasTexts]);
  if (!hasTexts) return <div class="statusbar" />;

  const problemKey =
    problem === 'blocked' ? 'offline:storage.blocked' : problem === 'newer-version' ? 'offline:storage.newerVersion' : null;

  return (
    <div class="statusbar">
      {!online && (
        <p class="status-offline" role="status">
          <span aria-hidden="true">●</span> {t('offline:offline')}
          {props.checked && <> {t('offline:factsChecked', { date: props.checked })}</>}
        </p>
      )}
      {update.available && !dismissed && (
        <div class="status-update" role="status">
          <p>{t('offline:update.ready')}</p>
          <button type="button" class="button-primary" onClick={() => update.apply()}>
            {t('offline:update.apply')}
          </button>
          <button type="button" class="button-secondary" onClick={() => setDismissed(true)}>
            {t('offline:update.later')}
          </button>
        </div>
      )}
      {problemKey && (
        <div class="status-storage" role="alert">
          <p>{t(problemKey)}</p>
          {problem === 'newer-version' && (
            <button type="button" class="button-secondary" onClick={() => window.location.reload()}>
              {t('offline:storage.reload')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
