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
