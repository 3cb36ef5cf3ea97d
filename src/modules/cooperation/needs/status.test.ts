import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  effectiveStatus,
  isPubliclyVisible,
  lapsesOnOf,
  type StatusFacts,
} from './status.js';

describe('calendar arithmetic on ISO days', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-11-23', 12, '2026-11-23'],
  ])('%s plus %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it.each([
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('%s plus %i day is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each([
    ['2025-01-31', '2026-02-01'],
    ['2024-02-29', '2025-03-01'],
    ['2025-11-23', '2026-11-24'],
  ])('confirmed on %s lapses on %s', (confirmed, lapses) => {
    expect(lapsesOnOf(confirmed)).toBe(lapses);
  });

  it('refuses what is not an ISO day', () => {
    expect(() => addMonths('31/01/2025', 1)).toThrow();
  });
});

describe('effective status', () => {
  const open: StatusFacts = {
    storedStatus: 'open',
    lastConfirmedOn: '2025-11-23',
    latestAnnualReceivedOn: null,
  };
  it.each<[string, StatusFacts, string, string, string | null]>([
    ['open, confirmed this year', open, '2026-05-01', 'open', null],
    ['open on its last valid day', open, '2026-11-23', 'open', null],
    ['open the day after: lapsed', open, '2026-11-24', 'lapsed', 'expired'],
    ['partly met runs out too', { ...open, storedStatus: 'partly_met' }, '2027-01-01', 'lapsed', 'expired'],
    ['met never lapses', { ...open, storedStatus: 'met' }, '2030-01-01', 'met', null],
    ['withdrawn stays withdrawn', { ...open, storedStatus: 'withdrawn' }, '2030-01-01', 'withdrawn', null],
    [
      'a later annual report left it out',
      { ...open, latestAnnualReceivedOn: '2026-04-30' },
      '2026-05-01',
      'lapsed',
      'left_out',
    ],
    [
      'the report that confirmed it is the latest',
      { ...open, latestAnnualReceivedOn: '2025-11-23' },
      '2026-05-01',
      'open',
      null,
    ],
    [
      'reconfirmed after the latest annual report',
      { ...open, latestAnnualReceivedOn: '2025-04-30' },
      '2026-05-01',
      'open',
      null,
    ],
    [
      'met, even if left out',
      { ...open, storedStatus: 'met', latestAnnualReceivedOn: '2026-04-30' },
      '2026-05-01',
      'met',
      null,
    ],
  ])('%s', (_name, facts, today, status, reason) => {
    const s = effectiveStatus(facts, today);
    expect(s.status).toBe(status);
    expect(s.lapseReason).toBe(reason);
    expect(s.lapsesOn).toBe(lapsesOnOf(facts.lastConfirmedOn));
  });

  it.each([
    [true, 'open', true],
    [true, 'partly_met', true],
    [true, 'met', true],
    [true, 'lapsed', false],
    [true, 'withdrawn', false],
    [false, 'open', false],
  ] as const)('public %s and %s: visible %s', (isPublic, status, visible) => {
    expect(isPubliclyVisible({ isPublic, status })).toBe(visible);
  });
});
