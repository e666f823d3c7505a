/**
 * The search field: a `role="search"` landmark with a visible label. Used on the home/search page
 * and on the not-found pages. The form never submits to a server (CSP `form-action 'none'`):
 * the page decides what typing and Enter do.
 */
import type { JSX } from 'preact';
import type { TFunction } from 'i18next';

/** Search form. `onInput` gets every change; `onSubmit` the Enter key / button. */
export function SearchForm(props: {
  t: TFunction;
  value: string;
  onInput?: (value: string) => void;
  onSubmit: (value: string) => void;
  /** The field got focus (the page may start loading what searching needs). */
  onFocus?: () => void;
  /** Id of the input (the prerendered home uses "q"; the shell reads what was typed before start-up). */
  id?: string;
}): JSX.Element {
  const { t } = props;
  const id = props.id ?? 'q';
  return (
    <form
      role="search"
      class="search-form"
      onSubmit={(e) => {
        e.preventDefault();
        const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement | null;
        props.onSubmit(input?.value ?? props.value);
      }}
    >
      <label for={id}>{t('ui:search.label')}</label>
      <p id={`${id}-hint`} class="hint">
        {t('ui:search.hint')}
      </p>
      <div class="search-row">
        <input
          id={id}
          name="q"
          type="search"
          value={props.value}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
          onFocus={props.onFocus}
          onInput={(e) => props.onInput?.((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('ui:search.submit')}</button>
      </div>
    </form>
  );
}
