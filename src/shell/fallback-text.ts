/**
 * The few Norwegian texts the shell needs when even the language files could not be loaded
 * (first visit, connection lost): enough for the error page and the emergency numbers.
 */
import type { TFunction } from 'i18next';

const NB: Record<string, string> = {
  'ui:emergency.heading': 'Ring hvis du trenger hjelp nå',
  'ui:emergency.n112': 'Politi',
  'ui:emergency.n113': 'Ambulanse',
  'ui:emergency.n116006': 'Vold i nære relasjoner',
  'ui:emergency.n116111': 'Barn og unge',
  'ui:call.label': 'Ring {{name}}, {{number}}',
  'ui:loadError.title': 'Siden kunne ikke lastes',
  'ui:loadError.text': 'Sjekk at du er på nett, og prøv igjen. Trenger du hjelp nå, kan du alltid ringe numrene under.',
  'ui:loadError.retry': 'Prøv igjen',
  'ui:help.directory': 'Alle hjelpetilbud i Norge finner du også på',
};

/** A stand-in for i18next's `t` that knows only the texts above (with {{name}} interpolation). */
export const fallbackT = ((key: string, opts?: Record<string, unknown>) => {
  const text = NB[key] ?? NB[`ui:${key}`] ?? (typeof opts?.defaultValue === 'string' ? opts.defaultValue : '');
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(opts?.[k] ?? ''));
}) as unknown as TFunction;
