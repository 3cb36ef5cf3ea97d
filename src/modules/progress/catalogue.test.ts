import { describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../kernel/i18n/index.js';
import type { AnswerMeaningName } from '../reports/index.js';
import { findIndicator, indicators, nineMonthsBefore } from './catalogue.js';
import type { Figure, Population, Snapshot, StateAtCensus } from './model.js';
import {
  delegationOf,
  event,
  factsWith,
  officeHolderOf,
  reportOf,
  requestingState,
  snapshotOf,
  stateOf,
} from './testing.js';

function figure(id: string, s: Snapshot): Figure {
  const def = findIndicator(id);
  if (!def) throw new Error(`no indicator ${id}`);
  return def.compute(s);
}

const counted = (f: Figure) =>
  f.evidence
    .filter((e) => e.counted)
    .map((e) => e.iso3)
    .sort();

// The 82 rows of seed 004's tables, as PROGRESS-REPORT.md §1 lists them.
const seedRows =
  '1a 1b 2a 2b 3a 3b 5a 5b 6 7 8 9a 9b 4a 4b 4c 4d 4e 10a 10b 10c 11a 11b 11c 11d 12a 12b 13 14 15 16 17a 17b 17c ' +
  '18a 18b 19a 19b 20 21a 21b 22 23a 23b 24 25 26 27 28 29a 29b 30 31 32 33a 33b 34a 34b 35 36a 36b 37a 37b ' +
  '38a 38b 39a 39b 40 41a 41b 42 43 44 45 46 47a 47b 48a 48b 48c 49 50';

describe('the catalogue', () => {
  it('never gives a value beside a reason it is unknown, even over silent reports', () => {
    const s = snapshotOf({
      states: [stateOf('AAA', { open: [3, 4, 5] }), stateOf('BBB', { open: [4] })],
      reports: [reportOf('AAA'), reportOf('BBB', { facts: factsWith({ filled: ['riskEducation'] }) })],
    });
    for (const i of indicators) {
      const f = i.compute(s);
      if (f.noData !== null) expect(f.value, i.id).toBeNull();
    }
  });

  it('defines each of the 82 indicators of seed 004 once, in its order', () => {
    expect(indicators.map((i) => i.id)).toEqual(seedRows.split(' ').map((r) => `LAP${r}`));
    expect(new Set(indicators.map((i) => i.id)).size).toBe(82);
  });

  it('places each indicator in the action its id names', () => {
    for (const i of indicators) expect(i.id).toMatch(new RegExp(`^LAP${i.action}[a-e]?$`));
  });

  it('has words in every language for every reason a figure can be unknown', () => {
    const empty = snapshotOf();
    const reasons = new Set(indicators.map((i) => i.compute(empty).noData).filter((r) => r !== null));
    reasons.add('noAnswers');
    for (const [locale, catalogue] of Object.entries(loadCatalogues())) {
      const noData = (catalogue.progress?.noData ?? {}) as Record<string, string>;
      for (const r of reasons) expect(noData[r], `${locale} progress:noData.${r}`).toBeTruthy();
    }
  });

  it('computes every indicator over an empty snapshot without a figure made up', () => {
    for (const i of indicators) {
      const f = i.compute(snapshotOf());
      expect(f.value === null || f.value === 0, i.id).toBe(true);
      if (f.value === null) expect(f.noData, i.id).not.toBeNull();
    }
  });
});

/** The States a population rule is built from in the answer tables below, and one that falls outside it. */
const populationCases: Record<string, { member: (iso3: string) => StateAtCensus; outsider: StateAtCensus }> =
  {
    affected_art4: { member: (c) => stateOf(c, { open: [4] }), outsider: stateOf('OUT', { open: [5] }) },
    art3: { member: (c) => stateOf(c, { open: [3] }), outsider: stateOf('OUT', { open: [4] }) },
    victims: { member: (c) => stateOf(c, { open: [5] }), outsider: stateOf('OUT', { open: [3] }) },
    art3_art4_art5: {
      member: (c) => stateOf(c, { open: [c === 'AAA' ? 3 : c === 'BBB' ? 4 : 5] }),
      outsider: stateOf('OUT', { completed: [4] }),
    },
    parties_reporting: { member: (c) => stateOf(c), outsider: stateOf('OUT', { status: 'signatory' }) },
    parties_by_deposit: { member: (c) => stateOf(c), outsider: stateOf('OUT', { status: 'signatory' }) },
    donors: { member: (c) => stateOf(c), outsider: stateOf('OUT', { status: 'signatory' }) },
  };

// [indicator, population, answer meaning, read ("window": latest report received in the window; "ever"), denominator printed]
const answerTable: Array<[string, Population, AnswerMeaningName, 'window' | 'ever', boolean]> = [
  ['LAP2a', 'affected_art4', 'nationalStrategy', 'window', true],
  ['LAP2b', 'affected_art4', 'annualWorkPlan', 'window', true],
  ['LAP3b', 'donors', 'multiYearFunding', 'window', true],
  ['LAP6', 'affected_art4', 'nationalStandardsUpdated', 'window', true],
  ['LAP7', 'affected_art4', 'informationManagementSystem', 'window', true],
  ['LAP4a', 'art3_art4_art5', 'genderDiversityInPlans', 'window', true],
  ['LAP12a', 'art3', 'destructionPlan', 'window', true],
  ['LAP14', 'parties_reporting', 'newStocksDiscovered', 'window', true],
  ['LAP18a', 'affected_art4', 'baselineSurveyCompleted', 'window', true],
  ['LAP18b', 'affected_art4', 'hazardousAreasMarked', 'window', true],
  ['LAP19a', 'affected_art4', 'evidenceBasedStrategy', 'window', true],
  ['LAP22', 'affected_art4', 'residualContaminationCapacity', 'window', true],
  ['LAP23b', 'affected_art4', 'genderDiversityInClearance', 'window', true],
  ['LAP27', 'affected_art4', 'riskEducationIntegrated', 'window', true],
  ['LAP29b', 'affected_art4', 'riskEducationImpactMeasured', 'window', true],
  ['LAP31', 'victims', 'victimDataDisaggregated', 'window', true],
  ['LAP33a', 'victims', 'victimAssistanceActionPlan', 'window', true],
  ['LAP33b', 'victims', 'victimAssistanceFocalPoint', 'ever', true],
  ['LAP35', 'victims', 'socioEconomicInclusion', 'window', true],
  ['LAP36a', 'victims', 'victimsInPolicyMaking', 'window', true],
  ['LAP47a', 'parties_by_deposit', 'allMeasuresAdopted', 'ever', true],
  ['LAP47b', 'parties_by_deposit', 'disseminatedToArmedForces', 'ever', false],
  ['LAP48b', 'parties_reporting', 'legislationAssistanceRequested', 'window', false],
];

describe.each(answerTable)(
  '%s counts "%s" States answering %s yes',
  (id, population, meaning, read, printed) => {
    const { member, outsider } = populationCases[population]!;
    const donorRows = population === 'donors' ? { assistanceProvided: [{ area: 'art4' }] } : undefined;
    const answering = (answer: 'yes' | 'no' | 'partly') =>
      factsWith({ answer: { [meaning]: answer }, rows: donorRows });
    // AAA: yes in the window. BBB: no. CCC: partly. DDD: yes, but received before the window opened.
    // EEE: no report. OUT: yes, outside the population.
    const s = snapshotOf({
      states: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map(member).concat(outsider),
      reports: [
        reportOf('AAA', { facts: answering('yes') }),
        reportOf('BBB', { facts: answering('no') }),
        reportOf('CCC', { facts: answering('partly') }),
        reportOf('DDD', { year: 2020, receivedOn: '2021-05-02', facts: answering('yes') }),
        reportOf('OUT', { facts: answering('yes') }),
      ],
    });
    const f = figure(id, s);
    const inWindowOnly = ['parties_reporting', 'donors'].includes(population);
    const size = inWindowOnly ? 3 : 5;

    it('counts a yes, not a no, a partly, or a State outside the population', () => {
      expect(counted(f)).toEqual(read === 'ever' ? ['AAA', 'DDD'] : ['AAA']);
      expect(f.value).toBe(read === 'ever' ? 2 : 1);
    });

    it(printed ? 'prints the population as its denominator' : 'prints no denominator', () => {
      expect(f.denominator).toBe(printed ? size : null);
      expect(f.evidence).toHaveLength(size);
    });

    it('rests each answer on the report version and question that holds it', () => {
      const aaa = f.evidence.find((e) => e.iso3 === 'AAA');
      expect(aaa?.bases).toEqual([
        expect.objectContaining({ kind: 'report', year: 2022, question: meaning, answer: 'yes' }),
      ]);
      if (!inWindowOnly) {
        const eee = f.evidence.find((e) => e.iso3 === 'EEE');
        expect(eee?.bases[0]).toEqual({
          kind: 'none',
          reason: read === 'ever' ? 'noReport' : 'noReportInWindow',
        });
      }
    });
  },
);

describe('answers nobody gave', () => {
  it('make the figure unknown, not 0', () => {
    const s = snapshotOf({
      states: [stateOf('AAA', { open: [4] }), stateOf('BBB', { open: [4] })],
      reports: [reportOf('AAA', { facts: factsWith({ answer: { nationalStrategy: null } }) })],
    });
    const f = figure('LAP2a', s);
    expect(f.value).toBeNull();
    expect(f.noData).toBe('noAnswers');
    expect(f.denominator).toBe(2);
  });

  it('count the latest report received in the window: a late report for the year before, when it is the only one', () => {
    const s = snapshotOf({
      states: [stateOf('AAA', { open: [4] })],
      reports: [
        reportOf('AAA', {
          year: 2021,
          receivedOn: '2022-09-01',
          facts: factsWith({ answer: { nationalStrategy: 'yes' } }),
        }),
      ],
    });
    expect(figure('LAP2a', s).value).toBe(1);
    // A 2022 report received in the window wins over it.
    const later = snapshotOf({
      states: s.states,
      reports: [
        ...s.reports,
        reportOf('AAA', { year: 2022, facts: factsWith({ answer: { nationalStrategy: 'no' } }) }),
      ],
    });
    expect(figure('LAP2a', later).value).toBe(0);
  });
});

describe('figures counted from table rows', () => {
  const rowsCase = (rows: Parameters<typeof factsWith>[0]) => factsWith(rows);

  const resourcesTable: Array<[string, NonNullable<Parameters<typeof factsWith>[0]>['rows']]> = [
    ['LAP1b', { nationalResources: [{ area: 'art4', amount: 100 }] }],
    ['LAP38a', { nationalResources: [{ area: 'art5' }] }],
  ];
  it.each(resourcesTable)(
    '%s counts States with an open Art 3, 4 or 5 obligation reporting national resources',
    (id, rows) => {
      const s = snapshotOf({
        states: [
          stateOf('AAA', { open: [4] }),
          stateOf('BBB', { open: [5] }),
          stateOf('CCC', { open: [3] }),
          stateOf('DDD'),
        ],
        reports: [
          reportOf('AAA', { facts: rowsCase({ rows }) }),
          reportOf('BBB', { facts: rowsCase({ filled: ['nationalResources'] }) }),
          reportOf('DDD', { facts: rowsCase({ rows }) }),
        ],
      });
      const f = figure(id, s);
      expect([f.value, f.denominator, counted(f)]).toEqual([1, 3, ['AAA']]);
      expect(f.evidence.find((e) => e.iso3 === 'BBB')?.bases[0]).toMatchObject({ answer: 'no rows' });
    },
  );

  it('LAP3a counts States Parties reporting assistance provided, with no denominator', () => {
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB'), stateOf('SIG', { status: 'signatory' })],
      reports: [
        reportOf('AAA', {
          facts: factsWith({ rows: { assistanceProvided: [{ area: 'art4' }, { area: 'art5' }] } }),
        }),
        reportOf('BBB', { facts: factsWith({ rows: { assistanceReceived: [{ area: 'art4' }] } }) }),
        reportOf('SIG', { facts: factsWith({ rows: { assistanceProvided: [{ area: 'art4' }] } }) }),
      ],
    });
    const f = figure('LAP3a', s);
    expect([f.value, f.denominator, counted(f)]).toEqual([1, null, ['AAA']]);
    expect(f.evidence.find((e) => e.iso3 === 'AAA')?.bases).toHaveLength(2);
  });

  it.each(['LAP39b', 'LAP40'])('%s counts States Parties providing or receiving assistance', (id) => {
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB'), stateOf('CCC')],
      reports: [
        reportOf('AAA', { facts: factsWith({ rows: { assistanceProvided: [{ area: 'art4' }] } }) }),
        reportOf('BBB', { facts: factsWith({ rows: { assistanceReceived: [{ area: 'art5' }] } }) }),
        reportOf('CCC', { facts: factsWith({ filled: ['assistanceProvided'] }) }),
      ],
    });
    expect(counted(figure(id, s))).toEqual(['AAA', 'BBB']);
  });

  it('LAP41b counts States stating needs for Articles 3, 4 or 5 only', () => {
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB'), stateOf('CCC')],
      reports: [
        reportOf('AAA', { facts: factsWith({ rows: { needs: [{ area: 'art4' }] } }) }),
        reportOf('BBB', { facts: factsWith({ rows: { needs: [{ area: 'art7' }] } }) }),
        reportOf('CCC', { facts: factsWith({ rows: { needs: [{ area: 'art5' }, { area: 'other' }] } }) }),
      ],
    });
    expect(counted(figure('LAP41b', s))).toEqual(['AAA', 'CCC']);
  });

  it('LAP46 counts States that both sought and received help with Article 7 reports', () => {
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB')],
      reports: [
        reportOf('AAA', {
          facts: factsWith({ rows: { needs: [{ area: 'art7' }], assistanceReceived: [{ area: 'art7' }] } }),
        }),
        reportOf('BBB', {
          facts: factsWith({ rows: { needs: [{ area: 'art7' }], assistanceReceived: [{ area: 'art4' }] } }),
        }),
      ],
    });
    expect(counted(figure('LAP46', s))).toEqual(['AAA']);
  });

  it('LAP28 and LAP29a count risk education rows, LAP29a only those giving people by sex and age', () => {
    const s = snapshotOf({
      states: [stateOf('AAA', { open: [4] }), stateOf('BBB', { open: [4] }), stateOf('CCC', { open: [4] })],
      reports: [
        reportOf('AAA', {
          facts: factsWith({ rows: { riskEducation: [{ activity: 'schools', women: 10, girls: 4 }] } }),
        }),
        reportOf('BBB', {
          facts: factsWith({ rows: { riskEducation: [{ activity: 'radio', women: null }] } }),
        }),
        reportOf('CCC', { facts: factsWith({ filled: ['riskEducation'] }) }),
      ],
    });
    expect(counted(figure('LAP28', s))).toEqual(['AAA', 'BBB']);
    expect(counted(figure('LAP29a', s))).toEqual(['AAA']);
  });

  it('LAP12b counts Article 3 States reporting stocks destroyed in the window', () => {
    const s = snapshotOf({
      states: [stateOf('AAA', { open: [3] }), stateOf('BBB', { open: [3] })],
      reports: [
        reportOf('AAA', { facts: factsWith({ rows: { destroyed: [{ type: 'M77', munitions: 5 }] } }) }),
        reportOf('BBB', { facts: factsWith() }),
      ],
    });
    const f = figure('LAP12b', s);
    expect([f.value, f.denominator, counted(f)]).toEqual([1, 2, ['AAA']]);
  });

  it('LAP19b counts affected States whose report for the year covered, received in the window, details clearance', () => {
    const cleared = factsWith({ rows: { clearedAreas: [{ location: 'North', area: 1000 }] } });
    const s = snapshotOf({
      states: ['AAA', 'BBB', 'CCC'].map((c) => stateOf(c, { open: [4] })),
      reports: [
        reportOf('AAA', { facts: cleared }),
        // A late report for 2021 received in the window does not detail progress for 2022.
        reportOf('BBB', { year: 2021, receivedOn: '2022-08-01', facts: cleared }),
        reportOf('CCC', { facts: factsWith({ filled: ['clearedAreas'] }) }),
      ],
    });
    expect(counted(figure('LAP19b', s))).toEqual(['AAA']);
  });

  it('LAP24 needs contaminated areas with a location and an area, and areas cleared', () => {
    const s = snapshotOf({
      states: ['AAA', 'BBB', 'CCC'].map((c) => stateOf(c, { open: [4] })),
      reports: [
        reportOf('AAA', {
          facts: factsWith({
            rows: {
              contaminatedAreas: [{ location: 'North', area: 5 }],
              clearedAreas: [{ location: 'North', area: 1 }],
            },
          }),
        }),
        reportOf('BBB', {
          facts: factsWith({
            rows: {
              contaminatedAreas: [{ location: null, area: 5 }],
              clearedAreas: [{ location: 'South', area: 1 }],
            },
          }),
        }),
        reportOf('CCC', {
          facts: factsWith({ rows: { contaminatedAreas: [{ location: 'East', area: 5 }] } }),
        }),
      ],
    });
    expect(counted(figure('LAP24', s))).toEqual(['AAA']);
  });

  it('LAP30 counts affected States answering yes to both residual capacity and integrated risk education', () => {
    const both = (r: 'yes' | 'no', e: 'yes' | 'no') =>
      factsWith({ answer: { residualContaminationCapacity: r, riskEducationIntegrated: e } });
    const s = snapshotOf({
      states: ['AAA', 'BBB', 'CCC'].map((c) => stateOf(c, { open: [4] })),
      reports: [
        reportOf('AAA', { facts: both('yes', 'yes') }),
        reportOf('BBB', { facts: both('yes', 'no') }),
        reportOf('CCC', { facts: both('no', 'yes') }),
      ],
    });
    const f = figure('LAP30', s);
    expect([f.value, f.denominator, counted(f)]).toEqual([1, 3, ['AAA']]);
    expect(f.value).toBeLessThanOrEqual(figure('LAP22', s).value ?? 0);
  });

  it('LAP30 is unknown when no State answered one of its two questions', () => {
    const s = snapshotOf({
      states: [stateOf('AAA', { open: [4] })],
      reports: [reportOf('AAA', { facts: factsWith({ answer: { residualContaminationCapacity: 'yes' } }) })],
    });
    expect(figure('LAP30', s)).toMatchObject({ value: null, noData: 'noAnswers' });
  });
});

