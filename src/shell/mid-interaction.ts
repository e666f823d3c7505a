/**
 * Whether redrawing the page now would disturb the person: text being typed in a focused field, or
 * an open dialog. The shell then waits for the next navigation to show a newer catalogue.
 */

/** True while someone types into a focused field that has text, or while a dialog is open. */
export function isMidInteraction(doc: Document): boolean {
  const active = doc.activeElement as (Element & { value?: unknown; isContentEditable?: boolean }) | null;
  const field = !!active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA');
  if (field && typeof active.value === 'string' && active.value !== '') return true;
  if (active?.isContentEditable) return true;
  return doc.querySelector('dialog[open], [aria-modal="true"]') !== null;
}
