import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../reports/index.js';
import { yearFigures } from './figures.js';
import {
  type Figure,
  projectRisk,
  type Quantity,
  type RiskInput,
  riskRank,
  type YearFigures,
} from './risk.js';
import { earlyWarning, type MeetingDate } from './warning.js';

const TODAY = '2026-11-23';

/** A report's figures for one year, by quantity: [remaining, done] (undefined: the report does not say). */
function year(
  y: number,
  figures: Partial<Record<Quantity, [number | undefined, number | undefined]>>,
  opts: { doneRepeated?: boolean; demonstration?: boolean } = {},
): YearFigures {
  const source = (form: string) => ({
    reportId: y,
    year: y,
    version: 1,
    demonstration: opts.demonstration ?? false,
    form,
    table: 'rows',
    field: null,
    rows: [1],
  });
  const fig = (quantity: Quantity, value: number | undefined): Figure | undefined =>
    value === undefined ? undefined : { quantity, value, source: source(quantity === 'area' ? 'F' : 'B') };
  const remaining: YearFigures['remaining'] = {};
  const done: YearFigures['done'] = {};
  for (const [q, [r, d]] of Object.entries(figures) as Array<[Quantity, [number?, number?]]>) {
    const rf = fig(q, r);
    const df = fig(q, d);
    if (rf) remaining[q] = rf;
    if (df) done[q] = df;
  }
  return {
    reportId: y,
    year: y,
    version: 1,
    demonstration: opts.demonstration ?? false,
    remaining,
    done,
    doneRepeated: opts.doneRepeated ?? false,
  };
}

const clearance = (deadline: string | null, ...years: YearFigures[]): RiskInput => ({
  article: 4,
  deadline,
  today: TODAY,
  years,
});

interface Row {
  name: string;
  input: RiskInput;
  status: string;
  missing?: unknown[];
  reasons?: string[];
  completion?: { earliest: string | null; expected: string | null; latest: string | null } | null;
  spread?: [number | null, number | null];
}

const steady = [
  year(2023, { area: [2_100_000, 500_000] }),
  year(2024, { area: [1_600_000, 500_000] }),
  year(2025, { area: [1_000_000, 600_000] }),
];

