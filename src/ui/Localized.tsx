/**
 * Text from the catalogue that may be in another language than the page (Norwegian fallback, or
 * an official Norwegian name inside an Arabic page). Marks it with `lang` so screen readers switch
 * voice, and isolates its direction so it never scrambles right-to-left text around it.
 */
import type { JSX } from 'preact';
import type { Picked } from '../catalog/text.ts';
import { dirOf, type Lang } from '../i18n/languages.ts';

type Tag = 'span' | 'p' | 'bdi' | 'div';

/** Renders `picked.text` as text, with `lang`/`dir` only when they differ from the page's. */
export function Localized(props: { picked: Picked; page: Lang; as?: Tag; class?: string }): JSX.Element {
  const Tag = props.as ?? 'span';
  const { text, lang } = props.picked;
  const foreign = lang !== props.page;
  const dir = dirOf(lang);
  return (
    <Tag class={props.class} lang={foreign ? lang : undefined} dir={foreign && dir !== dirOf(props.page) ? dir : undefined}>
      {text}
    </Tag>
  );
}

/** Official Norwegian name (of a service or place): marked as Norwegian on non-Norwegian pages. */
export function NbName(props: { name: string; page: Lang; class?: string }): JSX.Element {
  return <Localized picked={{ text: props.name, lang: 'nb' }} page={props.page} as="bdi" class={props.class} />;
}
