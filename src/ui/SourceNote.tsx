/**
 * Under each contact fact of a service page: which kind of source its newest source is and how old
 * it is, in the reader's language, and — when its newest source is more than two years older
 * than the catalogue — that it is old.
 */
import type { JSX } from 'preact';
import { ageBucket, newestSource } from '../catalog/sources.ts';
import type { Source } from '../catalog/types.ts';
import type { PageContext } from '../shell/page-context.ts';
import { formatDate } from './format.ts';

/** "Kilde: tjenestens egen side, publisert 01.2024." (+ "Kilden er mer enn to år gammel.") for one fact. */
export function SourceNote(props: { ctx: PageContext; sources: Record<string, Source>; keys: readonly string[] | undefined }): JSX.Element | null {
  const { t } = props.ctx;
  const cited = (props.keys ?? []).flatMap((k) => (props.sources[k] ? [props.sources[k]] : []));
  const newest = newestSource(cited);
  if (!newest) return null;
  const date = newest.published === 'udatert' ? t('ui:source.undated') : t('ui:source.published', { date: formatDate(newest.published) });
  const stale = ageBucket(cited, props.ctx.catalog.checked) === 'over2';
  return (
    <span class="hint source-note">
      {t('ui:source.basis', { kind: t(`ui:source.kind.${newest.kind}`), date })}
      {stale ? <strong> {t('ui:source.stale')}</strong> : null}
    </span>
  );
}
