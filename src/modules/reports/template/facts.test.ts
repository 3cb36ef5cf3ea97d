import { describe, expect, it } from 'vitest';
import { contentFor } from './content.js';
import {
  clusterMunitionCasualties,
  factsOf,
  peopleReached,
  reportFacts,
  type TableFact,
  withNeedEntries,
} from './facts.js';
import { fieldMeanings, type TemplateMeanings, tableMeanings } from './meanings.js';
import { template2010 } from './template-2010.js';
import { template2010Lap } from './template-2010-lap.js';
import type { ReportContent, TemplateDef } from './types.js';

const content2010: ReportContent = {
  template: '2010',
  forms: {
    B: {
      status: 'changed',
      values: {
        stockpiles: [{ type: 'M26', munitions: 12, submunitions: 7728, lotNumbers: null }],
        destructionPlan: 'yes',
        complianceDeclared: null,
      },
    },
    F: {
      status: 'changed',
      values: {
        clearedInPeriod: [
          { location: 'South', area: 25_000, submunitionsDestroyed: 40, otherItemsDestroyed: 2 },
        ],
        totalRemainingArea: 1_200_000,
        genderDiversityIntegrated: 'partly',
      },
    },
    I: {
      status: 'unchanged',
      values: {
        assistanceReceived: [
          {
            provider: ' Norway ',
            area: 'art4',
            amount: 50,
            currency: 'EUR',
            year: 2021,
            inResponseToRequest: 'yes',
          },
        ],
      },
    },
    J: {
      status: 'changed',
      values: {
        needs: [
          {
            area: 'art5',
            description: 'Prostheses',
            estimatedCost: 1000,
            currency: 'USD',
            publish: 'no',
            needId: 4,
          },
        ],
      },
    },
  },
};

describe('reportFacts: report content by meaning', () => {
  const facts = reportFacts(content2010);

  it('reads each table by what it means, typed, with the place it was read from', () => {
    expect(facts.needs).toEqual([
      {
        area: 'art5',
        type: null,
        description: 'Prostheses',
        activitiesTimeframe: null,
        estimatedCost: 1000,
        currency: 'USD',
        nationalContribution: null,
        planReference: null,
        publish: false,
        registerId: 4,
        source: { form: 'J', table: 'needs', row: 1 },
      },
    ]);
    expect(facts.assistanceReceived).toEqual([
      expect.objectContaining({ counterpart: 'Norway', amount: 50, year: 2021, inResponseToRequest: true }),
    ]);
    expect(facts.assistanceProvided).toEqual([]);
    expect(facts.formStatus.assistanceReceived).toBe('unchanged');
    expect(facts.stockpiles).toEqual([
      { type: 'M26', munitions: 12, submunitions: 7728, source: { form: 'B', table: 'stockpiles', row: 1 } },
    ]);
    expect(facts.clearedAreas[0]).toMatchObject({ area: 25_000, submunitionsDestroyed: 40 });
    expect(facts.remainingContaminatedArea).toBe(1_200_000);
    expect(facts.victims).toEqual([]);
  });

  it('gives every indicator answer with the Lausanne Action Plan indicators it feeds', () => {
    const answer = (question: string) => facts.answers.find((a) => a.question === question);
    expect(answer('destructionPlan')).toEqual({
      form: 'B',
      question: 'destructionPlan',
      indicators: ['LAP12'],
      answer: 'yes',
    });
    expect(answer('complianceDeclared')?.answer).toBeNull();
    expect(answer('genderDiversityIntegrated')).toMatchObject({
      answer: 'partly',
      indicators: ['LAP4', 'LAP23'],
    });
    expect(answer('legislationChallenges')).toMatchObject({ answer: null, indicators: ['LAP48'] });
  });

  it('gives each answer by meaning, with the question it was read from', () => {
    expect(facts.answer.destructionPlan).toEqual({ answer: 'yes', form: 'B', question: 'destructionPlan' });
    expect(facts.answer.complianceDeclared).toEqual({
      answer: null,
      form: 'B',
      question: 'complianceDeclared',
    });
    // The 2010 template asks one gender question for the two meanings seed 004 counts apart (4a, 23b).
    expect(facts.answer.genderDiversityInPlans).toEqual(facts.answer.genderDiversityInClearance);
    expect(facts.answer.genderDiversityInPlans?.answer).toBe('partly');
    expect(facts.answer.nationalStrategy?.question).toBe(facts.answer.evidenceBasedStrategy?.question);
    // A text counted when given: blank is null, not "no".
    expect(facts.answer.legislationChallenges).toEqual({
      answer: null,
      form: 'A',
      question: 'legislationChallenges',
    });
  });

  it('maps every answer meaning of the 2010 template to a question of the right kind', () => {
    for (const [meaning, at] of Object.entries(template2010.meanings.answers ?? {})) {
      const field = template2010.forms
        .find((f) => f.code === at?.form)
        ?.fields.find((f) => f.key === at?.question);
      expect(field?.kind, meaning).toMatch(/^(yesno|text)$/);
    }
  });

  it('writes needs back into the needs table by meaning', () => {
    const written = withNeedEntries(content2010, [
      { ...facts.needs[0]!, description: 'Prostheses and rehabilitation', publish: true, registerId: 9 },
    ]);
    expect(written.forms.J?.values.needs).toEqual([
      expect.objectContaining({ description: 'Prostheses and rehabilitation', publish: 'yes', needId: 9 }),
    ]);
    expect(written.forms.B).toBe(content2010.forms.B);
  });
});

