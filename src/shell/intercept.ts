/**
 * Which link clicks the app handles itself (client-side navigation) and which it leaves to the
 * browser: other origins, tel:/sms:/mailto:, files (sitemap.xml), new tabs, downloads, and jumps
 * within the same page. Pure apart from reading the anchor, so it is easy to test.
 */

/** The parts of a click we look at. */
export interface ClickInfo {
  defaultPrevented: boolean;
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The parts of an anchor we look at. */
export interface AnchorInfo {
  href: string;
  target: string;
  hasDownload: boolean;
}

/** The URL to navigate to client-side, or null when the browser should follow the link itself. */
export function interceptTarget(click: ClickInfo, anchor: AnchorInfo, here: { origin: string; pathname: string; search: string }): URL | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasDownload) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, here.origin);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null; // also tel:, sms:, mailto: (origin "null")
  const last = url.pathname.split('/').pop() ?? '';
  if (/\.[a-z0-9]+$/i.test(last)) return null; // a file, not a page
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return null; // same-page jump
  return url;
}
