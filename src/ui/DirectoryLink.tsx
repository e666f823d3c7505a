/** A sentence pointing to the official national directory (dinutvei.no), with the link isolated for RTL pages. */
import type { JSX } from 'preact';
import { DINUTVEI_URL, EXTERNAL } from './links.ts';

/** `text` is the translated lead-in ("Alle hjelpetilbud står i den offentlige oversikten"). */
export function DirectoryLink(props: { text: string; class?: string }): JSX.Element {
  return (
    <p class={props.class}>
      {props.text}{' '}
      <a href={DINUTVEI_URL} {...EXTERNAL}>
        <bdi dir="ltr">dinutvei.no</bdi>
      </a>
    </p>
  );
}
