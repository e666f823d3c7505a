import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { initI18n, i18next } from '../../../src/i18n/i18n.ts';
import {
  formatTime,
  formatTimeRange,
  isDraft,
  languageOrder,
  openStateText,
  pluralCategoriesFor,
  reviewStatus,
  scheduleLines,
  weekdayName,
  weekdayRange,
} from '../../../src/i18n/format.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { withoutKeys } from './without-keys.ts';

beforeAll(async () => {
  await initI18n('nb');
  // Load every language's i18n bundle, as a user switching languages would.
  for (const lang of LANGS) await initI18n(lang);
  await i18next.changeLanguage('nb');
});

describe('formatTime', () => {
  test('Norwegian uses a full stop, English a colon, and hours get a leading zero', () => {
    expect(formatTime('nb', '14:30')).toBe('14.30');
    expect(formatTime('nb', '9:05')).toBe('09.05');
    expect(formatTime('en', '14:30')).toBe('14:30');
    expect(formatTime('ar', '08:00')).toBe('08:00');
  });
  test('a language without its own pattern uses the Norwegian one', () => {
    expect(withoutKeys('en', 'i18n', ['time.pattern'], () => formatTime('en', '14:30'))).toBe('14.30');
  });
  test('malformed input comes back unchanged', () => {
    expect(formatTime('nb', 'kl 9')).toBe('kl 9');
  });
  test('ranges', () => {
    expect(formatTimeRange('nb', '09:00', '15:00')).toBe('09.00–15.00');
    expect(formatTimeRange('en', '09:00', '15:00')).toBe('09:00–15:00');
  });
});

describe('weekdayName (from the locale files, not Intl)', () => {
  test('Northern Sami has its own weekday names even where Intl has none', () => {
    expect(weekdayName('se', 1)).toBe('vuossárga');
    expect(weekdayName('se', 7)).toBe('sotnabeaivi');
    expect(weekdayName('se', 4, 'short')).toBe('duor');
  });
  test('ISO numbering: 1 is Monday, 7 is Sunday', () => {
    expect(weekdayName('nb', 1)).toBe('mandag');
    expect(weekdayName('en', 7)).toBe('Sunday');
    expect(weekdayName('ru', 3)).toBe('среда');
  });
  test('a language with long names only: short falls back to its long name, not to Norwegian', () => {
    expect(withoutKeys('sma', 'i18n', ['weekday.short'], () => weekdayName('sma', 1, 'short'))).toBe('måanta');
  });
  test('a language without weekday names: Norwegian', () => {
    expect(withoutKeys('smj', 'i18n', ['weekday.long', 'weekday.short'], () => weekdayName('smj', 5))).toBe('fredag');
    expect(weekdayName('smj', 5)).toBe('bierjjedahka');
  });
  test('a day outside 1–7 is a data bug', () => {
    expect(() => weekdayName('nb', 0)).toThrow(RangeError);
    expect(() => weekdayName('nb', 8)).toThrow(RangeError);
  });
  test('every language with weekday names has all seven, distinct', () => {
    for (const lang of LANGS) {
      const names = [1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName(lang, d));
      expect(new Set(names).size, lang).toBe(7);
    }
  });
  test('ranges', () => {
    expect(weekdayRange('nb', 1, 5)).toBe('mandag–fredag');
    expect(weekdayRange('nb', 6, 6)).toBe('lørdag');
  });
});

describe('scheduleLines', () => {
  test('joins consecutive days with the same hours', () => {
    const spans = [
      { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '15:00' },
      { days: [6], opens: '10:00', closes: '14:00' },
    ];
    expect(scheduleLines('nb', spans)).toEqual(['mandag–fredag 09.00–15.00', 'lørdag 10.00–14.00']);
    expect(scheduleLines('en', spans, 'short')).toEqual(['Mon–Fri 09:00–15:00', 'Sat 10:00–14:00']);
  });
  test('a gap splits the days', () => {
    const spans = [{ days: [1, 3], opens: '18:00', closes: '22:00' }];
    expect(scheduleLines('nb', spans)).toEqual(['mandag 18.00–22.00', 'onsdag 18.00–22.00']);
  });
});

