// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { recoverFromChunkError } from '../../../src/pwa/chunkRecovery.ts';
import { needsIosInstallHint } from '../../../src/pwa/network.ts';
import { navigationShell } from '../../../src/sw/navigation.ts';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

describe('recovery from a missing chunk after a deploy', () => {
  test('reloads once, then not again within a minute (no loop)', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    expect(recoverFromChunkError(1_000_000, storage, true, reload)).toBe(true);
    expect(recoverFromChunkError(1_010_000, storage, true, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(recoverFromChunkError(1_070_001, storage, true, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  test('never reloads while offline', () => {
    const reload = vi.fn();
    expect(recoverFromChunkError(5, memoryStorage(), false, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  test('does not reload when it cannot record the guard', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const reload = vi.fn();
    expect(recoverFromChunkError(5, storage, true, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('navigation fallback of the service worker', () => {
  const precached = new Set(['/index.html', '/se/index.html', '/ar/index.html']);
  const has = (p: string) => precached.has(p);
  test('a deep link gets its language shell', () => {
    expect(navigationShell('/se/tjeneste/krisesenter-tromso', has)).toBe('/se/index.html');
    expect(navigationShell('/ar/', has)).toBe('/ar/index.html');
    expect(navigationShell('/se', has)).toBe('/se/index.html');
  });
  test('unknown languages and paths get the plain shell', () => {
    expect(navigationShell('/xx/tjeneste/a', has)).toBe('/index.html');
    expect(navigationShell('/', has)).toBe('/index.html');
    expect(navigationShell('/../../etc/passwd', has)).toBe('/index.html');
    expect(navigationShell('/%00/', has)).toBe('/index.html');
  });
});

describe('iOS install hint', () => {
  const nav = (userAgent: string, standalone?: boolean, maxTouchPoints = 0) => ({ userAgent, standalone, maxTouchPoints }) as unknown as Navigator;
  test('shown in Safari on iPhone, not in the installed app or on Android', () => {
    expect(needsIosInstallHint(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)'))).toBe(true);
    expect(needsIosInstallHint(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)', true))).toBe(false);
    expect(needsIosInstallHint(nav('Mozilla/5.0 (Linux; Android 14)'))).toBe(false);
    expect(needsIosInstallHint(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', undefined, 5))).toBe(true);
  });
});
