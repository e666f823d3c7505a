/**
 * Opening hours in Norwegian time (Europe/Oslo), whatever the device's time zone.
 *   openState(schedule, now) -> { open: true|false|null, always, closesAt?, opensAt?: { day, time } }
 * null = not known (we never guess). Handles 24/7, spans past midnight (Fri 16:00–02:00 is open
 * Saturday 01:00), closed days, and summer time (the wall clock in Oslo is read through Intl, so
 * the DST switch needs no arithmetic here). Pure: no DOM.
 */
import type { OpeningSpan, Schedule } from './types.ts';

export interface OpenState {
  open: boolean | null;
  always: boolean;
  /** "HH:MM" Oslo time when an open service closes. */
  closesAt?: string;
  /** Next opening of a closed service: ISO weekday (1 = Monday) and "HH:MM" Oslo time. */
  opensAt?: { day: number; time: string };
}

const DAY = 1440;
const WEEK = 7 * DAY;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

let formatter: Intl.DateTimeFormat | null = null;
// formatToParts is slow on a cheap phone and a results list asks once per service per keystroke:
// the answer only changes once a minute, so keep the last one.
let lastMinute = NaN;
let lastClock = { day: 1, minutes: 0 };

/** The Oslo wall clock at `now`: ISO weekday (1–7) and minutes since local midnight. */
export function osloClock(now: Date): { day: number; minutes: number } {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === lastMinute) return { ...lastClock };
  formatter ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = formatter.formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  lastClock = { day: WEEKDAYS[get('weekday')] ?? 1, minutes: (Number(get('hour')) % 24) * 60 + Number(get('minute')) };
  lastMinute = minute;
  return { ...lastClock };
}

/** "HH:MM" → minutes; "24:00" → 1440; anything else → NaN. */
function toMinutes(t: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(t);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return NaN;
  return h * 60 + min;
}

const toClock = (minutes: number): string => {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** Weekly intervals [start, end) in minutes from Monday 00:00, merged where they touch or overlap. */
export function weeklyIntervals(spans: readonly OpeningSpan[]): Array<[number, number]> {
  const raw: Array<[number, number]> = [];
  for (const s of spans) {
    const o = toMinutes(s.opens);
    let c = toMinutes(s.closes);
    if (Number.isNaN(o) || Number.isNaN(c) || o >= DAY) continue;
    if (c <= o) c += DAY; // closes after midnight
    for (const d of new Set(s.days)) {
      if (!Number.isInteger(d) || d < 1 || d > 7) continue;
      raw.push([(d - 1) * DAY + o, (d - 1) * DAY + c]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of raw) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  // A Sunday-night span runs into Monday morning: join it with a Monday span it touches.
  const first = merged[0];
  const last = merged.at(-1);
  if (merged.length > 1 && first && last && last[1] >= WEEK + first[0]) {
    last[1] = Math.max(last[1], WEEK + first[1]);
    merged.shift();
  }
  return merged;
}

/** Whether the service is open at `now` (Oslo time), and when it closes or opens next. */
export function openState(schedule: Schedule, now: Date = new Date()): OpenState {
  if (schedule.type === 'always') return { open: true, always: true };
  if (schedule.type !== 'weekly' || !Array.isArray(schedule.spans)) return { open: null, always: false };
  const intervals = weeklyIntervals(schedule.spans);
  if (intervals.length === 0) return { open: null, always: false };
  const covered = intervals.reduce((sum, [s, e]) => sum + (e - s), 0);
  if (covered >= WEEK) return { open: true, always: true };

  const { day, minutes } = osloClock(now);
  const t = (day - 1) * DAY + minutes;
  for (const [s, e] of intervals) {
    // `t + WEEK` catches a span that started last Sunday and runs past midnight into Monday.
    if ((t >= s && t < e) || (t + WEEK >= s && t + WEEK < e)) return { open: true, always: false, closesAt: toClock(e) };
  }
  const next = intervals.find(([s]) => s > t) ?? intervals[0]!;
  const start = next[0];
  return { open: false, always: false, opensAt: { day: Math.floor(start / DAY) + 1, time: toClock(start) } };
}
