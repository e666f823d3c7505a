import { describe, expect, it } from 'vitest';
import { ageBucket, allowedConfidence, exceedsAllowed, newestSource, publishedEnd, publishedYear, strongestKind } from '../../../src/catalog/sources.ts';
import type { Source, SourceKind } from '../../../src/catalog/types.ts';

const src = (kind: SourceKind, published: string, confirmed?: string): Source => ({
  url: 'https://example.no/', kind, published, retrieved: '2026-11-21', ...(confirmed ? { confirmed } : {}), fact: 'x',
});

describe('publication dates', () => {
  it('reads a year, a month or a day as its latest possible day', () => {
    expect(publishedEnd('2024')).toBe('2024-12-31');
    expect(publishedEnd('2024-02')).toBe('2024-02-29');
    expect(publishedEnd('2023-02')).toBe('2023-02-28');
    expect(publishedEnd('2021-09-15')).toBe('2021-09-15');
  });

  it('gives no date for undated or malformed values', () => {
    for (const bad of ['udatert', '', 'ca. 2020', '2024-13', '2024-00', '2024-02-30', '24', '2024-1', ' 2024', '2024 ', '２０２４', '٢٠٢٤']) {
      expect(publishedEnd(bad), bad).toBeNull();
    }
    expect(publishedYear('udatert')).toBeNull();
    expect(publishedYear('2019-05')).toBe(2019);
  });
});

describe('the confidence rule', () => {
  it('allows high for a source published 2023 or later, of any kind', () => {
    expect(allowedConfidence([src('media', '2023-01')])).toBe('high');
    expect(allowedConfidence([src('third-party', '2025')])).toBe('high');
  });

  it("allows high for the service's own page, dated or not", () => {
    expect(allowedConfidence([src('service', 'udatert')])).toBe('high');
    expect(allowedConfidence([src('service', '2017')])).toBe('high');
  });

  it('allows medium for a public page from 2020, or an undated public page someone confirmed', () => {
    expect(allowedConfidence([src('public', '2020')])).toBe('medium');
    expect(allowedConfidence([src('public', '2022-12-31')])).toBe('medium');
    expect(allowedConfidence([src('public', 'udatert', '2026-12-04')])).toBe('medium');
  });

  it('allows only low for old, non-public or unconfirmed undated sources', () => {
    expect(allowedConfidence([src('public', '2019-12-31')])).toBe('low');
    expect(allowedConfidence([src('public', 'udatert')])).toBe('low');
    expect(allowedConfidence([src('media', '2022-12')])).toBe('low');
    expect(allowedConfidence([src('third-party', '2020'), src('media', '2021-11')])).toBe('low');
    expect(allowedConfidence([src('media', 'udatert', '2026-12-04')])).toBe('low');
    expect(allowedConfidence([])).toBe('low');
  });

  it('takes the strongest of several sources', () => {
    expect(allowedConfidence([src('media', '2018'), src('public', '2021')])).toBe('medium');
    expect(allowedConfidence([src('public', '2021'), src('media', '2024-01')])).toBe('high');
  });

  it('a malformed publication date counts as undated, never as new', () => {
    expect(allowedConfidence([src('public', '2099x')])).toBe('low');
    expect(allowedConfidence([src('media', 'ca. 2024')])).toBe('low');
  });

  it('flags a claim above what the sources allow, and accepts one at or below it', () => {
    expect(exceedsAllowed('high', [src('public', '2021')])).toBe(true);
    expect(exceedsAllowed('medium', [src('media', '2020')])).toBe(true);
    expect(exceedsAllowed('medium', [src('public', '2021')])).toBe(false);
    expect(exceedsAllowed('low', [])).toBe(false);
    expect(exceedsAllowed('medium', [src('service', 'udatert')])).toBe(false);
  });
});

describe('age of a fact', () => {
  const ref = '2026-12-04';
  it('buckets by the newest source, measured from the catalogue date', () => {
    expect(ageBucket([src('media', '2026-01')], ref)).toBe('under1');
    expect(ageBucket([src('media', '2025-06')], ref)).toBe('1to2');
    expect(ageBucket([src('media', '2024-12-04')], ref)).toBe('over2');
    expect(ageBucket([src('media', '2024-12-05')], ref)).toBe('1to2');
    expect(ageBucket([src('media', '2017'), src('public', '2025-06')], ref)).toBe('1to2');
    expect(ageBucket([src('media', '2017'), src('public', '2025')], ref)).toBe('under1');
  });

  it('a year counts until its last day, so 2024 is not yet two years old on 4 December 2026', () => {
    expect(ageBucket([src('public', '2024')], ref)).toBe('1to2');
    expect(ageBucket([src('public', '2023')], ref)).toBe('over2');
  });

  it('is undated only when every source is', () => {
    expect(ageBucket([src('public', 'udatert')], ref)).toBe('undated');
    expect(ageBucket([src('public', 'udatert'), src('media', '2018')], ref)).toBe('over2');
    expect(ageBucket([], ref)).toBe('undated');
  });

  it('handles 29 February as the catalogue date', () => {
    expect(ageBucket([src('public', '2026-02-28')], '2028-02-29')).toBe('over2');
    expect(ageBucket([src('public', '2026-03-01')], '2028-02-29')).toBe('1to2');
  });

  it('names the newest source and the strongest kind', () => {
    const a = src('media', '2019'), b = src('public', '2021'), c = src('third-party', 'udatert');
    expect(newestSource([a, c, b])).toBe(b);
    expect(newestSource([c])).toBe(c);
    expect(newestSource([])).toBeUndefined();
    expect(strongestKind([a, c])).toBe('media');
    expect(strongestKind([a, b, src('service', '2010')])).toBe('service');
    expect(strongestKind([])).toBe('third-party');
  });
});
