/** Placeholder page for route 'list' — owned by another part of the work; replace. */
import type { PageContext } from '../shell/page-context.ts';
import type { Route } from '../shell/routes.ts';

export default function ListPage(props: { ctx: PageContext; route: Extract<Route, { name: 'list' }> }) {
  return <h1 tabIndex={-1}>{props.ctx.t('ui:placeholder', { defaultValue: '…' })}</h1>;
}