describe('figures from the registry', () => {
  it('LAP10a counts deposits in the window (Nigeria, February 2023), not before it', () => {
    const s = snapshotOf({
      states: [
        stateOf('NGA', { instrumentDate: '2023-02-28', inForce: false }),
        stateOf('OLD', { instrumentDate: '2021-01-01' }),
        stateOf('SIG', { status: 'signatory', instrumentDate: undefined }),
      ],
    });
    const f = figure('LAP10a', s);
    expect([f.value, counted(f)]).toEqual([1, ['NGA']]);
    expect(f.evidence[0]?.bases[0]).toMatchObject({
      kind: 'registry',
      fact: 'instrument_deposited',
      on: '2023-02-28',
    });
  });

  it('LAP10c counts voluntary reports received in the window (South Sudan)', () => {
    const s = snapshotOf({
      states: [stateOf('SSD', { status: 'signatory' }), stateOf('AAA')],
      reports: [
        reportOf('SSD', { kind: 'voluntary' }),
        reportOf('AAA'),
        reportOf('SSD', { kind: 'voluntary', year: 2020, receivedOn: '2021-03-01' }),
      ],
    });
    const f = figure('LAP10c', s);
    expect([f.value, counted(f)]).toEqual([1, ['SSD']]);
  });

  it.each([
    ['LAP13', 3],
    ['LAP25', 4],
  ] as const)(
    '%s counts declarations of completion made in the window, by the day declared',
    (id, article) => {
      const s = snapshotOf({
        states: [
          // Completed in June 2023, declared at the 11MSP in September: not in the 11MSP window (Bulgaria).
          stateOf('BGR', {
            completed: [article],
            events: [
              event({
                kind: 'completion_declared',
                article,
                occurredOn: '2023-06',
                declaredOn: '2023-09-11',
              }),
            ],
          }),
          stateOf('GNB', {
            completed: [article],
            events: [
              event({
                kind: 'completion_declared',
                article,
                occurredOn: '2022-09',
                declaredOn: '2022-09-02',
              }),
            ],
          }),
          stateOf('UNK', {
            completed: [article],
            events: [event({ kind: 'completion_declared', article, occurredOn: '2023' })],
          }),
        ],
      });
      const f = figure(id, s);
      expect([f.value, counted(f)]).toEqual([1, ['GNB']]);
      expect(f.evidence).toHaveLength(3);
    },
  );

  it('LAP15 and LAP20 list the extension requests the Analysis Group must judge, unknown until judged', () => {
    const s = snapshotOf({
      states: [
        requestingState('ZAF', 3, '11MSP', '2023-03-01'),
        requestingState('IRQ', 4, '11MSP', '2022-11-16'),
        requestingState('MRT', 4, '11MSP'),
        requestingState('LBN', 4, '10MSP', '2022-01-10'),
      ],
    });
    const art3 = figure('LAP15', s);
    expect([art3.value, art3.denominator, art3.noData]).toEqual([null, 1, 'judgementNotRecorded']);
    const art4 = figure('LAP20', s);
    // Submitted in the window: Iraq's (Mauritania's has no recorded date, Lebanon's came before).
    expect([art4.value, art4.denominator]).toEqual([null, 1]);
    expect(art4.evidence.map((e) => e.iso3)).toEqual(['IRQ']);
  });

  it.each([
    // Every request marked: the ones costed and multi-year on both counts make the figure.
    [{ 1: ['yes', 'yes'], 2: ['yes', 'partly'] }, 1, null, ['IRQ']],
    [{ 1: ['yes', 'yes'], 2: ['yes', 'yes'] }, 2, null, ['IRQ', 'LBN']],
    [{ 1: ['no', 'yes'], 2: ['partly', 'partly'] }, 0, null, []],
    // One request unmarked, or marked on one count only: unknown, never the count of the marked.
    [{ 1: ['yes', 'yes'] }, null, 'judgementNotRecorded', ['IRQ']],
    [{ 1: ['yes', 'yes'], 2: ['yes', null] }, null, 'judgementNotRecorded', ['IRQ']],
  ] as const)('LAP20 from the Analysis Groups’ marks %j: %s', (marks, value, noData, iso3s) => {
    const s = snapshotOf({
      states: [
        requestingState('IRQ', 4, '11MSP', '2022-11-16', 1),
        requestingState('LBN', 4, '11MSP', '2023-02-01', 2),
      ],
      planAssessments: new Map(
        Object.entries(marks).map(([id, [costed, multiYear]]) => [Number(id), { costed, multiYear }]),
      ),
    });
    const f = figure('LAP20', s);
    expect([f.value, f.denominator, f.noData]).toEqual([value, 2, noData]);
    expect(counted(f)).toEqual(iso3s);
    // The marks are the evidence of each marked request.
    expect(
      f.evidence.find((e) => e.iso3 === 'IRQ')?.bases.map((b) => b.kind === 'registry' && b.fact),
    ).toContain(`costed_plan:${marks[1][0]}:${marks[1][1]}`);
  });

  it('LAP50 counts requests for the coming meeting submitted nine months before it opens', () => {
    expect(nineMonthsBefore('2023-09-11')).toBe('2022-12-11');
    const s = snapshotOf({
      states: [
        requestingState('IRQ', 4, '11MSP', '2022-11-16'),
        requestingState('ZAF', 3, '11MSP', '2022-12-12'),
        requestingState('MRT', 4, '11MSP'),
      ],
    });
    const f = figure('LAP50', s);
    expect([f.value, f.denominator, counted(f)]).toEqual([1, 3, ['IRQ']]);
  });

  it('LAP50 is unknown when the calendar does not record the day the meeting opens', () => {
    const s = snapshotOf({
      window: {
        meeting: 'X',
        meetingStartsOn: null,
        from: '2022-07-01',
        to: '2023-06-30',
        census: '2023-06-30',
      },
    });
    expect(figure('LAP50', s)).toMatchObject({ value: null, noData: 'meetingDateNotRecorded' });
  });
});