describe('a second template version plugs in by declaring the same meanings', () => {
  // A toy later version: the same meanings kept in other forms, tables and columns.
  const meanings: TemplateMeanings = {
    tables: {
      needs: {
        form: 'E',
        table: 'requests',
        columns: {
          area: 'field',
          description: 'what',
          estimatedCost: 'costUsd',
          currency: 'cur',
          publish: 'public',
          registerId: 'ref',
        },
      },
      assistanceReceived: {
        form: 'D',
        table: 'support',
        columns: {
          counterpart: 'donor',
          area: 'field',
          amount: 'sum',
          currency: 'cur',
          inResponseToRequest: 'asked',
        },
      },
    },
    fields: { remainingContaminatedArea: { form: 'C', field: 'leftToClear' } },
  };
  const toy: TemplateDef = {
    id: 'toy',
    reference: 'TOY/2030',
    meanings,
    forms: [
      { code: 'C', hasStatus: true, fields: [{ kind: 'yesno', key: 'strategy', indicator: 'LAP2' }] },
      { code: 'D', hasStatus: true, fields: [] },
      { code: 'E', hasStatus: true, fields: [] },
    ],
  };
  const content: ReportContent = {
    template: 'toy',
    forms: {
      C: { status: 'changed', values: { leftToClear: 1_200_000, strategy: 'no' } },
      D: {
        status: 'changed',
        values: { support: [{ donor: 'Norway', field: 'art4', sum: 50, cur: 'EUR', asked: 'yes' }] },
      },
      E: {
        status: 'changed',
        values: {
          requests: [{ field: 'art5', what: 'Prostheses', costUsd: 1000, cur: 'USD', public: 'no', ref: 4 }],
        },
      },
    },
  };

  it('reads the same facts as the 2010 version, from its own keys', () => {
    const facts = factsOf(toy, content);
    const as2010 = reportFacts(content2010);
    const place = { source: expect.anything() };
    expect(facts.needs).toEqual([{ ...as2010.needs[0], ...place }]);
    expect(facts.needs[0]?.source).toEqual({ form: 'E', table: 'requests', row: 1 });
    expect(facts.assistanceReceived).toEqual([
      { ...as2010.assistanceReceived[0], type: null, channel: null, year: null, ...place },
    ]);
    expect(facts.remainingContaminatedArea).toBe(as2010.remainingContaminatedArea);
    expect(facts.answers).toEqual([{ form: 'C', question: 'strategy', indicators: ['LAP2'], answer: 'no' }]);
    // A meaning this version does not carry reads as none.
    expect(facts.stockpiles).toEqual([]);
  });

  it('the 2010 version declares every meaning', () => {
    expect(Object.keys(template2010.meanings.tables).sort()).toEqual(Object.keys(tableMeanings).sort());
    expect(Object.keys(template2010.meanings.fields)).toEqual(Object.keys(fieldMeanings));
  });
});

