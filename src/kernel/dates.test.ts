import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  comparePartialDates,
  daysBetween,
  daysInMonth,
  earliestDay,
  isFullDate,
  isoDateField,
  isValidPartialDate,
  latestDay,
  partialDatePrecision,
} from './dates.js';

describe('calendar arithmetic on ISO days', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-01-31', 2, '2024-03-31'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2025-01-31', 0, '2025-01-31'],
  ])('%s plus %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-01-31', 10, '2035-01-31'],
  ])('%s plus %i years is %s', (day, years, expected) => {
    expect(addYears(day, years)).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2023-08-01', 180, '2024-01-28'],
  ])('%s plus %i days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each([
    ['2024-01-31', '2024-02-29', 29],
    ['2024-02-29', '2024-01-31', -29],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-31', '2025-01-31', 0],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2025, 1, 31],
    [2025, 4, 30],
  ])('%i-%i has %i days', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));

  it('refuses what is not a real ISO day', () => {
    expect(() => addMonths('31/01/2025', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01', '2025-02-01')).toThrow(RangeError);
  });
});

describe('partial dates', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31', 'year'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2023-02', '2023-02-01', '2023-02-28', 'month'],
    ['2025-01-31', '2025-01-31', '2025-01-31', 'day'],
  ])('%s runs from %s to %s (%s)', (d, first, last, precision) => {
    expect(earliestDay(d)).toBe(first);
    expect(latestDay(d)).toBe(last);
    expect(partialDatePrecision(d)).toBe(precision);
  });

  it.each([
    ['2024-02-29', true, true],
    ['2023-02-29', false, false],
    ['2025-01-31', true, true],
    ['2025-04-31', false, false],
    ['2025-13', false, false],
    ['2025-12', true, false],
    ['2025', true, false],
    ['25-01-01', false, false],
  ])('%s: partial %s, full %s', (d, partial, full) => {
    expect(isValidPartialDate(d)).toBe(partial);
    expect(isFullDate(d)).toBe(full);
  });

  it('orders by the earliest day, the fuller date first on a tie', () => {
    expect(['2026', '2026-01', '2025-12-31', '2026-01-01'].sort(comparePartialDates)).toEqual([
      '2025-12-31',
      '2026-01-01',
      '2026-01',
      '2026',
    ]);
  });
});

describe('isoDateField', () => {
  it.each([
    ['2024-02-29', true],
    [' 2025-01-31 ', true],
    ['2023-02-29', false],
    ['2025-01-32', false],
    ['31/01/2025', false],
  ])('%s valid: %s', (v, ok) => {
    const r = isoDateField().safeParse(v);
    expect(r.success).toBe(ok);
    if (!r.success) expect(r.error.issues[0]?.message).toBe('errors:date');
  });

  it('names the missing value with the key given', () => {
    expect(isoDateField('errors:required').safeParse(undefined).error?.issues[0]?.message).toBe(
      'errors:required',
    );
  });
});