describe('figures from meetings', () => {
  const delegations = [
    delegationOf('AAA', 'state_party', [
      { gender: 'woman', head: true },
      { gender: 'man' },
      { gender: 'not_known' },
    ]),
    delegationOf('BBB', 'state_party', [{ gender: 'man', head: true, survivor: true }]),
    delegationOf('SIG', 'signatory', [{ gender: 'woman', head: true }]),
    delegationOf('NOP', 'not_party', [{ gender: 'man' }]),
    delegationOf(null, 'observer', [{ gender: 'woman', head: true, survivor: true }]),
  ];
  const s = snapshotOf({ delegations });

  it('LAP4d counts women among the delegates of States Parties', () => {
    expect(figure('LAP4d', s)).toMatchObject({ value: 1, denominator: 4, unit: 'persons' });
  });

  it('LAP4e counts States Parties delegations headed by a woman', () => {
    expect(figure('LAP4e', s)).toMatchObject({ value: 1, denominator: 2, unit: 'delegations' });
  });

  it.each(['LAP5b', 'LAP36b'])(
    '%s counts States Parties delegations with a survivor or representative',
    (id) => {
      const f = figure(id, s);
      expect([f.value, f.denominator, counted(f)]).toEqual([1, 2, ['BBB']]);
    },
  );

  it('LAP10b counts States not party present, not organisations', () => {
    expect(counted(figure('LAP10b', s))).toEqual(['NOP', 'SIG']);
  });

  it.each(['LAP4d', 'LAP4e', 'LAP5b', 'LAP10b', 'LAP36b'])(
    '%s is unknown while no list of participants is imported',
    (id) => {
      expect(figure(id, snapshotOf())).toMatchObject({ value: null, noData: 'participationNotImported' });
    },
  );
});

