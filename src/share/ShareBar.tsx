/**
 * CONTRACT (owned by the sharing work): share / QR / add-to-list / print actions for a service page,
 * a search result page or a list. The UI places it; the sharing work implements it.
 *   <ShareBar lang={lang} path="/nb/tjeneste/x" title="…" serviceIds={['x']} />
 * Replace this placeholder.
 */
import type { Lang } from '../catalog/types.ts';

export function ShareBar(_props: { lang: Lang; path: string; title: string; serviceIds: string[] }) {
  return null;
}
