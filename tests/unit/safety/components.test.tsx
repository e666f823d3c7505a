// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import i18next, { type TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import nb from '../../../locales/nb/safety.json';
import en from '../../../locales/en/safety.json';
import HidePage from '../../../src/routes/HidePage.tsx';
import { QuickExit } from '../../../src/safety/QuickExit.tsx';
import { WipeControl } from '../../../src/safety/WipeControl.tsx';
import { NEUTRAL_URL } from '../../../src/safety/quickExit.ts';
import type { PageContext } from '../../../src/shell/page-context.ts';
import type { WipeReport } from '../../../src/safety/wipe.ts';

let t: TFunction;
beforeAll(async () => {
  const inst = i18next.createInstance();
  await inst.init({ showSupportNotice: false, lng: 'nb', fallbackLng: 'nb', ns: ['safety'], resources: { nb: { safety: nb }, en: { safety: en } } });
  t = inst.t.bind(inst) as TFunction;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Every leaf key of a nested object, as "a.b.c". */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('texts', () => {
  test('English has exactly the Norwegian keys, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
    for (const lang of [nb, en]) {
      for (const k of keys(lang)) expect(k.split('.').reduce<any>((o, p) => o[p], lang).trim(), k).not.toBe('');
    }
  });

  test('what the app says about phone bills promises nothing it cannot source', () => {
    expect(nb.hide.limits.calls).not.toMatch(/vises ikke|ikke på (telefon)?regningen/i);
    expect(en.hide.limits.calls).not.toMatch(/(do not|don't|never) (show|appear)/i);
  });
});

describe('QuickExit', () => {
  test('is a link to the neutral site (works without JavaScript), announced as a button, with the Esc hint', () => {
    render(<QuickExit label="Forlat siden raskt" hint={nb.quickExitHint} />);
    const el = screen.getByRole('button', { name: 'Forlat siden raskt' });
    expect(el.tagName).toBe('A');
    expect(el.getAttribute('href')).toBe(NEUTRAL_URL);
    const hintId = el.getAttribute('aria-describedby')!;
    expect(document.getElementById(hintId)?.textContent).toMatch(/Esc to ganger/);
  });

  for (const [how, act] of [
    ['click', (el: HTMLElement) => fireEvent.click(el)],
    ['middle click', (el: HTMLElement) => fireEvent(el, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))],
    ['Space', (el: HTMLElement) => fireEvent.keyDown(el, { key: ' ' })],
  ] as const) {
    test(`${how} replaces the history entry instead of following the link`, () => {
      const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => {});
      render(<QuickExit label="Forlat siden raskt" />);
      act(screen.getByRole('button', { name: 'Forlat siden raskt' }));
      expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
      expect(document.body.textContent).toBe('');
    });
  }

  test('Esc twice anywhere leaves, once the control is on screen', () => {
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => {});
    render(<QuickExit label="Forlat siden raskt" />);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(replace).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });
});

describe('WipeControl', () => {
  const okReport: WipeReport = { ok: true, failed: [], deleted: { serviceWorkers: 1, caches: [], databases: [] } };

  test('asks first, moves focus to the question, and Cancel returns focus to the button without deleting', async () => {
    const wipe = vi.fn(async () => okReport);
    render(<WipeControl t={t} wipe={wipe} />);
    fireEvent.click(screen.getByRole('button', { name: nb.wipe.button }));
    const heading = await screen.findByRole('heading', { name: nb.wipe.confirmTitle });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: nb.wipe.cancel }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: nb.wipe.button })));
    expect(wipe).not.toHaveBeenCalled();
  });

  test('confirming runs the wipe once', async () => {
    const wipe = vi.fn(async () => okReport);
    render(<WipeControl t={t} wipe={wipe} />);
    fireEvent.click(screen.getByRole('button', { name: nb.wipe.button }));
    fireEvent.click(await screen.findByRole('button', { name: nb.wipe.confirm }));
    await waitFor(() => expect(wipe).toHaveBeenCalledTimes(1));
  });

  test('when something is left it says what, and offers to try again or leave', async () => {
    const report: WipeReport = {
      ok: false,
      failed: [
        { step: 'indexedDB', item: 'finn-hjelp', detail: 'blocked' },
        { step: 'indexedDB', item: 'other', detail: 'blocked' },
      ],
      deleted: { serviceWorkers: 1, caches: [], databases: [] },
    };
    const leave = vi.fn();
    render(<WipeControl t={t} wipe={async () => report} leave={leave} />);
    fireEvent.click(screen.getByRole('button', { name: nb.wipe.button }));
    fireEvent.click(await screen.findByRole('button', { name: nb.wipe.confirm }));
    const heading = await screen.findByRole('heading', { name: nb.wipe.failedTitle });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([nb.wipe.step.indexedDB]);
    fireEvent.click(screen.getByRole('button', { name: nb.wipe.leave }));
    expect(leave).toHaveBeenCalledTimes(1);
  });
});

describe('HidePage', () => {
  function ctx(): PageContext {
    return { lang: 'nb', t, catalog: {} as PageContext['catalog'], text: null, navigate: () => {} };
  }

  test('covers every browser with private mode, deleting history and removing the app', () => {
    render(<HidePage ctx={ctx()} route={{ name: 'hide', lang: 'nb' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Slik skjuler du besøket' })).toBeTruthy();
    for (const b of ['chrome', 'samsung', 'safari', 'firefox', 'desktop'] as const) {
      const summary = screen.getByText(nb.hide.browsers[b].name);
      const details = summary.closest('details')!;
      for (const topic of ['private', 'history', 'app'] as const) expect(details.textContent).toContain(nb.hide.browsers[b][topic]);
    }
    // Honest about limits, and the delete button is there.
    expect(document.body.textContent).toContain(nb.hide.limits.monitored);
    expect(document.body.textContent).toContain(nb.hide.stored.offline);
    expect(screen.getByRole('button', { name: nb.wipe.button })).toBeTruthy();
    // The quick exit is named as the header names it (here the safety fallback; no ui namespace loaded).
    expect(document.body.textContent).toContain('Knappen «Forlat siden raskt» øverst');
  });

  test('no text key is shown raw', () => {
    render(<HidePage ctx={ctx()} route={{ name: 'hide', lang: 'nb' }} />);
    expect(document.body.textContent).not.toMatch(/safety:|hide\.\w+\.|wipe\.\w+/);
  });
});
