/** Ministry codes used by the two action plans, and their Norwegian names. */

export const ALL_MINISTRIES = 'alle relevante departementer';

export const MINISTRIES: Record<string, string> = {
  JD: 'Justis- og beredskapsdepartementet',
  BFD: 'Barne- og familiedepartementet',
  HOD: 'Helse- og omsorgsdepartementet',
  KD: 'Kunnskapsdepartementet',
  AID: 'Arbeids- og inkluderingsdepartementet',
  KUD: 'Kultur- og likestillingsdepartementet',
  KDD: 'Kommunal- og distriktsdepartementet',
  LMD: 'Landbruks- og matdepartementet',
  UD: 'Utenriksdepartementet',
};

/**
 * Splits a "responsible ministry" cell ("JD, BFD og HOD", "AID, alle*", "AID (JD)") into codes.
 * "alle"/"alle*" becomes "alle relevante departementer". Throws on an unknown code.
 */
export function parseMinistries(cell: string): string[] {
  const out: string[] = [];
  const parts = cell
    .replace(/[()]/g, ',')
    .split(/,|\bog\b/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of parts) {
    const code = /^alle\*?$/i.test(p) ? ALL_MINISTRIES : p;
    if (code !== ALL_MINISTRIES && !(code in MINISTRIES)) throw new Error(`unknown ministry "${p}" in "${cell}"`);
    if (!out.includes(code)) out.push(code);
  }
  if (out.length === 0) throw new Error(`no ministry in "${cell}"`);
  return out;
}
