/**
 * CONTRACT (owned by the safety work): the "Forlat siden raskt" control, rendered by the shell in
 * the header of every screen. Props: { label: string }. Replace this placeholder.
 */
export function QuickExit(props: { label: string }) {
  return (
    <a class="quick-exit" href="https://www.yr.no/" rel="noopener noreferrer">
      {props.label}
    </a>
  );
}
