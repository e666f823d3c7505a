/**
 * "Bruk posisjonen min": an opt-in button that finds the nearest municipality on the device. The
 * position is asked for only on a tap, turned into a municipality at once (nearestPlace, over the
 * centres shipped with the catalogue; no request leaves the phone) and then dropped: it is never
 * kept in state, stored or put in the address. The person confirms the municipality before it is
 * searched for; if they say no, or the position cannot be had, the search field gets the focus.
 * Shown only once the app runs in a browser that has geolocation (a prerendered page has no use
 * for a button that needs JavaScript).
 */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Place } from '../catalog/types.ts';
import { nearestPlace } from '../search/nearest.ts';

type Problem = 'denied' | 'unavailable' | 'timeout' | 'outside';
type State = { kind: 'idle' } | { kind: 'locating' } | { kind: 'confirm'; place: Place } | { kind: 'choose' } | { kind: 'problem'; problem: Problem };

/** How long a phone may take to find itself before we say so (ms). */
const TIMEOUT_MS = 15000;
/** First strong isolate … pop: a place name keeps its own direction inside Arabic, Persian or Urdu text. */
const isolate = (s: string) => `\u2068${s}\u2069`;

/** What went wrong, then what to do instead (type the municipality). */
function problemText(t: TFunction, problem: Problem): string {
  const what =
    problem === 'denied' ? t('ui:nearMe.denied') : problem === 'timeout' ? t('ui:nearMe.timeout') : problem === 'outside' ? t('ui:nearMe.outside') : t('ui:nearMe.unavailable');
  return `${what} ${t('ui:nearMe.choose')}`;
}

/** The button, the question "Er du i …?" and every message, in one live region. */
export function NearMe(props: {
  t: TFunction;
  places: readonly Place[];
  /** The person confirmed this municipality. */
  onPlace: (place: Place) => void;
  /** Id of the search field that gets the focus when we cannot help. */
  fieldId?: string;
}): JSX.Element | null {
  const { t } = props;
  const [available, setAvailable] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const alive = useRef(true);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setAvailable(typeof navigator !== 'undefined' && 'geolocation' in navigator && props.places.length > 0);
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    if (state.kind === 'confirm') yes.current?.focus();
  }, [state.kind]);
  if (!available) return null;

  const toField = () => document.getElementById(props.fieldId ?? 'q')?.focus();
  const fail = (problem: Problem) => {
    if (!alive.current) return;
    setState({ kind: 'problem', problem });
    toField();
  };
  const locate = () => {
    if (state.kind === 'locating') return;
    setState({ kind: 'locating' });
    try {
      navigator.geolocation.getCurrentPosition(
        (pos) => {
          if (!alive.current) return;
          const place = nearestPlace(props.places, pos.coords.latitude, pos.coords.longitude);
          if (place) setState({ kind: 'confirm', place });
          else fail('outside');
        },
        // 1 PERMISSION_DENIED, 3 TIMEOUT; anything else (2 POSITION_UNAVAILABLE) is "not available".
        (err) => fail(err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable'),
        // A rough fix is enough for a municipality, and it is what a cheap phone gives fastest.
        { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 5 * 60_000 },
      );
    } catch {
      // Blocked by policy or a broken implementation: same as no position.
      fail('unavailable');
    }
  };

  let message = '';
  if (state.kind === 'locating') message = t('ui:nearMe.locating');
  else if (state.kind === 'confirm') message = t('ui:nearMe.confirm', { place: isolate(state.place.name) });
  else if (state.kind === 'choose') message = t('ui:nearMe.choose');
  else if (state.kind === 'problem') message = problemText(t, state.problem);

  return (
    <div class="near-me">
      <button type="button" class="secondary" onClick={locate} aria-describedby="near-me-privacy" aria-busy={state.kind === 'locating'}>
        {t('ui:nearMe.button')}
      </button>
      <p id="near-me-privacy" class="hint">
        {t('ui:nearMe.privacy')}
      </p>
      {/* A live region, but not role="status": that role is the result count's, and there is one per page. */}
      <p class="near-me-status" aria-live="polite" aria-atomic="true">
        {message}
      </p>
      {state.kind === 'confirm' && (
        <div class="near-me-confirm">
          <button
            type="button"
            ref={yes}
            onClick={() => {
              const place = state.place;
              setState({ kind: 'idle' });
              props.onPlace(place);
            }}
          >
            {t('ui:nearMe.yes')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setState({ kind: 'choose' });
              toField();
            }}
          >
            {t('ui:nearMe.other')}
          </button>
        </div>
      )}
    </div>
  );
}
