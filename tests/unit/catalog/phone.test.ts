import { describe, expect, it } from 'vitest';
import { isValidNorwegianNumber, normalizePhone, telHref } from '../../../src/catalog/phone.ts';

describe('normalizePhone', () => {
  it('keeps digits only and strips +47 / 0047', () => {
    expect(normalizePhone('112')).toBe('112');
    expect(normalizePhone('116 006')).toBe('116006');
    expect(normalizePhone('+47 22 40 00 40')).toBe('22400040');
    expect(normalizePhone('0047 22400040')).toBe('22400040');
    expect(normalizePhone('(+47) 22-40-00-40')).toBe('22400040');
    expect(normalizePhone('800.57.000')).toBe('80057000');
  });

  it('handles no-break and thin spaces, full-width, Arabic and Persian digits', () => {
    expect(normalizePhone('116\u00A0006')).toBe('116006');
    expect(normalizePhone('22\u202F40\u200700\u00A040')).toBe('22400040');
    expect(normalizePhone('１１６ ００６')).toBe('116006');
    expect(normalizePhone('١١٢')).toBe('112');
    expect(normalizePhone('۱۱۶۰۰۶')).toBe('116006');
  });

  it('keeps a foreign number with its country code', () => {
    expect(normalizePhone('+46 8 123 456 78')).toBe('+46812345678');
    expect(normalizePhone('0046 812345678')).toBe('+46812345678');
  });

  it('returns an empty string for garbage', () => {
    for (const bad of ['', ' ', 'abc', '112a', 'tel:112', '+47', '00', '+0123456789', '12', '123456789', '+', '--', '1'.repeat(1000), '📞112', null, undefined, 112, {}, []]) {
      expect(normalizePhone(bad), JSON.stringify(bad)).toBe('');
    }
  });
});

describe('telHref', () => {
  it('dials short numbers as they are and 8-digit numbers with +47', () => {
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('116006')).toBe('tel:116006');
    expect(telHref('22400040')).toBe('tel:+4722400040');
    expect(telHref('22 40 00 40')).toBe('tel:+4722400040');
    expect(telHref('+47 800 57 000')).toBe('tel:+4780057000');
    expect(telHref('+46812345678')).toBe('tel:+46812345678');
  });

  it('builds sms: links the same way', () => {
    expect(telHref('41716006', 'sms')).toBe('sms:+4741716006');
    expect(telHref('+47 22-40-00-40', 'sms')).toBe('sms:+4722400040');
  });

  it('gives no link for garbage', () => {
    expect(telHref('javascript:alert(1)', 'sms')).toBe('');
    expect(telHref('1; DROP TABLE', 'tel')).toBe('');
    expect(telHref('')).toBe('');
    expect(telHref('javascript:alert(1)')).toBe('');
    expect(telHref(null)).toBe('');
  });
});

describe('isValidNorwegianNumber', () => {
  it('accepts numbers that fit the Norwegian plan', () => {
    for (const ok of ['110', '112', '113', '116006', '116111', '116117', '22400040', '80057000', '91234567', '+47 22 40 00 40', '02800', '1412']) {
      expect(isValidNorwegianNumber(ok), ok).toBe(true);
    }
  });
  it('rejects the rest', () => {
    for (const bad of ['12345678', '01234567', '1234567', '2240004', '+46812345678', '999', '', 'abc', 116006]) {
      expect(isValidNorwegianNumber(bad), String(bad)).toBe(false);
    }
  });
});
