/** Small formatting helpers that must not depend on the browser's locale data (none for Sami). */

/** ISO date "2026-11-21" → "21.11.2026", a month "2024-01" → "01.2024"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return m[3] ? `${m[3]}.${m[2]}.${m[1]}` : `${m[2]}.${m[1]}`;
}
