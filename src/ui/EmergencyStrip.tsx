/**
 * The emergency numbers, on every screen (also prerendered, so they work with JavaScript off).
 * Numbers come from the data build (`src/generated/emergency.json`) until the app has the catalogue
 * in use, then from it (`setEmergencyFrom`): a number corrected through the catalogue's update
 * channel reaches the strip too, and the strip never shows another catalogue's number than the page.
 * Labels come from the UI texts, keyed by number so they survive changes of service ids.
 */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import type { Catalog } from '../catalog/types.ts';
import emergency from '../generated/emergency.json';
import { CallLink } from './CallLink.tsx';

/** One emergency line as written by the data build. */
export interface EmergencyLine {
  id: string;
  number: string;
  display: string;
}

/** The emergency lines, in the data build's order. */
export const EMERGENCY_LINES: readonly EmergencyLine[] = emergency as EmergencyLine[];

let lines: readonly EmergencyLine[] = EMERGENCY_LINES;

/** Draws the strip from `catalog` from now on: each line's first certain number there, else the built one. */
export function setEmergencyFrom(catalog: Catalog): void {
  lines = EMERGENCY_LINES.map((line) => {
    const phone = catalog.services.find((s) => s.id === line.id)?.phones[0];
    return phone ? { id: line.id, number: phone.number, display: phone.display } : line;
  });
}

/** Short visible name of an emergency line ("Politi"), falling back to its number. */
export function emergencyName(t: TFunction, line: EmergencyLine): string {
  return t(`ui:emergency.n${line.number}`, { defaultValue: line.display });
}

/** The strip of emergency call links. `heading` gives it a visible heading (used in page bodies). */
export function EmergencyStrip(props: { t: TFunction; id?: string; heading?: boolean }): JSX.Element {
  const { t } = props;
  const headingId = `${props.id ?? 'emergency'}-h`;
  return (
    <section class={props.heading ? 'emergency emergency-block' : 'emergency'} aria-labelledby={headingId}>
      <h2 id={headingId} class={props.heading ? undefined : 'vh'}>
        {t('ui:emergency.heading')}
      </h2>
      <ul>
        {lines.map((line) => (
          <li key={line.number}>
            <CallLink t={t} name={emergencyName(t, line)} number={line.number} display={line.display} class="call call-emergency" />
          </li>
        ))}
      </ul>
    </section>
  );
}