describe('answers by meaning, from both versions', () => {
  // The same State's answers, as each version asks them.
  const forms = {
    F: {
      status: 'changed' as const,
      values: {
        nationalStrategy: 'yes',
        genderDiversityIntegrated: 'partly',
        comprehensiveStrategy: 'no',
        innovativeMethodologies: 'yes',
      },
    },
    J: {
      status: 'changed' as const,
      values: { genderDiversityInPlans: 'yes', implementationInNationalPlans: 'no' },
    },
  };
  const on2010 = reportFacts(contentFor(template2010, { template: '2010', forms }));
  const onLap = reportFacts(contentFor(template2010Lap, { template: '2010-lap', forms }));

  it('reads each split pair from one question in 2010 and from two in the supplement', () => {
    expect(on2010.answer.nationalStrategy).toEqual({
      answer: 'yes',
      form: 'F',
      question: 'nationalStrategy',
    });
    expect(on2010.answer.evidenceBasedStrategy).toEqual(on2010.answer.nationalStrategy);
    expect(on2010.answer.genderDiversityInPlans).toEqual({
      answer: 'partly',
      form: 'F',
      question: 'genderDiversityIntegrated',
    });
    expect(on2010.answer.genderDiversityInClearance).toEqual(on2010.answer.genderDiversityInPlans);

    expect(onLap.answer.nationalStrategy).toEqual({
      answer: 'no',
      form: 'F',
      question: 'comprehensiveStrategy',
    });
    expect(onLap.answer.evidenceBasedStrategy).toEqual({
      answer: 'yes',
      form: 'F',
      question: 'nationalStrategy',
    });
    expect(onLap.answer.genderDiversityInPlans).toEqual({
      answer: 'yes',
      form: 'J',
      question: 'genderDiversityInPlans',
    });
    expect(onLap.answer.genderDiversityInClearance).toEqual({
      answer: 'partly',
      form: 'F',
      question: 'genderDiversityIntegrated',
    });
  });

  it("reads the supplement's new answers, and has none of them on 2010 (not asked, not 'no')", () => {
    expect(onLap.answer.innovativeMethodologies).toEqual({
      answer: 'yes',
      form: 'F',
      question: 'innovativeMethodologies',
    });
    expect(onLap.answer.implementationInNationalPlans?.answer).toBe('no');
    expect(onLap.answer.art3OnTrack).toEqual({ answer: null, form: 'B', question: 'art3OnTrack' });
    for (const m of ['innovativeMethodologies', 'implementationInNationalPlans', 'art3OnTrack'] as const)
      expect(on2010.answer[m]).toBeUndefined();
    // The 2010 answers read the same from either version.
    expect(onLap.answer.annualWorkPlan).toEqual(on2010.answer.annualWorkPlan);
  });

  it('lists the indicators each answer feeds, the narrowed 2010 questions feeding one action', () => {
    const feeds = (f: typeof onLap, question: string) =>
      f.answers.find((a) => a.question === question)?.indicators;
    expect(feeds(on2010, 'nationalStrategy')).toEqual(['LAP2', 'LAP19']);
    expect(feeds(onLap, 'nationalStrategy')).toEqual(['LAP19']);
    expect(feeds(onLap, 'comprehensiveStrategy')).toEqual(['LAP2']);
    expect(feeds(onLap, 'genderDiversityInPlans')).toEqual(['LAP4']);
  });
});

