import { describe, expect, it } from 'vitest';
import { type ReportContent, reportFacts } from '../reports/index.js';
import { findIndicator } from './catalogue.js';
import type { DeliveredReport, Snapshot, StateAtCensus } from './model.js';
import { snapshotOf, window11MSP } from './testing.js';

/*
 * Indicators counted from answers only the platform's supplementary template version asks
 * (decision 020): a report on that version is counted; one on the 2010 formats is listed as not
 * asked; a population none of whose reports asks is unknown, never 0. Pure: a small snapshot.
 */

const state = (iso3: string, open: number[]): StateAtCensus => ({
  iso3,
  name: iso3,
  status: 'state_party',
  instrumentDate: '2010-01-01',
  inForce: true,
  entryIntoForce: '2010-08-01',
  initialReportDue: '2011-01-28',
  obligations: open.map((article) => ({ article, status: 'open', currentDeadline: null, events: [] })),
});

let nextId = 1;
const report = (iso3: string, templateId: string, forms: ReportContent['forms']): DeliveredReport => ({
  reportId: nextId++,
  iso3,
  year: 2022,
  kind: 'annual',
  demonstration: false,
  firstReceivedOn: '2023-04-20',
  version: { number: 1, receivedOn: '2023-04-20', templateId },
  facts: reportFacts({ template: templateId, forms }),
});

const snapshot = (states: StateAtCensus[], reports: DeliveredReport[]): Snapshot =>
  snapshotOf({ window: { ...window11MSP, meetingStartsOn: null }, states, reports });

const compute = (id: string, s: Snapshot) => findIndicator(id)!.compute(s);
const basisOf = (f: ReturnType<typeof compute>, iso3: string) =>
  f.evidence.find((e) => e.iso3 === iso3)?.bases;

// LBN reports on the supplement, CHL on the 2010 formats, BEL (no obligations) on the supplement.
const states = [state('LBN', [4, 5]), state('CHL', [4]), state('BEL', [])];
const lbn = report('LBN', '2010-lap', {
  F: {
    status: 'changed',
    values: {
      nationalStrategy: 'yes',
      comprehensiveStrategy: 'no',
      innovativeMethodologies: 'yes',
      humanitarianConsiderationsInClearance: 'partly',
    },
  },
  H: { status: 'changed', values: { victimAssistanceTrainingSupported: 'yes' } },
  J: { status: 'changed', values: { implementationInNationalPlans: 'yes', genderDiversityInPlans: 'no' } },
});
const chl = report('CHL', '2010', {
  F: { status: 'changed', values: { nationalStrategy: 'yes', genderDiversityIntegrated: 'yes' } },
});
const bel = report('BEL', '2010-lap', {
  J: { status: 'changed', values: { implementationInNationalPlans: 'no' } },
});
const all = snapshot(states, [lbn, chl, bel]);

describe("indicators counted from the supplement's answers", () => {
  it("LAP1a counts a 'yes' on the supplement; a 2010 report is listed as not asked, a 'no' as no", () => {
    const f = compute('LAP1a', all);
    expect(f).toMatchObject({ value: 1, denominator: 3, noData: null });
    expect(f.evidence.find((e) => e.iso3 === 'LBN')).toMatchObject({ counted: true });
    expect(basisOf(f, 'LBN')).toEqual([
      expect.objectContaining({
        kind: 'report',
        form: 'J',
        question: 'implementationInNationalPlans',
        answer: 'yes',
      }),
    ]);
    expect(basisOf(f, 'CHL')).toEqual([expect.objectContaining({ form: 'cover', answer: 'not asked' })]);
    expect(basisOf(f, 'BEL')).toEqual([expect.objectContaining({ answer: 'no' })]);
  });

  it('stays unknown (noAnswers), never 0, when no report of the population asks', () => {
    const only2010 = snapshot(states, [chl]);
    for (const id of ['LAP1a', 'LAP5a', 'LAP8', 'LAP21a', 'LAP23a', 'LAP38b', 'LAP39a'])
      expect(compute(id, only2010), id).toMatchObject({ value: null, noData: 'noAnswers' });
    // Victims: LBN only; without its report nobody in the population reported.
    for (const id of ['LAP32', 'LAP37a', 'LAP37b'])
      expect(compute(id, only2010), id).toMatchObject({ value: null, noData: 'noAnswers' });
  });

  it('reads each newly counted indicator by its own meaning, over its population', () => {
    expect(compute('LAP21a', all)).toMatchObject({ value: 1, denominator: 2 });
    // 'partly' is answered, not counted.
    expect(compute('LAP23a', all)).toMatchObject({ value: 0, denominator: 2, noData: null });
    expect(compute('LAP37a', all)).toMatchObject({ value: 1, denominator: 1 });
    // Asked but left blank by the only State of the population: unknown, with the blank as evidence.
    expect(compute('LAP37b', all)).toMatchObject({ value: null, denominator: 1, noData: 'noAnswers' });
    expect(basisOf(compute('LAP37b', all), 'LBN')).toEqual([
      expect.objectContaining({ question: 'victimsCaredForByQualifiedPersonnel', answer: 'not answered' }),
    ]);
  });

  it('reads 23b from the 2010 question in both versions, 4a from its own question in the supplement', () => {
    const b23 = compute('LAP23b', all);
    expect(basisOf(b23, 'CHL')).toEqual([expect.objectContaining({ question: 'genderDiversityIntegrated' })]);
    expect(basisOf(b23, 'LBN')).toEqual([expect.objectContaining({ question: 'genderDiversityIntegrated' })]);
    const a4 = compute('LAP4a', all);
    expect(basisOf(a4, 'LBN')).toEqual([
      expect.objectContaining({ form: 'J', question: 'genderDiversityInPlans', answer: 'no' }),
    ]);
    expect(a4).toMatchObject({ value: 1, denominator: 2 });
  });

  it('counts 2a from the comprehensive strategy and 19a from the evidence-based one, apart in the supplement', () => {
    // CHL (2010) answers both with its one question; LBN (supplement) has a 19a strategy but no 2a one.
    expect(compute('LAP19a', all)).toMatchObject({ value: 2, denominator: 2 });
    const a2 = compute('LAP2a', all);
    expect(a2).toMatchObject({ value: 1, denominator: 2 });
    expect(basisOf(a2, 'LBN')).toEqual([
      expect.objectContaining({ question: 'comprehensiveStrategy', answer: 'no' }),
    ]);
  });

  it("LAP45 does not count the platform's supplement as the adapted Article 7 form", () => {
    expect(compute('LAP45', all)).toMatchObject({ value: 0, denominator: 3 });
  });
});