describe('figures from office holders', () => {
  it('LAP4b counts women among Presidents up to the census date', () => {
    const s = snapshotOf({
      officeHolders: [
        officeHolderOf({
          office: 'president',
          gender: 'woman',
          periodFrom: '2019-09-01',
          periodTo: '2020-11-01',
        }),
        officeHolderOf({ office: 'president', gender: 'man' }),
        officeHolderOf({ office: 'president', gender: 'woman', periodFrom: '2023-09-14', periodTo: null }),
        officeHolderOf({ office: 'thematic_coordinator', gender: 'woman' }),
      ],
    });
    expect(figure('LAP4b', s)).toMatchObject({ value: 1, denominator: 2, unit: 'persons' });
  });

  it('LAP4c is unknown while a member’s gender is not recorded', () => {
    const s = snapshotOf({
      officeHolders: [
        officeHolderOf({ office: 'coordination_committee', gender: 'woman' }),
        officeHolderOf({ office: 'coordination_committee', gender: 'not_known' }),
      ],
    });
    expect(figure('LAP4c', s)).toMatchObject({ value: null, denominator: 2, noData: 'genderNotRecorded' });
    expect(figure('LAP4c', snapshotOf())).toMatchObject({ value: null, noData: 'officeHoldersNotRecorded' });
  });
});

