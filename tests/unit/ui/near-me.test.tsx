// @vitest-environment happy-dom
/** The "use my location" control with a stubbed geolocation: every outcome, focus, and nothing kept. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Place } from '../../../src/catalog/types.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';
import { NearMe } from '../../../src/ui/NearMe.tsx';

let t: TFunction;
beforeAll(async () => {
  t = await initI18n('nb');
});
const real = Object.getOwnPropertyDescriptor(globalThis.navigator, 'geolocation');
afterEach(() => {
  cleanup();
  if (real) Object.defineProperty(globalThis.navigator, 'geolocation', real);
  else delete (globalThis.navigator as { geolocation?: unknown }).geolocation;
  document.body.innerHTML = '';
});

const PLACES: Place[] = [
  { name: 'Lyngdal', number: '4225', county: 'Agder', altNames: [], formerNames: [], servedBy: [], lat: 58.18, lon: 7.1 },
  { name: 'Unjárga - Nesseby', number: '5636', county: 'Finnmark', altNames: ['Unjárga', 'Nesseby'], formerNames: [], servedBy: [], lat: 70.2, lon: 28.8 },
];

type Outcome = { at: [number, number] } | { code: number } | { throws: true };
/** A geolocation that answers every call with `outcome`, and counts the calls. */
function stubGeolocation(outcome: Outcome): { calls: () => number } {
  let calls = 0;
  const geo = {
    getCurrentPosition(ok: PositionCallback, no: PositionErrorCallback) {
      calls++;
      if ('throws' in outcome) throw new Error('blocked');
      if ('at' in outcome) ok({ coords: { latitude: outcome.at[0], longitude: outcome.at[1] } } as GeolocationPosition);
      else no({ code: outcome.code, message: '' } as GeolocationPositionError);
    },
  };
  Object.defineProperty(globalThis.navigator, 'geolocation', { value: geo, configurable: true });
  return { calls: () => calls };
}

function mount(onPlace = vi.fn()) {
  const field = document.createElement('input');
  field.id = 'q';
  document.body.append(field);
  render(<NearMe t={t} places={PLACES} onPlace={onPlace} />);
  return { onPlace, field };
}

const status = () => document.querySelector('.near-me-status')!.textContent;

describe('NearMe', () => {
  test('asks only on a tap, then asks the person to confirm, and hands over only the municipality', async () => {
    const geo = stubGeolocation({ at: [70.18, 28.7] });
    const { onPlace } = mount();
    const button = await screen.findByRole('button', { name: 'Bruk posisjonen min' });
    expect(geo.calls()).toBe(0);
    fireEvent.click(button);
    expect(geo.calls()).toBe(1);
    await waitFor(() => expect(status()).toBe('Er du i \u2068Unjárga - Nesseby\u2069?'));
    expect(document.activeElement?.textContent).toBe('Ja');
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
    expect(onPlace).toHaveBeenCalledTimes(1);
    expect(onPlace.mock.calls[0]![0]).toBe(PLACES[1]);
    // Nothing of the position stays in the page.
    expect(document.body.innerHTML).not.toMatch(/70\.18|28\.7\b/);
  });

  test.each([
    [{ code: 1 }, 'Du har ikke gitt tilgang til posisjonen. Skriv navnet på kommunen din i søkefeltet.'],
    [{ code: 2 }, 'Posisjonen er ikke tilgjengelig. Skriv navnet på kommunen din i søkefeltet.'],
    [{ code: 3 }, 'Det tok for lang tid å finne posisjonen. Prøv igjen. Skriv navnet på kommunen din i søkefeltet.'],
    [{ throws: true }, 'Posisjonen er ikke tilgjengelig. Skriv navnet på kommunen din i søkefeltet.'],
    [{ at: [59.33, 18.07] }, 'Vi fant ingen kommune i Norge nær deg. Skriv navnet på kommunen din i søkefeltet.'],
    [{ at: [Number.NaN, Number.NaN] }, 'Vi fant ingen kommune i Norge nær deg. Skriv navnet på kommunen din i søkefeltet.'],
  ] as [Outcome, string][])('%o: says so in the live region and focuses the search field', async (outcome, text) => {
    stubGeolocation(outcome);
    const { onPlace, field } = mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Bruk posisjonen min' }));
    await waitFor(() => expect(status()).toBe(text));
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole('button', { name: 'Ja' })).toBeNull();
    expect(onPlace).not.toHaveBeenCalled();
  });

  test('"choose another" searches nothing and gives the field the focus', async () => {
    stubGeolocation({ at: [58.18, 7.1] });
    const { onPlace, field } = mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Bruk posisjonen min' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Velg en annen kommune' }));
    expect(status()).toBe('Skriv navnet på kommunen din i søkefeltet.');
    expect(document.activeElement).toBe(field);
    expect(onPlace).not.toHaveBeenCalled();
  });

  test('no button where the browser cannot locate', async () => {
    vi.stubGlobal('navigator', { userAgent: 'no geolocation', language: 'nb' });
    try {
      mount();
      await new Promise((r) => setTimeout(r, 0));
      expect(screen.queryByRole('button', { name: 'Bruk posisjonen min' })).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('no button without municipalities to choose from', async () => {
    stubGeolocation({ at: [58.18, 7.1] });
    render(<NearMe t={t} places={[]} onPlace={vi.fn()} />);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByRole('button', { name: 'Bruk posisjonen min' })).toBeNull();
  });
});
