/** Small formatting helpers that must not depend on the browser's locale data (none for Sami). */

/** ISO date "2026-11-21" → "21.11.2026"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
