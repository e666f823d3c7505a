import { describe, expect, it } from 'vitest';
import { easterSunday, holidaysUnknown, isPublicHoliday, openState, osloClock, publicHolidays, weeklyIntervals } from '../../../src/catalog/hours.ts';
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

describe('Norwegian public holidays', () => {
  it('Easter Sunday by the Gregorian computus', () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
    // The extremes of the Gregorian range: 22 March (1818, 2285) and 25 April (1943).
    expect(easterSunday(1818)).toEqual({ month: 3, day: 22 });
    expect(easterSunday(1943)).toEqual({ month: 4, day: 25 });
  });

  it('lists the twelve holidays of 2026 with the Easter-based ones in place', () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01',
      '2026-05-14', '2026-05-17', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
    // Kristi himmelfartsdag can fall on 1 May or 17 May: one day, one entry.
    expect(publicHolidays(2008).has('2008-05-01')).toBe(true);
    expect(publicHolidays(2008).size).toBe(11);
  });

  it('a weekday line is closed on 17 May and on Langfredag, and says when it opens next', () => {
    // 17 May 2027 is a Monday; 10:00 in Oslo (summer time) is 08:00 UTC.
    expect(openState(WEEKDAYS_9_TO_4, utc('2027-05-17T08:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 2, time: '08:00' } });
    expect(openState(WEEKDAYS_9_TO_4, utc('2027-05-18T08:00:00'))).toEqual({ open: true, always: false, closesAt: '16:00' });
    // Langfredag 3 April 2026; Skjærtorsdag before it and 2. påskedag after: the next opening is Tuesday.
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-04-03T10:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 2, time: '08:00' } });
    expect(openState(WEEKDAYS_9_TO_4, utc('2026-04-01T15:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 2, time: '08:00' } });
    expect(isPublicHoliday(utc('2026-04-03T10:00:00'))).toBe(true);
  });

  it('24/7 lines and lines with weekend hours are not closed by a holiday', () => {
    expect(openState({ type: 'always', sources: ['s'] }, utc('2026-12-25T10:00:00'))).toEqual({ open: true, always: true });
    const everyDay = weekly({ days: [1, 2, 3, 4, 5, 6, 7], opens: '10:00', closes: '14:00' });
    // 17 May 2026 is a Sunday; 25 Dec 2026 a Friday.
    expect(openState(everyDay, utc('2026-12-25T10:00:00')).open).toBe(true);
    expect(holidaysUnknown(everyDay)).toBe(true);
    expect(holidaysUnknown({ type: 'always', sources: ['s'] })).toBe(false);
  });

  it('a source that says the weekly hours hold keeps a weekday line open; "closed" closes a line with weekend hours', () => {
    const open: Schedule = { type: 'weekly', spans: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }], sources: ['s'], holidays: { hours: 'open', sources: ['s'] } };
    expect(openState(open, utc('2027-05-17T08:00:00'))).toEqual({ open: true, always: false, closesAt: '16:00' });
    expect(holidaysUnknown(open)).toBe(false);
    const closed: Schedule = { type: 'weekly', spans: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '10:00', closes: '14:00' }], sources: ['s'], holidays: { hours: 'closed', sources: ['s'] } };
    expect(openState(closed, utc('2026-12-25T10:00:00'))).toEqual({ open: false, always: false, opensAt: { day: 7, time: '10:00' } });
  });

  it('Oslo time decides the day around midnight, whatever the UTC date', () => {
    // 16 May 2027 22:30 UTC is 00:30 on 17 May in Oslo: already the holiday.
    expect(isPublicHoliday(utc('2027-05-16T22:30:00'))).toBe(true);
    // 31 Dec 2026 23:30 UTC is 00:30 on 1 Jan 2027 in Oslo (winter time).
    expect(isPublicHoliday(utc('2026-12-31T23:30:00'))).toBe(true);
    expect(isPublicHoliday(utc('2026-12-31T22:30:00'))).toBe(false);
    // 17 May 2027 21:59 UTC is 23:59 in Oslo, still the holiday; 22:00 UTC is Tuesday.
    expect(isPublicHoliday(utc('2027-05-17T21:59:00'))).toBe(true);
    expect(isPublicHoliday(utc('2027-05-17T22:00:00'))).toBe(false);
    // A night line that opens Thursday 24 Dec 22:00 runs into Christmas Day: open at 00:30, because
    // a span belongs to the day it opens on; the spans of 25 and 26 Dec are closed, Sunday's is not.
    const nights: Schedule = { type: 'weekly', spans: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '22:00', closes: '02:00' }], sources: ['s'], holidays: { hours: 'closed', sources: ['s'] } };
    expect(openState(nights, utc('2026-12-24T23:30:00'))).toEqual({ open: true, always: false, closesAt: '02:00' });
    expect(openState(nights, utc('2026-12-25T21:30:00'))).toEqual({ open: false, always: false, opensAt: { day: 7, time: '22:00' } });
  });
});
