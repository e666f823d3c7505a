/**
 * CONTRACT (owned by the offline/storage work): "Lagre" toggle for one service (Mine tjenester).
 *   <SaveButton serviceId="x" serviceName="…" />
 * Replace this placeholder.
 */
export function SaveButton(_props: { serviceId: string; serviceName: string }) {
  return null;
}
