import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, isPhoneLike, normalizeForNumbers } from '../../../scripts/data/numbers.ts';

const digits = (text: string, allowed: string[] = []): string[] => findPhoneNumbers(text, new Set(allowed)).map((n) => n.digits);

describe('phone-number detector', () => {
  it('finds Norwegian numbers however they are grouped', () => {
    expect(digits('Kvinner: 70 16 33 33 / 945 39 945; menn: 90 70 74 33')).toEqual(['70163333', '94539945', '90707433']);
    expect(digits('Tlf. 778 45 260')).toEqual(['77845260']);
    expect(digits('ring 22400040 eller 224 00 040')).toEqual(['22400040', '22400040']);
    expect(digits('Hjelpetelefonen 800 57000')).toEqual(['80057000']);
    expect(digits('22-40-00-40 og 22.40.00.40')).toEqual(['22400040', '22400040']);
    expect(digits('ring 116 006 eller 116006')).toEqual(['116006', '116006']);
    expect(digits('politiet på 02800')).toEqual(['02800']);
  });

  it('finds the national part of a number with a country code', () => {
    expect(digits('UD: +47 23 95 00 00')).toHaveLength(1);
    expect(digits('UD: +47 23 95 00 00', ['23950000'])).toEqual([]);
  });

  it('leaves years, dates, times, ranges and counts alone', () => {
    for (const text of [
      'publisert 2024', 'fra 2019 til 2021', 'tall for 2021: 43 krisesentre', 'Sunnmørsposten 28.11.2017',
      'oppdatert 2021-09-15', 'kl. 09.00–15.00', 'kl. 09–15', '16.15-22.45 (lørdag til 23.45)', '22.00-23.00',
      'I 2020 besvarte vi 200 000 anrop', 'over 23.000 samtaler', '81.512 telefonsamtaler', '12,5 millioner kroner',
      'plan-64 og nsk-6', '1412 for hørselshemmede', 'åpnet 31.10.06', 'Ot.prp. nr. 96 (2008-2009)', 'ring 112, 113 eller 110',
    ]) {
      expect(digits(text), text).toEqual([]);
    }
  });

  it('does not let a year join a number next to it', () => {
    expect(digits('2017 22 40 00 40')).toEqual(['22400040']);
    expect(digits('i 2021 43 12')).toEqual([]);
  });

  it('allowed (certain) numbers are consumed first and never reported', () => {
    expect(digits('Kirkens SOS: 22 40 00 40, soschat.no', ['22400040'])).toEqual([]);
    expect(digits('116 123 og 116 006', ['116006'])).toEqual(['116123']);
  });

  it('reads non-breaking and thin spaces, and strips bidi marks and zero-width characters', () => {
    expect(digits('70\u00A016\u00A033\u00A033')).toEqual(['70163333']);
    expect(digits('70\u202F16\u202F33\u202F33')).toEqual(['70163333']);
    expect(digits('70\u200916\u200933\u200933')).toEqual(['70163333']);
    expect(digits('\u200F70 16\u200B 33 33\u200E')).toEqual(['70163333']);
    expect(digits('\u2066945 39 945\u2069')).toEqual(['94539945']);
    expect(digits('70 16\u00AD 33 33')).toEqual(['70163333']);
  });

  it('reads Arabic-Indic, Persian, Devanagari and fullwidth digits', () => {
    expect(digits('اتصل على ٧٠ ١٦ ٣٣ ٣٣')).toEqual(['70163333']);
    expect(digits('تماس: ۹۴۵ ۳۹ ۹۴۵')).toEqual(['94539945']);
    expect(digits('९० ७० ७४ ३३')).toEqual(['90707433']);
    expect(digits('７０１６３３３３')).toEqual(['70163333']);
    expect(digits('١١٦ ٠٠٦', ['116006'])).toEqual([]);
    expect(normalizeForNumbers('٢٠٢٤ ۱۴۰۳')).toBe('2024 1403');
  });

  it('an en dash or other punctuation breaks a number, so ranges are not joined', () => {
    expect(digits('70 16–33 33')).toEqual([]);
    expect(digits('22 40/00 40')).toEqual([]);
    expect(digits('22 40 - 00 40')).toEqual([]);
  });

  it('survives huge and odd input', () => {
    expect(digits('9'.repeat(100_000))).toEqual([]);
    expect(digits('1 '.repeat(5000))).toEqual([]);
    expect(digits('')).toEqual([]);
    expect(digits('\uD800 70 16 33 33')).toEqual(['70163333']);
  });

  it('knows which digit strings are dialled like phone numbers', () => {
    for (const d of ['22400040', '94539945', '80057000', '116006', '116111', '02800']) expect(isPhoneLike(d), d).toBe(true);
    for (const d of ['112', '1412', '2024', '12345678', '123456', '117006', '12800', '224000401']) expect(isPhoneLike(d), d).toBe(false);
  });
});