describe('retention under Article 3.6', () => {
  const s = snapshotOf({
    states: [stateOf('DNK'), stateOf('DEU'), stateOf('NLD'), stateOf('ESP')],
    reports: [
      // Denmark's retention is counted from an older report (seed 004: 17a).
      reportOf('DNK', {
        year: 2019,
        receivedOn: '2020-04-30',
        facts: factsWith({ rows: { retained: [{ munitions: 10, submunitions: 200 }] } }),
      }),
      reportOf('DEU', {
        facts: factsWith({
          rows: {
            retained: [{ munitions: 5, submunitions: 50 }],
            retainedUsed: [{ munitions: 2, submunitions: 30 }],
          },
        }),
      }),
      // Destroyed all it retained: its latest report shows nothing retained.
      reportOf('NLD', {
        year: 2021,
        receivedOn: '2022-04-30',
        facts: factsWith({ rows: { retained: [{ munitions: 3 }] } }),
      }),
      reportOf('NLD', {
        facts: factsWith({
          rows: { retained: [{ munitions: 0, submunitions: 0 }], retainedUsed: [{ munitions: 3 }] },
        }),
      }),
    ],
  });

  it('LAP17a counts States whose latest report ever shows munitions retained', () => {
    expect(counted(figure('LAP17a', s))).toEqual(['DEU', 'DNK']);
  });

  it('LAP17b adds the quantities those reports retain, munitions and submunitions apart', () => {
    expect(figure('LAP17b', s).parts).toEqual([
      { unit: 'munitions', value: 15 },
      { unit: 'submunitions', value: 250 },
    ]);
  });

  it('LAP17c adds retained munitions used or destroyed in reports received in the window', () => {
    const f = figure('LAP17c', s);
    expect(f.parts).toEqual([
      { unit: 'munitions', value: 5 },
      { unit: 'submunitions', value: 30 },
    ]);
    expect(f.evidence.map((e) => [e.iso3, e.amount])).toEqual([
      ['DEU', 2],
      ['NLD', 3],
    ]);
  });
});

