import { describe, expect, it } from 'vitest';
import {
  durationError,
  fundingGap,
  gapsByYear,
  requestedDeadlineFor,
  strictlyNecessaryFlag,
  timelinessOf,
  yearsNeeded,
} from './rules.js';

describe('the cap per request (Art 3(3): four years; Art 4(5): five)', () => {
  it.each([
    [3, 4, null],
    [3, 5, 'extensions:errors.durationCap3'],
    [4, 5, null],
    [4, 6, 'extensions:errors.durationCap4'],
    [4, 1, null],
    [4, 0, 'extensions:errors.durationWhole'],
    [3, 2.5, 'extensions:errors.durationWhole'],
    [4, null, null],
  ] as const)('Article %i, %s years → %s', (article, years, expected) => {
    expect(durationError(article, years)).toBe(expected);
  });
});

describe('the requested deadline', () => {
  it.each([
    ['2026-05-01', 3, '2029-05-01'],
    ['2026', 2, '2028-12-31'],
    [null, 2, null],
    ['2026-05-01', null, null],
  ] as const)('%s + %s years → %s', (current, years, expected) => {
    expect(requestedDeadlineFor(current, years)).toBe(expected);
  });
});

const basis = (expected: string | null, deadline: string | null = '2026-05-01') => ({
  deadline,
  expected,
  rateMean: 100_000,
  remaining: 1_300_000,
  remainingYear: 2024,
  status: 'off_track',
});

describe('"not exceeding the number of years strictly necessary"', () => {
  it.each([
    // Expected completion before the deadline: no year is needed.
    [basis('2026-01-01'), 0],
    [basis('2026-05-01'), 0],
    [basis('2026-05-02'), 1],
    [basis('2029-05-01'), 3],
    [basis('2029-05-02'), 4],
    // No expected completion (no progress, not enough data): nothing to compare.
    [basis(null), null],
    [basis('2029-01-01', null), null],
  ])('%o needs %s years', (b, needed) => {
    expect(yearsNeeded(b)).toBe(needed);
  });

  it.each([
    [5, basis('2029-05-01'), { requested: 5, needed: 3 }],
    [3, basis('2029-05-01'), null],
    [2, basis('2029-05-01'), null],
    [5, basis(null), null],
    [null, basis('2029-05-01'), null],
    [5, null, null],
  ])('%s years against %o → %o', (years, b, expected) => {
    const flag = strictlyNecessaryFlag(years, b);
    if (expected === null) expect(flag).toBeNull();
    else expect(flag).toMatchObject({ ...expected, basis: b });
  });
});

describe('the funding gap of a plan year', () => {
  it.each([
    [{ cost: 1000, nationalFunding: 200, externalFunding: 300 }, 500],
    [{ cost: 1000, nationalFunding: 600, externalFunding: 600 }, -200],
    [{ cost: 1000, nationalFunding: 0, externalFunding: 0 }, 1000],
    // Not stated is not zero: the gap is unknown.
    [{ cost: 1000, nationalFunding: null, externalFunding: 0 }, null],
    [{ cost: null, nationalFunding: 0, externalFunding: 0 }, null],
  ])('%o → %s', (row, gap) => {
    expect(fundingGap(row)).toBe(gap);
  });

  it('sums gaps per year and currency, leaving out covered and unknown ones', () => {
    expect(
      gapsByYear([
        { year: 2027, currency: 'USD', cost: 1000, nationalFunding: 100, externalFunding: 100 },
        { year: 2027, currency: 'USD', cost: 500, nationalFunding: 0, externalFunding: 0 },
        { year: 2027, currency: 'EUR', cost: 300, nationalFunding: 0, externalFunding: 0 },
        { year: 2026, currency: 'USD', cost: 100, nationalFunding: 100, externalFunding: 0 },
        { year: 2028, currency: 'USD', cost: 100, nationalFunding: null, externalFunding: 0 },
        { year: 2028, currency: null, cost: 100, nationalFunding: 0, externalFunding: 0 },
      ]),
    ).toEqual([
      { year: 2027, currency: 'EUR', gap: 300 },
      { year: 2027, currency: 'USD', gap: 1300 },
    ]);
  });
});

describe('timeliness: nine months before the meeting that considers it (Art 3(5), Art 4(6))', () => {
  const meetings = [
    { code: '13MSP', title: 'Thirteenth MSP', kind: 'msp', startsOn: '2025-09-16' },
    { code: 'IM2025', title: 'Intersessional', kind: 'intersessional', startsOn: '2025-05-10' },
    { code: '14MSP', title: 'Fourteenth MSP', kind: 'msp', startsOn: '2026-09-14' },
    { code: 'X', title: 'No date', kind: 'msp', startsOn: null },
  ];
  it.each([
    [4, '2024-12-01', '13MSP', '2024-12-16', true, 'Art 4(6)'],
    [4, '2024-12-16', '13MSP', '2024-12-16', true, 'Art 4(6)'],
    [4, '2025-01-15', '13MSP', '2024-12-16', false, 'Art 4(6)'],
    [3, '2025-09-16', '14MSP', '2025-12-14', true, 'Art 3(5)'],
    [3, '2026-10-01', null, null, null, 'Art 3(5)'],
  ] as const)(
    'Article %i submitted %s → %s by %s, timely %s',
    (article, day, code, submitBy, timely, rule) => {
      const r = timelinessOf(article, day, meetings);
      expect(r.meeting?.code ?? null).toBe(code);
      expect(r.submitBy).toBe(submitBy);
      expect(r.timely).toBe(timely);
      expect(r.rule).toBe(rule);
    },
  );
});
