/**
 * Opening hours in Norwegian time (Europe/Oslo), whatever the device's time zone.
 *   openState(schedule, now) -> { open: true|false|null, always, closesAt?, opensAt?: { day, time } }
 * null = not known (we never guess). Handles 24/7, spans past midnight (Fri 16:00–02:00 is open
 * Saturday 01:00), closed days, and summer time (the wall clock in Oslo is read through Intl, so
 * the DST switch needs no arithmetic here). Pure: no DOM.
 *
 * Norwegian public holidays (the fixed ones and those that follow Easter) close a weekday-only
 * line — one with no Saturday or Sunday hours — unless its source says the weekly hours hold
 * (`schedule.holidays`). A line with weekend hours keeps them; the page then says the hours may
 * differ on public holidays (`holidaysUnknown`), as it does for every line no source tells about.
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
let lastClock = { day: 1, minutes: 0, date: { year: 1970, month: 1, day: 1 } };

/** Oslo wall clock with the calendar date (shared by `osloClock` and the holiday rule). */
function osloWallClock(now: Date): typeof lastClock {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === lastMinute) return lastClock;
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const parts = formatter.formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  lastClock = {
    day: WEEKDAYS[get('weekday')] ?? 1,
    minutes: (Number(get('hour')) % 24) * 60 + Number(get('minute')),
    date: { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')) },
  };
  lastMinute = minute;
  return lastClock;
}

/** The Oslo wall clock at `now`: ISO weekday (1–7) and minutes since local midnight. */
export function osloClock(now: Date): { day: number; minutes: number } {
  const { day, minutes } = osloWallClock(now);
  return { day, minutes };
}

/** Easter Sunday of a Gregorian year (Anonymous Gregorian computus): month (3 or 4) and day. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** "YYYY-MM-DD" of a UTC timestamp: calendar arithmetic on UTC midnights, so no time zone is involved. */
const isoOf = (t: number): string => new Date(t).toISOString().slice(0, 10);

const holidayCache = new Map<number, Set<string>>();

/**
 * Norway's public holidays (the helligdager of lov om helligdager og helligdagsfred, and 1 and 17 May as
 * offentlige høytidsdager)
 * in `year`, as "YYYY-MM-DD": 1 Jan, Skjærtorsdag, Langfredag, 1. and 2. påskedag, 1 May,
 * 17 May, Kristi himmelfartsdag, 1. and 2. pinsedag, 25 and 26 Dec.
 */
export function publicHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const e = easterSunday(year);
    const easter = Date.UTC(year, e.month - 1, e.day);
    const fromEaster = [-3, -2, 0, 1, 39, 49, 50].map((d) => isoOf(easter + d * DAY * 60_000));
    const fixed = ['01-01', '05-01', '05-17', '12-25', '12-26'].map((md) => `${String(year).padStart(4, '0')}-${md}`);
    set = new Set([...fixed, ...fromEaster]);
    holidayCache.set(year, set);
  }
  return set;
}

/** Whether the Oslo calendar day at `now` is a Norwegian public holiday. */
export function isPublicHoliday(now: Date): boolean {
  const { date } = osloWallClock(now);
  return publicHolidays(date.year).has(isoOf(Date.UTC(date.year, date.month - 1, date.day)));
}

/** Whether a weekly schedule is closed on public holidays by our rule (see the module comment). */
function closesOnHolidays(schedule: Extract<Schedule, { type: 'weekly' }>): boolean {
  if (schedule.holidays) return schedule.holidays.hours === 'closed';
  return schedule.spans.every((s) => s.days.every((d) => d >= 1 && d <= 5));
}

/** True when the hours are known for ordinary weeks but no source says what happens on public holidays. */
export function holidaysUnknown(schedule: Schedule): boolean {
  return schedule.type === 'weekly' && !schedule.holidays;
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

/** Each span as [weekday, opens, closes] in minutes from that day's midnight (closes after midnight > 1440). */
function dailySpans(spans: readonly OpeningSpan[]): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const s of spans) {
    const o = toMinutes(s.opens);
    let c = toMinutes(s.closes);
    if (Number.isNaN(o) || Number.isNaN(c) || o >= DAY) continue;
    if (c <= o) c += DAY; // closes after midnight
    for (const d of new Set(s.days)) {
      if (!Number.isInteger(d) || d < 1 || d > 7) continue;
      out.push([d, o, c]);
    }
  }
  return out;
}

/** Sorts intervals and merges those that touch or overlap. */
function merge(raw: Array<[number, number]>): Array<[number, number]> {
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of raw) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Weekly intervals [start, end) in minutes from Monday 00:00, merged where they touch or overlap. */
export function weeklyIntervals(spans: readonly OpeningSpan[]): Array<[number, number]> {
  const merged = merge(dailySpans(spans).map(([d, o, c]): [number, number] => [(d - 1) * DAY + o, (d - 1) * DAY + c]));
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

  const { day, minutes, date } = osloWallClock(now);
  if (closesOnHolidays(schedule)) return holidayAwareState(schedule.spans, day, minutes, Date.UTC(date.year, date.month - 1, date.day));
  const t = (day - 1) * DAY + minutes;
  for (const [s, e] of intervals) {
    // `t + WEEK` catches a span that started last Sunday and runs past midnight into Monday.
    if ((t >= s && t < e) || (t + WEEK >= s && t + WEEK < e)) return { open: true, always: false, closesAt: toClock(e) };
  }
  const next = intervals.find(([s]) => s > t) ?? intervals[0]!;
  const start = next[0];
  return { open: false, always: false, opensAt: { day: Math.floor(start / DAY) + 1, time: toClock(start) } };
}

/**
 * The open state over the real calendar, for a line closed on public holidays: yesterday's spans
 * (those past midnight) and the next two weeks' (Easter closes Thursday to Monday), each kept only
 * when the day it opens on is not a holiday. Times are minutes from today's Oslo midnight.
 */
function holidayAwareState(spans: readonly OpeningSpan[], today: number, minutes: number, todayUtc: number): OpenState {
  const daily = dailySpans(spans);
  const raw: Array<[number, number]> = [];
  for (let k = -1; k < 14; k++) {
    const t = todayUtc + k * DAY * 60_000;
    const iso = isoOf(t);
    if (publicHolidays(Number(iso.slice(0, 4))).has(iso)) continue;
    const weekday = ((((today - 1 + k) % 7) + 7) % 7) + 1;
    for (const [d, o, c] of daily) if (d === weekday) raw.push([k * DAY + o, k * DAY + c]);
  }
  const intervals = merge(raw);
  const open = intervals.find(([s, e]) => minutes >= s && minutes < e);
  if (open) return { open: true, always: false, closesAt: toClock(open[1]) };
  const next = intervals.find(([s]) => s > minutes);
  if (!next) return { open: null, always: false };
  return { open: false, always: false, opensAt: { day: ((((today - 1 + Math.floor(next[0] / DAY)) % 7) + 7) % 7) + 1, time: toClock(next[0]) } };
}
