import { describe, expect, it } from 'vitest';
import { openState, osloClock, weeklyIntervals } from '../../../src/catalog/hours.ts';
import type { OpeningSpan, Schedule } from '../../../src/catalog/types.ts';

const weekly = (...spans: OpeningSpan[]): Schedule => ({ type: 'weekly', spans, sources: ['s'] });
const WEEKDAYS_9_TO_4 = weekly({ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' });
/** A UTC instant. November 2026 is winter time in Oslo (UTC+1); 23 Nov 2026 is a Monday. */
const utc = (iso: string) => new Date(`${iso}Z`);

describe('osloClock', () => {
  it('reads the Oslo wall clock in winter and summer', () => {
    expect(osloClock(utc('2026-11-23T09:00:00'))).toEqual({ day: 1, minutes: 10 * 60 });
    expect(osloClock(utc('2026-07-05T21:30:00'))).toEqual({ day: 7, minutes: 23 * 60 + 30 });
    // 23:30 UTC on Sunday is already Monday in Oslo.
    expect(osloClock(utc('2026-11-22T23:30:00'))).toEqual({ day: 1, minutes: 30 });
  });
});

describe('openState', () => {
  it('24/7 services are always open', () => {
    expect(openState({ type: 'always', sources: ['s'] }, utc('2026-11-22T03:00:00'))).toEqual({ open: true, always: true });
  });

  it('unknown hours give null, never a guess', () => {
    expect(openState({ type: 'unknown' }, utc('2026-11-23T09:00:00'))).toEqual({ open: null, always: false });
    expect(openState(weekly(), utc('2026-11-23T09:00:00'))).toEqual({ open: null, always: false });
    expect(openState(weekly({ days: [1], opens: '9', closes: 'x' }), utc('2026-11-23T09:00:00'))).toEqual({ open: null, always: false });
  });

  it('weekday hours: open inside, closed at closing time, with the next opening', () => {
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-11-23T09:00:00'))).toEqual({ open: true, always: false, closesAt: '16:00' });
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-11-23T07:00:00'))).toEqual({ open: true, always: false, closesAt: '16:00' });
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-11-23T06:59:00'))).toEqual({ open: false, always: false, opensAt: { day: 1, time: '08:00' } });
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-11-23T15:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 2, time: '08:00' } });
  });

  it('closed days: the weekend points to Monday', () => {
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-11-27T16:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 1, time: '08:00' } });
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-11-28T12:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 1, time: '08:00' } });
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-11-29T22:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 1, time: '08:00' } });
  });

  it('spans past midnight: Fri 16:00–02:00 is open on Saturday at 01:00', () => {
    const friNight = weekly({ days: [5], opens: '16:00', closes: '02:00' });
    expect(openState(friNight, utc('2026-11-28T00:00:00'))).toEqual({ open: true, always: false, closesAt: '02:00' });
    expect(openState(friNight, utc('2026-11-28T01:30:00'))).toEqual({ open: false, always: false, opensAt: { day: 5, time: '16:00' } });
    expect(openState(friNight, utc('2026-11-27T14:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 5, time: '16:00' } });
  });

  it('a Sunday-night span runs into Monday morning (the week wraps)', () => {
    const sunNight = weekly({ days: [7], opens: '22:00', closes: '02:00' });
    expect(openState(sunNight, utc('2026-11-23T00:00:00'))).toEqual({ open: true, always: false, closesAt: '02:00' });
    expect(openState(sunNight, utc('2026-11-29T21:30:00'))).toEqual({ open: true, always: false, closesAt: '02:00' });
  });

  it('weekday evenings plus whole weekends (Alarmtelefonen-style)', () => {
    const s = weekly(
      { days: [1, 2, 3, 4, 5], opens: '15:00', closes: '08:00' },
      { days: [6, 7], opens: '00:00', closes: '24:00' },
      { days: [1], opens: '00:00', closes: '08:00' },
    );
    // Friday 15:00 until Monday 08:00 is one stretch, across the end of the week.
    expect(openState(s, utc('2026-11-28T12:00:00'))).toEqual({ open: true, always: false, closesAt: '08:00' });
    expect(openState(s, utc('2026-11-23T06:00:00'))).toEqual({ open: true, always: false, closesAt: '08:00' });
    expect(openState(s, utc('2026-11-23T09:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 1, time: '15:00' } });
    // Without the Monday-morning span the data says Sunday closes at midnight: we show exactly that.
    const noMonday = weekly({ days: [1, 2, 3, 4, 5], opens: '15:00', closes: '08:00' }, { days: [6, 7], opens: '00:00', closes: '24:00' });
    expect(openState(noMonday, utc('2026-11-28T12:00:00'))).toEqual({ open: true, always: false, closesAt: '00:00' });
    expect(openState(noMonday, utc('2026-11-23T06:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 1, time: '15:00' } });
  });

  it('adjacent spans merge, so closesAt is the real closing time', () => {
    const split = weekly({ days: [1], opens: '08:00', closes: '12:00' }, { days: [1], opens: '12:00', closes: '16:00' });
    expect(openState(split, utc('2026-11-23T09:00:00'))).toEqual({ open: true, always: false, closesAt: '16:00' });
    expect(weeklyIntervals(split.type === 'weekly' ? split.spans : [])).toEqual([[480, 960]]);
  });

  it('a week fully covered by spans counts as always open', () => {
    const full = weekly({ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' });
    expect(openState(full, utc('2026-11-25T03:00:00'))).toEqual({ open: true, always: true });
  });

  it('ignores invalid days and times instead of throwing', () => {
    const odd = weekly({ days: [0, 8, 1.5, 2], opens: '08:00', closes: '16:00' }, { days: [3], opens: '25:00', closes: '26:00' });
    expect(openState(odd, utc('2026-11-24T09:00:00'))).toEqual({ open: true, always: false, closesAt: '16:00' });
    expect(openState(odd, utc('2026-11-25T09:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 2, time: '08:00' } });
  });

  describe('summer time in Oslo, 2026', () => {
    it('spring: from Monday 30 March 08:00 is 06:00 UTC, a week earlier it was 07:00 UTC', () => {
      expect(openState(WEEKDAYS_9_TO_4, utc('2026-03-30T06:30:00')).open).toBe(true); // 08:30 CEST
      expect(openState(WEEKDAYS_9_TO_4, utc('2026-03-23T06:30:00')).open).toBe(false); // 07:30 CET
      expect(openState(WEEKDAYS_9_TO_4, utc('2026-03-30T13:59:00'))).toEqual({ open: true, always: false, closesAt: '16:00' });
      expect(openState(WEEKDAYS_9_TO_4, utc('2026-03-30T14:00:00')).open).toBe(false); // 16:00 CEST
    });

    it('spring: a night span across the switch (29 March, 02:00 → 03:00)', () => {
      const satNight = weekly({ days: [6], opens: '22:00', closes: '04:00' });
      expect(openState(satNight, utc('2026-03-29T00:30:00')).open).toBe(true); // 01:30 CET
      expect(openState(satNight, utc('2026-03-29T01:30:00')).open).toBe(true); // 03:30 CEST
      expect(openState(satNight, utc('2026-03-29T02:00:00')).open).toBe(false); // 04:00 CEST
    });

    it('autumn: 02:30 happens twice on 25 October; both are inside a span to 03:00', () => {
      const satNight = weekly({ days: [6], opens: '22:00', closes: '03:00' });
      expect(openState(satNight, utc('2026-10-25T00:30:00'))).toEqual({ open: true, always: false, closesAt: '03:00' }); // 02:30 CEST
      expect(openState(satNight, utc('2026-10-25T01:30:00'))).toEqual({ open: true, always: false, closesAt: '03:00' }); // 02:30 CET
      expect(openState(satNight, utc('2026-10-25T02:00:00')).open).toBe(false); // 03:00 CET
    });

    it('autumn: Monday 26 October 08:00 is 07:00 UTC again', () => {
      expect(openState(WEEKDAYS_9_TO_4, utc('2026-10-26T06:30:00')).open).toBe(false); // 07:30 CET
      expect(openState(WEEKDAYS_9_TO_4, utc('2026-10-26T07:00:00')).open).toBe(true); // 08:00 CET
      expect(openState(WEEKDAYS_9_TO_4, utc('2026-10-19T06:30:00')).open).toBe(true); // 08:30 CEST
    });
  });
});
