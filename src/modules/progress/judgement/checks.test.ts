import { describe, expect, it } from 'vitest';
import { indicatorIds, indicators } from '../catalogue.js';
import type { ProgressReportData } from '../compute.js';
import type { Figure } from '../model.js';
import { type AssessmentView, applyJudgement, type OverrideView } from './apply.js';
import { consistencyIssues } from './checks.js';
import { compareWithPublished, publishedChecked } from './compare.js';
import type { PublishedFigure, PublishedReport } from './published.js';
import { published11MSP } from './published-11msp.js';

const populationOf = (id: string) => indicators.find((i) => i.id === id)?.population;
const checked = (figures: PublishedFigure[]) =>
  consistencyIssues(publishedChecked({ ...published11MSP, figures }, populationOf));
const replaced = (id: string, change: Partial<PublishedFigure>) =>
  published11MSP.figures.map((f) => (f.id === id ? { ...f, ...change } : f));

describe('the 11MSP figures as published', () => {
  it('hold one row for each of the 82 indicators, in the catalogue’s order', () => {
    expect(published11MSP.figures.map((f) => f.id)).toEqual(indicatorIds);
    expect(published11MSP.figures).toHaveLength(82);
    for (const f of published11MSP.figures) {
      expect(f.status === 'figure', f.id).toBe(f.value !== null);
      for (const iso3 of f.named?.iso3 ?? []) expect(iso3, f.id).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('flag where the document disagrees with itself', () => {
    const issues = checked(published11MSP.figures);
    expect(issues).toEqual(
      expect.arrayContaining([
        { kind: 'subsetLarger', subset: 'LAP30', set: 'LAP22', subsetValue: 6, setValue: 5 },
        { kind: 'sameCountDiffers', ids: ['LAP2a', 'LAP19a'], values: [7, 8] },
        { kind: 'sameCountDiffers', ids: ['LAP4a', 'LAP23b'], values: [2, 3] },
        { kind: 'namedListLength', id: 'LAP3a', paragraphs: [51], figure: 20, named: 18 },
        { kind: 'namedListLength', id: 'LAP40', paragraphs: [51, 52], figure: 31, named: 29 },
      ]),
    );
    // A named list as long as its figure is not flagged (§78 names the 22 of Action 47).
    expect(issues.some((i) => i.kind === 'namedListLength' && i.id === 'LAP47b')).toBe(false);
  });

  it('flag a planted subset larger than its set', () => {
    const before = checked(published11MSP.figures);
    expect(before.some((i) => i.kind === 'subsetLarger' && i.subset === 'LAP3b')).toBe(false);
    const planted = checked(replaced('LAP3b', { value: 30 }));
    expect(planted).toContainEqual({
      kind: 'subsetLarger',
      subset: 'LAP3b',
      set: 'LAP3a',
      subsetValue: 30,
      setValue: 22,
    });
  });

  it('flag a planted named list whose length differs from its figure, and a figure above its population', () => {
    const named = checked(
      replaced('LAP10a', { named: { of: 'counted', paragraphs: [12], iso3: ['NGA', 'SSD'] } }),
    );
    expect(named).toContainEqual({
      kind: 'namedListLength',
      id: 'LAP10a',
      paragraphs: [12],
      figure: 1,
      named: 2,
    });
    const above = checked(replaced('LAP7', { value: 11 }));
    expect(above).toContainEqual({ kind: 'aboveDenominator', id: 'LAP7', value: 11, denominator: 10 });
  });
});

// ---- Judgement applied to a computed report (pure) ----

const figure = (over: Partial<Figure>): Figure => ({
  value: null,
  denominator: 3,
  unit: 'states',
  noData: 'judgementNotRecorded',
  evidence: ['AAA', 'BBB', 'CCC'].map((iso3) => ({ iso3, label: iso3, counted: false, bases: [] })),
  ...over,
});

const report = (): ProgressReportData => ({
  window: {
    meeting: 'XMSP',
    meetingStartsOn: null,
    from: '2022-07-01',
    to: '2023-06-30',
    census: '2023-06-30',
  },
  includesDemonstrationData: false,
  summary: [],
  indicators: [
    {
      id: 'LAP16',
      action: 16,
      section: 'D',
      kind: 'qualitative',
      period: 'received_in_window',
      population: 'art3',
      computed: figure({}),
    },
    {
      id: 'LAP12a',
      action: 12,
      section: 'D',
      kind: 'mechanical',
      period: 'received_in_window',
      population: 'art3',
      computed: figure({ value: 2, noData: null }),
    },
  ],
});

const at = new Date('2026-06-01T10:00:00Z');
const assessment = (over: Partial<AssessmentView>): AssessmentView => ({
  id: 1,
  meeting: 'XMSP',
  indicatorId: 'LAP16',
  stateIso3: 'AAA',
  stateName: 'Aaa',
  value: 'yes',
  basis: 'statement',
  basisDetail: '10MSP statement',
  note: 'Shared its destruction experience',
  by: 'Coordinator',
  at,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawalReason: null,
  ...over,
});
const override = (over: Partial<OverrideView>): OverrideView => ({
  id: 1,
  meeting: 'XMSP',
  indicatorId: 'LAP12a',
  value: 3,
  denominator: 4,
  reason: 'Agreed with the Coordinators',
  by: 'ISU',
  at,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawalReason: null,
  ...over,
});

describe('applying judgement', () => {
  it('counts the States assessed yes on a judged indicator, with the assessment as a basis; the computed figure stays', () => {
    const input = report();
    const computedBefore = structuredClone(input.indicators[0]!.computed);
    const out = applyJudgement(
      input,
      [
        assessment({}),
        assessment({ id: 2, stateIso3: 'BBB', value: 'partly' }),
        assessment({ id: 3, stateIso3: 'DDD', stateName: 'Ddd' }),
        assessment({ id: 4, stateIso3: 'CCC', withdrawnAt: at }),
      ],
      [],
    );
    const i = out.indicators[0]!;
    expect(i.computed).toEqual(computedBefore);
    expect(i.judged).toBe(true);
    expect(i.assessed?.value).toBe(2);
    expect(i.assessed?.tally).toEqual({ yes: 2, partly: 1, no: 0 });
    const aaa = i.assessed?.evidence.find((e) => e.iso3 === 'AAA');
    expect(aaa?.counted).toBe(true);
    expect(aaa?.bases).toContainEqual(
      expect.objectContaining({ kind: 'assessment', note: 'Shared its destruction experience' }),
    );
    expect(i.assessed?.evidence.find((e) => e.iso3 === 'CCC')?.assessed).toBe(false);
    expect(i.shown).toEqual({ value: 2, denominator: 3, noData: null, from: 'assessed' });
  });

  it('shows an agreed figure with its reason over the computed one; a withdrawn one is not applied', () => {
    const out = applyJudgement(report(), [assessment({ indicatorId: 'LAP12a' })], [override({})]);
    const i = out.indicators[1]!;
    expect(i.judged).toBe(false);
    expect(i.assessed).toBeNull();
    expect(i.computed.value).toBe(2);
    expect(i.agreed).toMatchObject({
      value: 3,
      denominator: 4,
      reason: 'Agreed with the Coordinators',
      by: 'ISU',
    });
    expect(i.shown.from).toBe('agreed');
    const withdrawn = applyJudgement(report(), [], [override({ withdrawnAt: at })]).indicators[1]!;
    expect(withdrawn.agreed).toBeNull();
    expect(withdrawn.shown).toEqual({ value: 2, denominator: 3, noData: null, from: 'computed' });
  });
});

describe('comparing with the published figures (pure)', () => {
  const published: PublishedReport = {
    meeting: 'XMSP',
    document: 'Test document',
    populations: { art3: { size: 4, paragraphs: [19], iso3: ['AAA', 'BBB', 'CCC', 'EEE'] } },
    figures: [
      { ...published11MSP.figures.find((f) => f.id === 'LAP16')!, value: 3, why: [] },
      { ...published11MSP.figures.find((f) => f.id === 'LAP12a')!, value: 2, why: [] },
    ],
  };

  it('explains a difference from the data: no data kept, and the registry’s count with the States it lacks', () => {
    const c = compareWithPublished(applyJudgement(report(), [], []), published);
    const r16 = c.rows.find((r) => r.id === 'LAP16')!;
    expect(r16.status).toBe('differs');
    expect(r16.reasons).toContainEqual({ kind: 'noData', note: 'progress:noData.judgementNotRecorded' });
    expect(r16.reasons).toContainEqual(
      expect.objectContaining({
        kind: 'registryCount',
        params: { registry: 3, seed: 4, missing: 'EEE', extra: '—' },
      }),
    );
    // 2 of 3 computed against 2 printed: the value agrees.
    expect(c.rows.find((r) => r.id === 'LAP12a')!.status).toBe('agrees');
  });

  it('compares the agreed figure when there is one, and a difference nothing explains stays unexplained', () => {
    const c = compareWithPublished(applyJudgement(report(), [], [override({})]), {
      ...published,
      populations: {},
    });
    const row = c.rows.find((r) => r.id === 'LAP12a')!;
    expect(row.agreed?.value).toBe(3);
    expect(row.status).toBe('differs');
    expect(row.difference).toBe(1);
    expect(row.reasons).toEqual([]);
  });
});