const rows: Row[] = [
  {
    name: 'clearance ending well before the deadline, at the worst rate too',
    input: clearance('2029-08-01', ...steady),
    status: 'on_track',
    reasons: ['latest_before_deadline'],
    // 1,000,000 m² from 31 Dec 2025: at 600,000 a year 1.67 years, at the mean 533,333 1.875 years
    // (a year and 320 days), at the lowest 500,000 two years.
    completion: { earliest: '2027-09-01', expected: '2027-11-16', latest: '2027-12-31' },
    spread: [500_000, 600_000],
  },
  {
    name: 'the expected day before the deadline, the worst rate after it: at risk',
    input: clearance('2027-12-01', ...steady),
    status: 'at_risk',
    reasons: ['expected_before_deadline'],
  },
  {
    name: 'the expected day after the deadline: off track, even though the best rate would make it',
    input: clearance('2027-10-01', ...steady),
    status: 'off_track',
    reasons: ['expected_after_deadline'],
  },
  {
    // Expected 16 November 2027: before the last day of "2027-11", after its first.
    name: 'a partial deadline counts to its last day',
    input: clearance('2027-11', ...steady),
    status: 'at_risk',
  },
  {
    name: 'remaining area grows (new areas found): no expected day, no latest day, off track',
    input: clearance(
      '2030-08-01',
      year(2023, { area: [1_000_000, 200_000] }),
      year(2024, { area: [1_500_000, 200_000] }),
      year(2025, { area: [2_000_000, 200_000] }),
    ),
    status: 'off_track',
    reasons: ['remaining_grew', 'no_progress'],
    // Only clearance without new finds could end it: that is the earliest day, shown as such.
    completion: { earliest: '2035-12-31', expected: null, latest: null },
  },
  {
    name: 'area found once but shrinking over the window: the net rate bounds the latest day',
    input: clearance(
      '2040-01-01',
      year(2023, { area: [1_000_000, 300_000] }),
      year(2024, { area: [1_200_000, 300_000] }),
      year(2025, { area: [800_000, 400_000] }),
    ),
    status: 'on_track',
    reasons: ['remaining_grew', 'latest_before_deadline'],
    // Net: (1,000,000 − 800,000) / 2 years = 100,000 a year → 8 years from 31 Dec 2025.
    completion: { earliest: '2027-12-31', expected: '2028-05-25', latest: '2033-12-31' },
  },
  {
    name: 'a single report: projected from one year, the spread one value',
    input: clearance('2030-08-01', year(2025, { area: [300_000, 100_000] })),
    status: 'on_track',
    reasons: ['single_report', 'latest_before_deadline'],
    completion: { earliest: '2028-12-31', expected: '2028-12-31', latest: '2028-12-31' },
    spread: [100_000, 100_000],
  },
  {
    name: 'no report at all',
    input: clearance('2030-08-01'),
    status: 'not_enough_data',
    missing: [{ what: 'reports' }],
  },
  {
    name: 'a remaining area but nothing cleared reported: the rate is missing',
    input: clearance(
      '2030-08-01',
      year(2024, { area: [300_000, undefined] }),
      year(2025, { area: [300_000, undefined] }),
    ),
    status: 'not_enough_data',
    missing: [{ what: 'rate', quantity: 'area' }],
  },
  {
    name: 'clearance reported but no remaining area: the remaining figure is missing',
    input: clearance('2030-08-01', year(2025, { area: [undefined, 100_000] })),
    status: 'not_enough_data',
    missing: [{ what: 'remaining', quantity: null }],
  },
  {
    name: 'no deadline known',
    input: clearance(null, ...steady),
    status: 'not_enough_data',
    missing: [{ what: 'deadline' }],
  },
  {
    name: 'a form marked unchanged repeats last year: its clearance is not counted again',
    input: clearance('2030-08-01', year(2025, { area: [300_000, 100_000] }, { doneRepeated: true })),
    status: 'not_enough_data',
    missing: [{ what: 'rate', quantity: 'area' }],
    reasons: ['single_report', 'repeated_form_not_counted'],
  },
  {
    name: 'nothing cleared in any year of the window: no progress',
    input: clearance('2030-08-01', year(2024, { area: [300_000, 0] }), year(2025, { area: [300_000, 0] })),
    status: 'off_track',
    reasons: ['no_progress'],
    completion: { earliest: null, expected: null, latest: null },
  },
  {
    name: 'nothing remains: on track, completion to be declared',
    input: clearance('2030-08-01', year(2025, { area: [0, 50_000] })),
    status: 'on_track',
    reasons: ['single_report', 'nothing_remaining'],
    completion: null,
  },
  {
    name: 'the deadline has passed with area remaining',
    input: clearance('2026-08-01', ...steady),
    status: 'off_track',
    reasons: ['deadline_passed'],
  },
  {
    name: 'only the last three reports count',
    input: clearance('2029-08-01', year(2021, { area: [9_000_000, 1] }), ...steady),
    status: 'on_track',
    spread: [500_000, 600_000],
  },
  {
    name: 'stockpiles: the submunitions, destroyed more slowly, bind',
    input: {
      article: 3,
      deadline: '2027-08-01',
      today: TODAY,
      years: [
        year(2024, { munitions: [200, 100], submunitions: [20_000, 5_000] }),
        year(2025, { munitions: [100, 100], submunitions: [15_000, 5_000] }),
      ],
    },
    status: 'off_track',
    // Munitions end in 2026; 15,000 submunitions at 5,000 a year take three years, to the end of 2028.
    completion: { earliest: '2028-12-31', expected: '2028-12-31', latest: '2028-12-31' },
    reasons: ['expected_after_deadline'],
  },
  {
    name: 'stockpiles: submunitions held but none destroyed: that rate is missing',
    input: {
      article: 3,
      deadline: '2027-08-01',
      today: TODAY,
      years: [year(2025, { munitions: [100, 100], submunitions: [15_000, undefined] })],
    },
    status: 'not_enough_data',
    missing: [{ what: 'rate', quantity: 'submunitions' }],
  },
];

describe('projectRisk', () => {
  it.each(rows)('$name', (row) => {
    const p = projectRisk(row.input);
    expect(p.status).toBe(row.status);
    expect(p.missing).toEqual(row.missing ?? []);
    if (row.reasons) expect(p.reasons).toEqual(row.reasons);
    if (row.completion !== undefined) expect(p.completion).toEqual(row.completion);
    if (row.spread) {
      const q = p.quantities.find((x) => x.quantity === 'area');
      expect([q?.rateLow, q?.rateHigh]).toEqual(row.spread);
    }
    // Every projection names the reports it read, and a figure it rests on names its report and row.
    for (const q of p.quantities) {
      expect(p.reports.map((r) => r.year)).toContain(q.remaining.source.year);
      for (const r of q.rates) expect(r.figure.source.rows.length).toBeGreaterThan(0);
    }
  });

  it('marks projections that rest on demonstration reports', () => {
    const p = projectRisk(clearance('2030-01-01', year(2025, { area: [1, 1] }, { demonstration: true })));
    expect(p.includesDemonstrationData).toBe(true);
    expect(projectRisk(clearance('2030-01-01', ...steady)).includesDemonstrationData).toBe(false);
  });

  it('ranks off track first and on track last', () => {
    const ranked = rows
      .map((r) => projectRisk(r.input))
      .sort((a, b) => riskRank(a) - riskRank(b))
      .map((p) => p.status);
    expect(ranked.indexOf('on_track')).toBeGreaterThan(ranked.lastIndexOf('off_track'));
    expect(ranked.lastIndexOf('at_risk')).toBeLessThan(ranked.indexOf('not_enough_data'));
  });
});

