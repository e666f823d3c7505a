/**
 * Sharing a link: the phone's own share sheet where there is one, else the clipboard, else a
 * text field the worker can copy from. Only the URL and a title are handed over: the share
 * sheet and the clipboard are the person's own, nothing goes to a server.
 */

export type ShareOutcome =
  /** The share sheet took it. */
  | 'shared'
  /** The person closed the share sheet: say nothing. */
  | 'cancelled'
  /** Copied to the clipboard. */
  | 'copied'
  /** Neither worked: show the link to copy by hand. */
  | 'manual';

/** The parts of `navigator` and `document` used here, so tests can pass their own. */
export interface ShareEnv {
  share?: (data: { title?: string; url?: string }) => Promise<void>;
  canShare?: (data: { title?: string; url?: string }) => boolean;
  writeText?: (text: string) => Promise<void>;
  /** Old-style copy for pages without the async clipboard (plain http, old browsers). */
  legacyCopy?: (text: string) => boolean;
}

/** The browser's own environment. */
export function browserShareEnv(): ShareEnv {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    share: typeof nav?.share === 'function' ? nav.share.bind(nav) : undefined,
    canShare: typeof nav?.canShare === 'function' ? nav.canShare.bind(nav) : undefined,
    // navigator.clipboard is missing outside secure contexts (http on a LAN address).
    writeText: nav?.clipboard && typeof nav.clipboard.writeText === 'function' ? nav.clipboard.writeText.bind(nav.clipboard) : undefined,
    legacyCopy: typeof document === 'undefined' ? undefined : legacyCopy,
  };
}

/** Copies through a hidden, read-only text area and `execCommand('copy')`; restores focus. */
function legacyCopy(text: string): boolean {
  const previous = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'vh';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  previous?.focus?.();
  return ok;
}

/** Copies `text`: async clipboard first, the old way second. */
export async function copyText(text: string, env: ShareEnv = browserShareEnv()): Promise<boolean> {
  if (env.writeText) {
    try {
      await env.writeText(text);
      return true;
    } catch {
      // Permission refused or document not focused: try the old way.
    }
  }
  return env.legacyCopy ? env.legacyCopy(text) : false;
}

/** Shares `{ title, url }` with the share sheet where present, else copies the URL. Never throws. */
export async function shareOrCopy(data: { title: string; url: string }, env: ShareEnv = browserShareEnv()): Promise<ShareOutcome> {
  if (env.share && (!env.canShare || env.canShare(data))) {
    try {
      await env.share(data);
      return 'shared';
    } catch (e) {
      // AbortError: the person closed the sheet on purpose. Other errors (no user gesture,
      // a policy): fall through to copying so the worker still gets the link.
      if ((e as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(data.url, env)) ? 'copied' : 'manual';
}
