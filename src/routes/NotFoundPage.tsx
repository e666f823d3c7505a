/** Unknown path or language: `/nb/finnes-ikke`, `/xx/`, `/nb/tjeneste/a/b`. */
import type { JSX } from 'preact';
import type { PageContext } from '../shell/page-context.ts';
import type { Route } from '../shell/routes.ts';
import { NotFoundBody } from '../ui/NotFoundBody.tsx';

export default function NotFoundPage(props: { ctx: PageContext; route: Extract<Route, { name: 'notfound' }> }): JSX.Element {
  return <NotFoundBody ctx={props.ctx} reason={props.route.reason} />;
}
