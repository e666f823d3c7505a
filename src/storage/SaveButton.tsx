/**
 * "Lagre" toggle for one service (Mine tjenester). Saving is the user's own choice: nothing is
 * stored before this button is pressed. Disabled, with the reason, when storage is unavailable.
 */
import { useEffect, useState } from 'preact/hooks';
import { i18next } from '../i18n/i18n.ts';
import { onStorageProblem, type StorageProblem } from './db.ts';
import { isSaved, saveService, unsaveService } from './saved.ts';

export function SaveButton(props: { serviceId: string; serviceName: string }) {
  const t = i18next.t.bind(i18next);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<StorageProblem>(null);
  const [status, setStatus] = useState('');

  useEffect(() => onStorageProblem(setProblem), []);
  useEffect(() => {
    let live = true;
    void isSaved(props.serviceId).then((v) => live && setSaved(v));
    return () => {
      live = false;
    };
  }, [props.serviceId]);

  const disabled = problem === 'unavailable' || problem === 'full';
  const name = props.serviceName;

  async function toggle() {
    if (saved) {
      if (await unsaveService(props.serviceId)) {
        setSaved(false);
        setStatus(t('offline:save.removedStatus', { name }));
      }
    } else if (await saveService(props.serviceId, name)) {
      setSaved(true);
      setStatus(t('offline:save.savedStatus', { name }));
    } else {
      setStatus(t('offline:save.disabled'));
    }
  }

  return (
    <div class="save">
      <button
        type="button"
        class={saved ? 'save-button is-saved' : 'save-button'}
        aria-pressed={saved === true}
        aria-label={t(saved ? 'offline:save.remove' : 'offline:save.save', { name })}
        disabled={disabled || saved === null}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">{saved ? '★' : '☆'}</span> {t(saved ? 'offline:save.saved' : 'offline:save.saveShort')}
      </button>
      {disabled && <p class="save-note">{t(problem === 'full' ? 'offline:storage.full' : 'offline:storage.unavailable')}</p>}
      <p class="vh" role="status">
        {status}
      </p>
    </div>
  );
}
