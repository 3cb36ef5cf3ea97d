import { describe, expect, it } from 'vitest';
import { type ReportContent, reportFacts } from '../reports/index.js';
import type { DeliveredReport, Snapshot, StateAtCensus } from './model.js';
import { findSummaryFigure, summaryFigures, summaryParagraphs } from './summary.js';
import { reportOf, snapshotOf, stateOf, window11MSP } from './testing.js';

/*
 * The figures seed 004 prints only in its summary, over a small snapshot: who is counted, who is
 * listed without being counted, and what stays unknown rather than 0.
 */

// A report on the given template version, received in the 11MSP window, with the forms given.
const report = (iso3: string, templateId: string, forms: ReportContent['forms']): DeliveredReport =>
  reportOf(iso3, {
    templateId,
    receivedOn: '2023-04-20',
    facts: reportFacts({ template: templateId, forms }),
  });

const snapshot = (states: StateAtCensus[], reports: DeliveredReport[]): Snapshot =>
  snapshotOf({ window: { ...window11MSP, meetingStartsOn: null }, states, reports });
const compute = (id: string, s: Snapshot) => findSummaryFigure(id)!.compute(s);
const counted = (f: ReturnType<typeof compute>) =>
  f.evidence
    .filter((e) => e.counted)
    .map((e) => e.iso3)
    .sort();

// PER and SVK hold stocks (Art 3); LBN and CHL have land to clear (Art 4) and LBN victims (Art 5);
// FIN is a signatory. PER, LBN and SVK answer the platform's questions; CHL reports on the 2010 forms.
const states = [
  stateOf('PER', { open: [3] }),
  stateOf('SVK', { open: [3] }),
  stateOf('LBN', { open: [4, 5] }),
  stateOf('CHL', { open: [4] }),
  stateOf('FIN', { status: 'signatory' }),
];
const reports = [
  report('PER', '2010-lap', {
    B: { status: 'changed', values: { art3OnTrack: 'yes', art3ExtensionIntended: 'no' } },
  }),
  report('SVK', '2010-lap', {
    B: { status: 'changed', values: { art3OnTrack: 'no', art3ExtensionIntended: 'yes' } },
  }),
  report('LBN', '2010-lap', {
    F: { status: 'changed', values: { art4OnTrack: 'yes', art4ExtensionIntended: 'partly' } },
    H: { status: 'changed', values: { victimAssistanceResourcesMobilised: 'yes' } },
    I: {
      status: 'changed',
      values: {
        nationalResources: [
          { area: 'art5', description: 'Rehabilitation centre', amount: 1000, currency: 'USD', year: 2022 },
        ],
      },
    },
  }),
  report('CHL', '2010', { F: { status: 'changed', values: { nationalStrategy: 'yes' } } }),
];
const s = snapshot(states, reports);

describe('the figures printed only in the summary', () => {
  it('are defined once each, with the paragraph of seed 004 they are printed with', () => {
    expect(summaryFigures.map((d) => d.id)).toEqual(Object.keys(summaryParagraphs));
    for (const d of summaryFigures) expect(d.action, d.id).toBe(0);
  });

  it.each([
    ['S3a', ['FIN'], 1],
    ['S25a', ['PER'], 1],
    ['S25b', ['SVK'], 1],
    ['S33a', ['LBN'], 1],
    ['S35a', [], 0],
    ['S44a', ['LBN'], 1],
    ['S44b', ['LBN'], 1],
  ])('%s counts %j', (id, iso3s, value) => {
    const f = compute(id, s);
    expect(counted(f)).toEqual(iso3s);
    expect(f.value).toBe(value);
    expect(f.noData).toBeNull();
  });

  it('lists a State of the population that was not asked, without counting it', () => {
    const f = compute('S33a', s);
    expect(f.evidence.map((e) => e.iso3).sort()).toEqual(['CHL', 'LBN']);
    expect(f.evidence.find((e) => e.iso3 === 'CHL')?.counted).toBe(false);
  });

  it('is unknown, never 0, when nobody in the population was asked or no record is kept', () => {
    const silent = snapshot(states, [reports[3]!]);
    for (const id of ['S25a', 'S33a', 'S44a']) {
      const f = compute(id, silent);
      expect(f.value, id).toBeNull();
      expect(f.noData, id).not.toBeNull();
    }
    expect(compute('S43a', s)).toMatchObject({ value: null, noData: 'noRecordKept' });
  });
});

describe('figures read from what States report beyond the template (device type, totals without a split)', () => {
  // Lao PDR's 2015 Form H row as keyed from the Monitor (reports/checks/fixtures/lao-pdr.ts): 42
  // casualties, 18 of them from submunitions. Lebanon's row (written for the test): every new casualty
  // from other remnants. Iraq's row gives no device. Afghanistan's row says nothing.
  const states2 = [
    stateOf('LAO', { open: [4, 5] }),
    stateOf('LBN', { open: [4, 5] }),
    stateOf('IRQ', { open: [4, 5] }),
    stateOf('AFG', { open: [5] }),
    stateOf('CHL', { open: [4] }),
  ];
  const victimsOf = (row: Record<string, string | number>) => ({
    H: { status: 'changed' as const, values: { victims: [{ category: 'new', ...row }] } },
  });
  const s2 = snapshot(states2, [
    report('LAO', '2010', {
      ...victimsOf({ killed: 8, injured: 34, submunitionCasualties: 18, otherRemnantCasualties: 24 }),
      G: {
        status: 'changed',
        values: {
          activities: [
            { activity: 'Teachers trained', totalReached: 1300 },
            { activity: 'Village sessions', women: 10, men: 5, girls: 3, boys: 2 },
          ],
        },
      },
    }),
    report('LBN', '2010', {
      ...victimsOf({ killed: 2, injured: 3, submunitionCasualties: 0, otherRemnantCasualties: 5 }),
      G: { status: 'changed', values: { activities: [{ activity: 'Schools', women: 2, totalReached: 7 }] } },
    }),
    report('IRQ', '2010', victimsOf({ killed: 1, injured: 1 })),
    report('AFG', '2010', victimsOf({})),
  ]);

  it.each([
    // Lebanon's five new casualties are all from other remnants: no new cluster munition victim.
    ['S45a', ['IRQ', 'LAO'], 2],
    ['S45b', ['LBN'], 1],
  ])('%s counts %j', (id, iso3s, value) => {
    const f = compute(id, s2);
    expect(counted(f)).toEqual(iso3s);
    expect(f.value).toBe(value);
    expect(f.denominator).toBe(4);
    // Afghanistan's row says nothing: listed, counted in neither.
    expect(f.evidence.find((e) => e.iso3 === 'AFG')?.counted).toBe(false);
  });

  it('S40a adds up the people reached, totals given without a sex and age split included', () => {
    const f = compute('S40a', s2);
    expect(f.unit).toBe('persons');
    expect(counted(f)).toEqual(['LAO', 'LBN']);
    expect(Object.fromEntries(f.evidence.filter((e) => e.counted).map((e) => [e.iso3, e.amount]))).toEqual({
      LAO: 1300 + 10 + 5 + 3 + 2,
      LBN: 7,
    });
    expect(f.value).toBe(1300 + 20 + 7);
  });

  it('is unknown, never 0, when no report gives the figure', () => {
    const silent = snapshot(states2, [report('AFG', '2010', victimsOf({}))]);
    for (const id of ['S40a', 'S45a', 'S45b']) {
      const f = compute(id, silent);
      expect(f.value, id).toBeNull();
      expect(f.noData, id).toBe('noReportedQuantity');
    }
  });
});