describe('reportFacts: numbers the State said are unknown or not reported', () => {
  const F = content2010.forms.F!;
  const content: ReportContent = {
    ...content2010,
    forms: {
      ...content2010.forms,
      F: {
        ...F,
        values: {
          ...F.values,
          clearedInPeriod: [
            {
              location: 'South',
              area: 'unknown',
              submunitionsDestroyed: 'not_reported',
              otherItemsDestroyed: 0,
            },
          ],
          totalRemainingArea: 'not_reported',
        },
      },
    },
  };
  const facts = reportFacts(content);

  it('reads them as null with the reason, never as 0', () => {
    const [row] = facts.clearedAreas;
    expect(row?.area).toBeNull();
    expect(row?.reasons).toEqual({ area: 'unknown', submunitionsDestroyed: 'not_reported' });
    expect(row?.otherItemsDestroyed).toBe(0);
    expect(facts.remainingContaminatedArea).toBeNull();
    expect(facts.fieldReasons).toEqual({ remainingContaminatedArea: 'not_reported' });
  });

  it('gives no reason for a figure given or a cell left blank', () => {
    const plain = reportFacts(content2010);
    expect(plain.clearedAreas[0]).not.toHaveProperty('reasons');
    expect(plain.fieldReasons).toEqual({});
  });
});

describe('what a row means beyond the template: casualties by device, people reached without a split', () => {
  const victim = (p: Partial<Omit<TableFact<'victims'>, 'source'>>): TableFact<'victims'> => ({
    category: 'new',
    women: null,
    men: null,
    girls: null,
    boys: null,
    sexAgeUnknown: null,
    personsWithDisabilities: null,
    killed: null,
    injured: null,
    submunitionCasualties: null,
    otherRemnantCasualties: null,
    source: { form: 'H', table: 'victims', row: 1 },
    ...p,
  });
  it.each([
    // Lao PDR 2015 (reports/checks/fixtures/lao-pdr.ts): 42 casualties, 18 of them from submunitions.
    [
      'device given: the submunition casualties only',
      { killed: 8, injured: 34, submunitionCasualties: 18, otherRemnantCasualties: 24 },
      18,
    ],
    [
      'only other remnants given: the rest of the total',
      { killed: 8, injured: 34, otherRemnantCasualties: 40 },
      2,
    ],
    ['only other remnants, no total: unknown', { otherRemnantCasualties: 40 }, null],
    ['no device: the casualties the State reports', { killed: 1, injured: 4 }, 5],
    ['no device, killed and injured not both given: by sex and age', { killed: 1, women: 2, boys: 3 }, 5],
    ['nothing given: unknown, not 0', {}, null],
    [
      'zero by device: zero',
      { killed: 0, injured: 3, submunitionCasualties: 0, otherRemnantCasualties: 3 },
      0,
    ],
  ] as const)('%s', (_, row, expected) => {
    expect(clusterMunitionCasualties(victim(row))).toBe(expected);
  });

  const activity = (p: Partial<Omit<TableFact<'riskEducation'>, 'source'>>): TableFact<'riskEducation'> => ({
    activity: 'schools',
    area: null,
    women: null,
    men: null,
    girls: null,
    boys: null,
    personsWithDisabilities: null,
    totalReached: null,
    source: { form: 'G', table: 'activities', row: 1 },
    ...p,
  });
  it.each([
    ['a total without a split ("1,300 teachers")', { totalReached: 1300 }, 1300],
    [
      'a split without a total: its sum',
      { women: 10, men: 5, girls: 4, boys: 1, personsWithDisabilities: 2 },
      20,
    ],
    ['both: the total (the split is part of it)', { women: 10, totalReached: 50 }, 50],
    ['neither: unknown, not 0', {}, null],
  ] as const)('%s', (_, row, expected) => {
    expect(peopleReached(activity(row))).toBe(expected);
  });
});
