/**
 * The certainty rule (seeds/README.md): a number reaches the app only if it is certain.
 * Low-confidence phones and SMS numbers stay in the seeds for reviewers and are dropped here.
 */
import type { Phone, Service } from '../../src/catalog/types.ts';
import type { DataError } from './errors.ts';

export interface DroppedPhone {
  service: string;
  number: string;
  kind: 'phone' | 'sms';
}

/** True when a number may be shown. */
export const isCertain = (p: Phone): boolean => p.confidence !== 'low';

/**
 * Drops uncertain numbers. A service whose numbers were all dropped must name fallbacks, and every
 * fallback must itself have a certain phone — otherwise a person would be left with nothing to call.
 */
export function applyCertainty(services: Service[], fileOf: (id: string) => string): { services: Service[]; dropped: DroppedPhone[]; errors: DataError[] } {
  const dropped: DroppedPhone[] = [];
  const errors: DataError[] = [];
  const out = services.map((s) => {
    for (const p of s.phones) if (!isCertain(p)) dropped.push({ service: s.id, number: p.number, kind: 'phone' });
    for (const p of s.sms) if (!isCertain(p)) dropped.push({ service: s.id, number: p.number, kind: 'sms' });
    return { ...s, phones: s.phones.filter(isCertain), sms: s.sms.filter(isCertain) };
  });
  const byId = new Map(out.map((s) => [s.id, s]));
  for (const s of out) {
    const original = services.find((o) => o.id === s.id)!;
    if (original.phones.length > 0 && s.phones.length === 0 && s.fallback.length === 0) {
      errors.push({ file: fileOf(s.id), record: s.id, field: 'fallback', message: 'every phone is low confidence and there is no fallback to show instead' });
    }
    s.fallback.forEach((f, i) => {
      const target = byId.get(f);
      if (target && target.phones.length === 0) {
        errors.push({ file: fileOf(s.id), record: s.id, field: `fallback[${i}]`, message: `fallback "${f}" has no certain phone number` });
      }
    });
  }
  return { services: out, dropped, errors };
}
