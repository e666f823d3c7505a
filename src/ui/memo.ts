/**
 * `memo` without preact/compat (whose import would patch Preact's options for the whole app):
 * a component that draws again only when one of its props changed (shallow comparison).
 */
import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

/** True when two props objects differ in any key (by identity). */
function differs(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!(k in y)) return true;
  for (const k in y) if (x[k] !== y[k]) return true;
  return false;
}

/** `render`, skipped when its props are the same as last time. */
export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return differs(this.props, next);
    }
    override render(props: P) {
      return h(render, props);
    }
  };
}
