/**
 * A one-tap phone (or SMS) link that says what it does to a screen reader: "Ring VO-linjen, 116 006".
 * The number is isolated left-to-right so it reads correctly inside Arabic, Persian and Urdu text.
 */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';
import { telHref } from '../catalog/phone.ts';

/** True when a name already ends with or contains its number ("Alarmtelefonen for barn og unge 116 111"). */
export function nameHasNumber(name: string, display: string): boolean {
  return name.replace(/\s/g, '').includes(display.replace(/\s/g, ''));
}

/** Wraps text in Unicode isolates, so a Norwegian name inside an Arabic sentence keeps its order. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A call or SMS link. `name` is who you reach; `display` the number as people write it. */
export function CallLink(props: {
  t: TFunction;
  name: string;
  number: string;
  display: string;
  kind?: 'tel' | 'sms';
  class?: string;
  /** Visible text before the number (defaults to the name). */
  children?: JSX.Element | string;
  /** Set false when the visible text already shows the number. */
  showNumber?: boolean;
}): JSX.Element {
  const kind = props.kind ?? 'tel';
  // Some names already end with their number ("Alarmtelefonen for barn og unge 116 111"): say it once.
  const named = nameHasNumber(props.name, props.display);
  const showNumber = props.showNumber ?? !(named && props.children === undefined);
  // A short visible action ("Ring 116 006") starts the accessible name, so what a speech-input user
  // reads off the screen is what the link is called (WCAG 2.5.3 Label in Name); who it reaches follows.
  const action = typeof props.children === 'string' && showNumber ? props.children : null;
  const key = kind === 'sms' ? 'ui:call.smsLabel' : named ? 'ui:call.labelNamed' : 'ui:call.label';
  const label = action
    ? props.t('ui:call.labelAction', { action, number: props.display, name: named ? props.name.replace(props.display, '').trim() : props.name })
    : props.t(key, { name: props.name, number: props.display });
  const href = telHref(props.number, kind);
  const body = (
    <>
      <span class="call-name">{props.children ?? props.name}</span>
      {showNumber && (
        <>
          {' '}
          <bdi class="call-number" dir="ltr">
            {props.display}
          </bdi>
        </>
      )}
    </>
  );
  // A number that is not dialable (a broken record) is shown as text, never as a link that dials something else.
  if (!href) return <span class={props.class ?? 'call'}>{body}</span>;
  return (
    <a class={props.class ?? 'call'} href={href} aria-label={label}>
      {body}
    </a>
  );
}