describe('transparency', () => {
  it('LAP43 counts annual reports received by 30 April of those owed', () => {
    const annualReports = {
      year: 2022,
      due: '2023-04-30',
      owed: [
        { iso3: 'AAA', status: 'on_time', receivedOn: '2023-04-30', demonstration: false },
        { iso3: 'BBB', status: 'late', receivedOn: '2023-05-02', demonstration: false },
        { iso3: 'CCC', status: 'not_yet', receivedOn: null, demonstration: false },
      ],
      initialOverdue: [],
      initialDue: 0,
      initialReceived: 0,
    };
    const f = figure(
      'LAP43',
      snapshotOf({ states: [stateOf('AAA'), stateOf('BBB'), stateOf('CCC')], annualReports }),
    );
    expect([f.value, f.denominator, counted(f)]).toEqual([1, 3, ['AAA']]);
    // A report whose day of receipt no source gives may have been on time: the count is unknown.
    annualReports.owed.push({ iso3: 'DDD', status: 'date_unknown', receivedOn: null, demonstration: true });
    expect(figure('LAP43', snapshotOf({ annualReports }))).toMatchObject({
      value: null,
      denominator: 4,
      noData: 'receivedDatesUnknown',
    });
  });

  it('LAP44 counts States with Art 3 or 4 obligations or retaining that reported for either of the last two years', () => {
    const s = snapshotOf({
      states: [stateOf('AAA', { open: [3] }), stateOf('BBB', { open: [4] }), stateOf('CCC'), stateOf('DDD')],
      reports: [
        reportOf('AAA', { year: 2021, receivedOn: '2022-04-01' }),
        reportOf('BBB', { year: 2020, receivedOn: '2021-04-01' }),
        reportOf('CCC', { facts: factsWith({ rows: { retained: [{ munitions: 1 }] } }) }),
      ],
    });
    const f = figure('LAP44', s);
    expect([f.value, f.denominator, counted(f)]).toEqual([2, 3, ['AAA', 'CCC']]);
  });

  it('LAP45 counts reports received in the window on a template other than the 2010 one', () => {
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB')],
      reports: [reportOf('AAA', { templateId: 'amended' }), reportOf('BBB')],
    });
    expect(figure('LAP45', s)).toMatchObject({ value: 1, denominator: 2 });
  });

  it('LAP48a counts States reporting challenges with legislation in words', () => {
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB')],
      reports: [
        reportOf('AAA', { facts: factsWith({ answer: { legislationChallenges: 'given' } }) }),
        reportOf('BBB', { facts: factsWith({ answer: { legislationChallenges: null } }) }),
      ],
    });
    expect(counted(figure('LAP48a', s))).toEqual(['AAA']);
  });
});

