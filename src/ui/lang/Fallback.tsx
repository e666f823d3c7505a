/**
 * Marks text that is not in the page's language. `<Fallback>` wraps Norwegian fallback text in
 * `<span lang="nb" dir="ltr">`, so a screen reader switches voice and RTL pages keep it readable.
 * `<InLang>` does this only when needed, for a `{ text, lang }` pair (from `tl()` or `serviceText()`).
 */
import type { ComponentChildren } from 'preact';
import { dirOf, type Lang } from '../../i18n/languages.ts';
import { tl, type TextInLang } from '../../i18n/fallback.ts';
import type { TOptions } from 'i18next';

export function Fallback(props: { children: ComponentChildren; class?: string }) {
  return (
    <span lang="nb" dir="ltr" class={props.class}>
      {props.children}
    </span>
  );
}

/** Renders `value.text`, wrapped in `<span lang dir>` when it is not in `pageLang`. */
export function InLang(props: { value: TextInLang; pageLang: Lang; class?: string }) {
  const { value, pageLang } = props;
  if (value.lang === pageLang) return props.class ? <span class={props.class}>{value.text}</span> : <>{value.text}</>;
  return (
    <span lang={value.lang} dir={dirOf(value.lang)} class={props.class}>
      {value.text}
    </span>
  );
}

/** A UI text by key, marked `lang="nb"` when the page's language does not have it yet. */
export function T(props: { i18nKey: string; lang: Lang; options?: TOptions; class?: string }) {
  return <InLang value={tl(props.lang, props.i18nKey, props.options)} pageLang={props.lang} class={props.class} />;
}

/**
 * A short note in the page's language, for a page or block where some text is shown in Norwegian
 * ("Noe av teksten finnes bare på norsk ennå."). Renders nothing on Norwegian pages.
 */
export function FallbackNote(props: { lang: Lang; class?: string }) {
  if (props.lang === 'nb') return null;
  const note = tl(props.lang, 'i18n:fallback.explain');
  return (
    <p class={props.class ?? 'fallback-note'} lang={note.lang} dir={dirOf(note.lang)}>
      {note.text}
    </p>
  );
}

/**
 * Like `InLang`, but a fallback is followed by a small marker in the page's language: "(på norsk)",
 * "(in Norwegian)". For headings and names where a screen-reader voice change alone is not enough.
 */
export function InLangMarked(props: { value: TextInLang; pageLang: Lang; class?: string }) {
  const { value, pageLang } = props;
  if (value.lang === pageLang || pageLang === 'nb') return <InLang value={value} pageLang={pageLang} class={props.class} />;
  const marker = tl(pageLang, 'i18n:fallback.marker');
  return (
    <>
      <InLang value={value} pageLang={pageLang} class={props.class} />{' '}
      <small class="fallback-marker">
        (<InLang value={marker} pageLang={pageLang} />)
      </small>
    </>
  );
}
