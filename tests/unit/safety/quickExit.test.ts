// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDoubleEscape, ESC_WINDOW_MS, installQuickExitShortcut, NEUTRAL_URL, quickExit } from '../../../src/safety/quickExit.ts';

function key(k: string, repeat = false) {
  return { key: k, repeat };
}

describe('createDoubleEscape', () => {
  function setup() {
    let t = 0;
    const onTrigger = vi.fn();
    const handle = createDoubleEscape(onTrigger, { now: () => t });
    return { onTrigger, handle, advance: (ms: number) => (t += ms) };
  }

  test('two Esc presses within the window trigger once', () => {
    const { onTrigger, handle, advance } = setup();
    handle(key('Escape'));
    expect(onTrigger).not.toHaveBeenCalled();
    advance(ESC_WINDOW_MS - 1);
    handle(key('Escape'));
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  test('a single Esc, or two too far apart, does nothing', () => {
    const { onTrigger, handle, advance } = setup();
    handle(key('Escape'));
    advance(ESC_WINDOW_MS + 1);
    handle(key('Escape'));
    expect(onTrigger).not.toHaveBeenCalled();
    // …but the late press starts a new pair.
    advance(200);
    handle(key('Escape'));
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  test('holding Esc down (auto-repeat) counts as one press', () => {
    const { onTrigger, handle, advance } = setup();
    handle(key('Escape'));
    for (let i = 0; i < 10; i++) {
      advance(30);
      handle(key('Escape', true));
    }
    expect(onTrigger).not.toHaveBeenCalled();
  });

  test('another key in between starts over; modifier keys do not', () => {
    const { onTrigger, handle, advance } = setup();
    handle(key('Escape'));
    advance(100);
    handle(key('a'));
    advance(100);
    handle(key('Escape'));
    expect(onTrigger).not.toHaveBeenCalled();
    advance(100);
    handle(key('Shift'));
    handle(key('Escape'));
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  test('Esc that ends an input-method composition does not count', () => {
    const { onTrigger, handle } = setup();
    handle({ key: 'Escape', repeat: false, isComposing: true });
    handle({ key: 'Escape', repeat: false, isComposing: true });
    expect(onTrigger).not.toHaveBeenCalled();
  });

  test('a third press right after a trigger does not trigger again', () => {
    const { onTrigger, handle, advance } = setup();
    handle(key('Escape'));
    handle(key('Escape'));
    advance(10);
    handle(key('Escape'));
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });
});

describe('quickExit', () => {
  test('blanks the page and replaces the history entry with the neutral site, in the same tick', () => {
    document.title = 'Finn hjelp – krisesenter';
    document.body.innerHTML = '<main><h1>Finn hjelp</h1><input id="q" value="krisesenter"></main>';
    const seen: string[] = [];
    const replace = vi.fn(() => seen.push(document.body.innerHTML));
    quickExit({ document, location: { replace } });
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
    // At the moment of navigation nothing of the page is left to show.
    expect(seen).toEqual(['']);
    expect(document.title).not.toMatch(/finn hjelp/i);
  });

  test('navigates even if blanking the page throws', () => {
    const replace = vi.fn();
    const brokenDoc = {
      set title(_v: string) {
        throw new Error('no');
      },
      querySelectorAll() {
        throw new Error('no');
      },
      get body(): never {
        throw new Error('no');
      },
    } as unknown as Document;
    quickExit({ document: brokenDoc, location: { replace } });
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  test('the neutral site is an ordinary https site, not a help or search site', () => {
    expect(new URL(NEUTRAL_URL).protocol).toBe('https:');
    expect(NEUTRAL_URL).toBe('https://www.yr.no/');
  });
});

describe('installQuickExitShortcut', () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  test('Esc Esc anywhere, also in a text field that stops propagation, calls the exit', () => {
    const onExit = vi.fn();
    uninstall = installQuickExitShortcut(window, onExit);
    document.body.innerHTML = '<input id="q" type="search">';
    const input = document.getElementById('q')!;
    input.addEventListener('keydown', (e) => e.stopPropagation());
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  test('installs once: a second install neither adds a listener nor replaces the first', () => {
    const first = vi.fn();
    const second = vi.fn();
    uninstall = installQuickExitShortcut(window, first);
    const again = installQuickExitShortcut(window, second);
    expect(again).toBe(uninstall);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  test('uninstall removes the listener', () => {
    const onExit = vi.fn();
    installQuickExitShortcut(window, onExit)();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onExit).not.toHaveBeenCalled();
  });
});