describe('Action 42: States using the country coalition concept', () => {
  it('counts each State with a coalition in place on the census date once, each coalition with its source', () => {
    const coalition = (id: number, iso3: string) => ({
      id,
      iso3,
      name: `Coalition ${id}`,
      source: `Source ${id}`,
      lastConfirmedOn: '2023-07-17',
    });
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB'), stateOf('CCC'), stateOf('DDD', { status: 'signatory' })],
      coalitions: [coalition(1, 'AAA'), coalition(2, 'BBB'), coalition(3, 'AAA'), coalition(4, 'DDD')],
    });
    const f = figure('LAP42', s);
    expect([f.value, f.denominator, f.noData]).toEqual([2, null, null]);
    expect(f.evidence.map((e) => [e.iso3, e.counted, e.bases.length])).toEqual([
      ['AAA', true, 2],
      ['BBB', true, 1],
      ['DDD', false, 1],
    ]);
    expect(f.evidence[0]?.bases[0]).toMatchObject({
      kind: 'registry',
      fact: 'country_coalition',
      on: '2023-07-17',
      source: 'Coalition 1: Source 1',
    });
    // An empty record is a count of none: the Coordinators keep it, so nothing in it is nothing in place.
    expect(figure('LAP42', snapshotOf({ states: [stateOf('AAA')] })).value).toBe(0);
  });
});

