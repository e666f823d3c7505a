/**
 * Typing as a person on a cheap phone feels it, measured the way INP is: the Event Timing API
 * (input delay + processing + time to the next paint) per keystroke, the longest entry of each
 * interaction; long tasks while typing; and how soon the result list shows what was typed.
 * Used by `npm run bench:browser`; the probe also serves the typing regression test.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { cleanQuery } from '../../src/ui/search-params.ts';

/** Event Timing reports only entries at least this long (ms); shorter keystrokes count as this. */
export const EVENT_THRESHOLD = 16;

interface Probe {
  events: Array<{ id: number; start: number; duration: number }>;
  longtasks: Array<{ start: number; duration: number }>;
  keydowns: number[];
  /** When the result list began to show a query (painted: measured after the next frame). */
  shown: Array<{ q: string; at: number }>;
}

/** Installs the observers in every page of the context (before any script of the page runs). */
export async function installTypingProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const probe = { events: [], longtasks: [], keydowns: [], shown: [] } as unknown as {
      events: Array<{ id: number; start: number; duration: number }>;
      longtasks: Array<{ start: number; duration: number }>;
      keydowns: number[];
      shown: Array<{ q: string; at: number }>;
    };
    (window as unknown as { __typing: typeof probe }).__typing = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEventTiming & { interactionId: number }>)
        if (e.interactionId) probe.events.push({ id: e.interactionId, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('keydown', (e) => probe.keydowns.push(e.timeStamp), true);
    let last: string | null = null;
    new MutationObserver(() => {
      const q = document.querySelector('[data-q]')?.getAttribute('data-q') ?? null;
      if (q === null || q === last) return;
      last = q;
      // After the next frame: the list is painted by then.
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => probe.shown.push({ q, at: performance.now() });
        ch.port2.postMessage(null);
      });
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-q'] });
  });
}

/** Waits until the page has had no long task for `quietMs` (at most `maxMs`). */
export async function settle(page: Page, quietMs = 600, maxMs = 15_000): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const p = (window as unknown as { __typing: Probe }).__typing;
      const lastEnd = Math.max(0, ...p.longtasks.map((t) => t.start + t.duration));
      return performance.now() - lastEnd > quiet;
    },
    quietMs,
    { timeout: maxMs, polling: 100 },
  );
}

export interface TypingRun {
  /** Per keystroke: longest Event Timing duration of its interaction (ms; EVENT_THRESHOLD when shorter). */
  keystrokes: number[];
  longtasks: number[];
  /** Per keystroke: from the key press to the list showing that query or a later one (ms). */
  results: number[];
  /** From the first key press to the first result list painted (ms). */
  firstResults: number;
  /** The field and the list at the end, to check nothing was lost. */
  finalValue: string;
  finalListQuery: string | null;
}

/**
 * Types `text` into the focused search field, one key every `gapMs` (a key that is due while
 * the previous one is still being delivered follows at once, as on a real keyboard), then waits
 * until the page is quiet and reads the probe.
 */
export async function typeAndMeasure(page: Page, text: string, gapMs: number): Promise<TypingRun> {
  const t0 = await page.evaluate(() => {
    const p = (window as unknown as { __typing: Probe }).__typing;
    p.events.length = 0;
    p.longtasks.length = 0;
    p.keydowns.length = 0;
    return performance.now();
  });
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now();
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const wait = start + i * gapMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // Straight through the DevTools protocol: Playwright's keyboard knows no "ø" or "æ", and a
    // key event with text is what a phone keyboard sends (keydown, keypress, input, keyup).
    const key = chars[i]!;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
  }
  const final = cleanQuery(text);
  await page.waitForFunction((q) => document.querySelector('[data-q]')?.getAttribute('data-q') === q, final, { timeout: 20_000 });
  await settle(page);
  await cdp.detach();
  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __typing: Probe }).__typing;
    return {
      ...JSON.parse(JSON.stringify(p)) as Probe,
      value: (document.getElementById('q') as HTMLInputElement | null)?.value ?? '',
      listQ: document.querySelector('[data-q]')?.getAttribute('data-q') ?? null,
    };
  });
  const byInteraction = new Map<number, number>();
  for (const e of probe.events) if (e.start >= t0) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const keystrokes = [...byInteraction.values()];
  // Keystrokes under the threshold leave no entry: count them at the threshold.
  while (keystrokes.length < chars.length) keystrokes.push(EVENT_THRESHOLD);
  // Results: for keystroke k, the first moment the list showed the query of keystroke k or later.
  const prefixes = chars.map((_, i) => cleanQuery(chars.slice(0, i + 1).join('')));
  const shown = probe.shown.filter((s) => s.at >= t0);
  const results: number[] = [];
  probe.keydowns.slice(0, chars.length).forEach((down, k) => {
    const later = new Set(prefixes.slice(k));
    // A key that leaves the cleaned query as it was (a space) is answered by what is on screen.
    const before = [...probe.shown].reverse().find((s) => s.at <= down);
    if (before && before.q === prefixes[k]) return results.push(0);
    const hit = shown.find((s) => s.at >= down && later.has(s.q));
    if (hit) results.push(hit.at - down);
  });
  const firstDown = probe.keydowns[0] ?? t0;
  const first = shown.find((s) => s.at >= firstDown && s.q !== '');
  return {
    keystrokes,
    longtasks: probe.longtasks.filter((t) => t.start >= t0).map((t) => t.duration),
    results,
    firstResults: first ? first.at - firstDown : NaN,
    finalValue: probe.value,
    finalListQuery: probe.listQ,
  };
}
