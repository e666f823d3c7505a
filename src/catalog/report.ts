/**
 * "Report an error": the maintainers' address and the mailto: link every service page offers.
 * The link carries the service id, the page language and the catalogue version — nothing else
 * about the person (no search, no location, no device details).
 */

/** Placeholder address; the operator sets the real one at build time with `REPORT_EMAIL` (README). */
export const DEFAULT_REPORT_EMAIL = 'rettelser@finnhjelp.no';

/** The address reports go to: `REPORT_EMAIL` from the build environment, else the placeholder. */
export const REPORT_EMAIL: string = (import.meta as { env?: Record<string, string | undefined> }).env?.REPORT_EMAIL || DEFAULT_REPORT_EMAIL;

/** The mailto: link for one service page: subject and body hold the service id, page language and catalogue version only. */
export function reportHref(serviceId: string, lang: string, catalogVersion: string, to: string = REPORT_EMAIL): string {
  const subject = `Finn hjelp: feil i ${serviceId}`;
  const body = `tjeneste: ${serviceId}\nspråk: ${lang}\nkatalog: ${catalogVersion}\n\n`;
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