describe('indicators the platform cannot count yet', () => {
  // 1a, 5a, 8, 21a, 23a, 32, 37a, 37b, 38b and 39a are asked only by the platform's supplement
  // (decision 020): over a report on the 2010 formats nobody answered (catalogue-answers.test.ts).
  it.each([
    ['LAP1a', 'noAnswers'],
    ['LAP5a', 'noAnswers'],
    ['LAP8', 'noAnswers'],
    ['LAP9a', 'noRecordKept'],
    ['LAP9b', 'noRecordKept'],
    ['LAP11a', 'noRecordKept'],
    ['LAP11b', 'noRecordKept'],
    ['LAP11c', 'noRecordKept'],
    ['LAP11d', 'noRecordKept'],
    ['LAP21a', 'noAnswers'],
    ['LAP23a', 'noAnswers'],
    ['LAP32', 'noAnswers'],
    ['LAP37a', 'noAnswers'],
    ['LAP37b', 'noAnswers'],
    ['LAP38b', 'noAnswers'],
    ['LAP39a', 'noAnswers'],
    ['LAP48c', 'noFigureDefined'],
    ['LAP49', 'noRecordKept'],
  ])('%s is unknown (%s), never 0', (id, reason) => {
    const s = snapshotOf({ states: [stateOf('AAA', { open: [4, 5] })], reports: [reportOf('AAA')] });
    expect(figure(id, s)).toMatchObject({ value: null, noData: reason });
  });

  it.each([
    ['LAP16', 'art3', [3]],
    ['LAP21b', 'affected_art4', [4]],
    ['LAP26', 'affected_art4', [4]],
    ['LAP34a', 'victims', [5]],
    ['LAP34b', 'victims', [5]],
  ] as const)('%s awaits the Coordinators’ judgement and lists the States of %s', (id, _population, open) => {
    const s = snapshotOf({ states: [stateOf('AAA', { open: [...open] }), stateOf('BBB')] });
    const f = figure(id, s);
    expect([f.value, f.noData, f.denominator, f.evidence.map((e) => e.iso3)]).toEqual([
      null,
      'judgementNotRecorded',
      1,
      ['AAA'],
    ]);
  });

  it('LAP41a lists the States seeking assistance for the Coordinators to judge', () => {
    const s = snapshotOf({
      states: [stateOf('AAA'), stateOf('BBB')],
      reports: [
        reportOf('AAA', { facts: factsWith({ rows: { needs: [{ area: 'art4' }] } }) }),
        reportOf('BBB'),
      ],
    });
    expect(figure('LAP41a', s).evidence.map((e) => e.iso3)).toEqual(['AAA']);
  });
});
