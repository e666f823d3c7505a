/**
 * CONTRACT (owned by the data work; replace this placeholder): opening hours in Norwegian time.
 *   openState(schedule, now) -> { open: true|false|null, always: boolean, closesAt?: string, opensAt?: { day: number; time: string } }
 * null = not known. Handles 24/7, spans past midnight, closed days and DST (Europe/Oslo).
 */
import type { Schedule } from './types.ts';

export interface OpenState {
  open: boolean | null;
  always: boolean;
  closesAt?: string;
  opensAt?: { day: number; time: string };
}

export function openState(schedule: Schedule, _now: Date = new Date()): OpenState {
  if (schedule.type === 'always') return { open: true, always: true };
  return { open: null, always: false };
}