describe('openStateText', () => {
  test('24/7, open with closing time, closed with reopening today or another day, unknown', () => {
    expect(openStateText('nb', { open: true, always: true }, 1).status).toBe('Døgnåpent');
    expect(openStateText('nb', { open: true, always: false, closesAt: '15:00' }, 1)).toEqual({ status: 'Åpent nå', detail: 'Stenger kl. 15.00' });
    expect(openStateText('nb', { open: false, always: false, opensAt: { day: 2, time: '09:00' } }, 2)).toEqual({ status: 'Stengt nå', detail: 'Åpner kl. 09.00' });
    expect(openStateText('nb', { open: false, always: false, opensAt: { day: 1, time: '09:00' } }, 5).detail).toBe('Åpner mandag kl. 09.00');
    expect(openStateText('en', { open: false, always: false, opensAt: { day: 1, time: '09:00' } }, 5).detail).toBe('Opens Monday at 09:00');
    expect(openStateText('nb', { open: null, always: false }, 1).status).toBe('Åpningstid er ikke kjent');
  });
  test('Northern Sami uses its own words; a language falls back to Norwegian for what is not translated', () => {
    expect(openStateText('se', { open: true, always: false }, 1).status).toBe('Rabas dál');
    expect(openStateText('se', { open: true, always: false, closesAt: '16:00' }, 1).detail).toBe('Giddejuvvo dii. 16.00');
    expect(withoutKeys('smj', 'i18n', ['hours.closesAt'], () => openStateText('smj', { open: true, always: false, closesAt: '16:00' }, 1).detail)).toBe('Stenger kl. 16.00');
  });
});

describe('plurals and languages', () => {
  test('plural categories per language come from CLDR', () => {
    expect(pluralCategoriesFor('se')).toEqual(['one', 'two', 'other']);
    expect(pluralCategoriesFor('sma')).toEqual(['one', 'two', 'other']);
    expect(pluralCategoriesFor('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategoriesFor('pl')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategoriesFor('nb')).toEqual(['one', 'other']);
  });
  test('i18next picks the forms pluralCategoriesFor names (Sami dual, Arabic, Polish)', async () => {
    const inst = i18next.createInstance();
    const forms = (lang: string) => Object.fromEntries(pluralCategoriesFor(lang).map((c) => [`n_${c}`, `${c}:{{count}}`]));
    await inst.init({ lng: 'se', fallbackLng: 'nb', showSupportNotice: false, resources: { se: { translation: forms('se') }, ar: { translation: forms('ar') }, pl: { translation: forms('pl') } } });
    expect([1, 2, 3].map((count) => inst.t('n', { count }))).toEqual(['one:1', 'two:2', 'other:3']);
    expect([0, 1, 2, 5, 11, 100].map((count) => inst.t('n', { lng: 'ar', count }))).toEqual(['zero:0', 'one:1', 'two:2', 'few:5', 'many:11', 'other:100']);
    expect([1, 3, 5].map((count) => inst.t('n', { lng: 'pl', count }))).toEqual(['one:1', 'few:3', 'many:5']);
  });
  test('language order: every language once, Norwegian first, Sami before the rest, endonyms', () => {
    const order = languageOrder();
    expect(order.map((l) => l.code)).toHaveLength(LANGS.length);
    expect(new Set(order.map((l) => l.code)).size).toBe(LANGS.length);
    expect(order.slice(0, 5).map((l) => l.code)).toEqual(['nb', 'nn', 'se', 'smj', 'sma']);
    expect(order.find((l) => l.code === 'ar')?.endonym).toBe('العربية');
    expect(order.find((l) => l.code === 'ar')?.dir).toBe('rtl');
  });
  test('review status: nb is reviewed, Sami is draft', () => {
    expect(reviewStatus('nb')).toBe('reviewed');
    expect(isDraft('se')).toBe(true);
    expect(isDraft('nb')).toBe(false);
    const status = JSON.parse(readFileSync('locales/status.json', 'utf8')) as Record<string, string>;
    expect(Object.keys(status).sort()).toEqual([...LANGS].sort());
  });
});