describe('earlyWarning', () => {
  const offTrack = (deadline: string) => projectRisk(clearance(deadline, ...steady));
  const meetings: MeetingDate[] = [
    { code: '13MSP', title: '13MSP', kind: 'msp', startsOn: '2025-09-16' },
    { code: '14MSP', title: '14MSP', kind: 'msp', startsOn: '2027-09-06' },
    { code: 'WS', title: 'Workshop', kind: 'workshop', startsOn: '2027-10-01' },
    { code: '15MSP', title: '15MSP', kind: 'msp', startsOn: null },
  ];

  it.each([
    // Off track, deadline in 11 months: the last MSP before it that the calendar holds, nine months earlier.
    [
      '2027-10-01',
      'msp',
      { meeting: '14MSP', submitBy: '2026-12-06', submitByPassed: false, rule: 'Art 4(6)' },
    ],
    // No MSP between today and the deadline in the calendar: the meeting is not known, no day invented.
    ['2027-08-01', 'msp', { meeting: null, submitBy: null, submitByPassed: false, rule: 'Art 4(6)' }],
  ] as const)('deadline %s', (deadline, _kind, expected) => {
    const w = earlyWarning(offTrack(deadline), TODAY, meetings);
    expect(w).not.toBeNull();
    expect({
      meeting: w?.meeting?.code ?? null,
      submitBy: w?.submitBy,
      submitByPassed: w?.submitByPassed,
      rule: w?.rule,
    }).toEqual(expected);
  });

  it('a submission day already passed is said so', () => {
    const w = earlyWarning(offTrack('2027-10-01'), '2027-01-10', meetings);
    expect(w?.submitByPassed).toBe(true);
  });

  it('Article 3 cites Art 3(5)', () => {
    const p = projectRisk({
      article: 3,
      deadline: '2027-10-01',
      today: TODAY,
      years: [year(2025, { munitions: [1_000, 10] })],
    });
    expect(p.status).toBe('off_track');
    expect(earlyWarning(p, TODAY, meetings)?.rule).toBe('Art 3(5)');
  });

  it('gives no warning when on track, at risk, or the deadline is more than 24 months away or passed', () => {
    expect(earlyWarning(projectRisk(clearance('2029-08-01', ...steady)), TODAY, meetings)).toBeNull();
    expect(earlyWarning(projectRisk(clearance('2027-12-01', ...steady)), TODAY, meetings)).toBeNull();
    const far = projectRisk(clearance('2029-01-01', year(2025, { area: [10_000_000, 100] })));
    expect(far.status).toBe('off_track');
    expect(earlyWarning(far, TODAY, meetings)).toBeNull();
    expect(earlyWarning(offTrack('2026-08-01'), TODAY, meetings)).toBeNull();
  });
});

describe('yearFigures reads a report through the content adapter', () => {
  const report = (content: ReportContent) => ({
    reportId: 7,
    year: 2025,
    version: 2,
    demonstration: false,
    content,
  });

  it('takes the total remaining area of Form F and adds up the areas cleared', () => {
    const f = yearFigures(
      4,
      report({
        template: '2010',
        forms: {
          F: {
            status: 'changed',
            values: {
              contaminatedAreas: [{ location: 'North', area: 900_000 }],
              clearedInPeriod: [
                { location: 'North', area: 25_000 },
                { location: 'South' },
                { location: 'East', area: 5_000 },
              ],
              totalRemainingArea: 1_200_000,
            },
          },
        },
      }),
    );
    expect(f.remaining.area).toMatchObject({
      value: 1_200_000,
      source: { form: 'F', field: 'remainingContaminatedArea' },
    });
    expect(f.done.area).toMatchObject({
      value: 30_000,
      source: { form: 'F', table: 'clearedInPeriod', rows: [1, 3], version: 2 },
    });
    expect(f.doneRepeated).toBe(false);
  });

  it('without the total, adds up the contaminated areas; an unchanged form repeats last year', () => {
    const f = yearFigures(
      4,
      report({
        template: '2010',
        forms: {
          F: {
            status: 'unchanged',
            values: {
              contaminatedAreas: [
                { location: 'North', area: 900_000 },
                { location: 'South', area: 100_000 },
              ],
            },
          },
        },
      }),
    );
    expect(f.remaining.area).toMatchObject({
      value: 1_000_000,
      source: { table: 'contaminatedAreas', rows: [1, 2] },
    });
    expect(f.done.area).toBeUndefined();
    expect(f.doneRepeated).toBe(true);
  });

  it('reads stocks and destruction of Form B apart for munitions and submunitions; an empty table says nothing', () => {
    const f = yearFigures(
      3,
      report({
        template: '2010',
        forms: {
          B: {
            status: 'changed',
            values: {
              stockpiles: [{ type: 'M26', munitions: 10, submunitions: 6_440 }],
              destroyed: [],
            },
          },
        },
      }),
    );
    expect(f.remaining.munitions?.value).toBe(10);
    expect(f.remaining.submunitions?.value).toBe(6_440);
    expect(f.done).toEqual({});
  });
});
