/**
 * Unobtrusive status line under the header: offline indicator with the date the facts were last
 * checked, the "Ny versjon er klar" prompt (applied only on tap), and storage problems the user
 * must act on (another tab blocking an upgrade, storage full or unavailable).
 */
import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
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
