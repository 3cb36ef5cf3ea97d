import { describe, expect, it } from 'vitest';
import { deriveLedger, deriveNeeds, type StandingReport } from './derive.js';
import { fallbackDescription } from './needs/rows.js';
import { checkClaims, summarise } from './queries.js';

const report = (
  over: Partial<StandingReport> & { forms: StandingReport['content']['forms'] },
): StandingReport => ({
  stateIso3: 'LBN',
  year: 2022,
  kind: 'annual',
  reportId: 7,
  version: 2,
  ...over,
  content: { template: '2010', forms: over.forms },
});

describe('deriveNeeds', () => {
  it.each([
    ['no form J', {}, []],
    ['an empty table', { J: { status: 'changed' as const, values: { needs: [] } } }, []],
    [
      "one row by the register's rule: blanks as null, no description the stored fallback",
      {
        J: {
          status: 'changed' as const,
          values: {
            needs: [
              { area: 'art4', type: 'financial', description: '  ', estimatedCost: 1000, currency: 'USD' },
            ],
          },
        },
      },
      [
        {
          stateIso3: 'LBN',
          year: 2022,
          area: 'art4',
          type: 'financial',
          description: fallbackDescription('art4'),
          estimatedCost: 1000,
          currency: 'USD',
          nationalContribution: null,
          planReference: null,
          source: { reportId: 7, version: 2, form: 'J', table: 'needs', row: 1 },
        },
      ],
    ],
    [
      'a blank row is no need, a row without area is filed under other, one key is one need',
      {
        J: {
          status: 'changed' as const,
          values: {
            needs: [
              { area: null, description: null, currency: 'USD' },
              { area: null, description: 'Survey', currency: null },
              { area: 'other', description: ' survey ', currency: null },
            ],
          },
        },
      },
      [
        expect.objectContaining({
          area: 'other',
          description: 'Survey',
          source: expect.objectContaining({ row: 2 }),
        }),
      ],
    ],
  ])('%s', (_name, forms, expected) => {
    expect(deriveNeeds(report({ forms }))).toEqual(expected);
  });
});

describe('deriveLedger', () => {
  const forms: StandingReport['content']['forms'] = {
    I: {
      status: 'changed' as const,
      values: {
        assistanceProvided: [{ recipient: 'Lao PDR', area: 'art5', amount: 50, currency: 'EUR', year: null }],
        assistanceReceived: [
          { provider: 'Norway', area: 'art4', channel: 'NPA', year: 2021 },
          { provider: 'UNDP', area: 'other' },
        ],
      },
    },
  };
  it.each([
    [
      0,
      {
        side: 'provider',
        provider: 'LBN',
        recipient: 'Lao PDR',
        counterpart: 'Lao PDR',
        area: 'art5',
        amount: 50,
        year: 2022,
        source: { reportId: 7, version: 2, form: 'I', table: 'assistanceProvided', row: 1 },
      },
    ],
    [
      1,
      {
        side: 'recipient',
        provider: 'Norway',
        recipient: 'LBN',
        counterpart: 'Norway',
        channel: 'NPA',
        year: 2021,
        source: expect.objectContaining({ table: 'assistanceReceived', row: 1 }),
      },
    ],
    [
      2,
      {
        side: 'recipient',
        provider: 'UNDP',
        area: 'other',
        amount: null,
        source: expect.objectContaining({ row: 2 }),
      },
    ],
  ])('entry %i', (i, expected) => {
    const ledger = deriveLedger(report({ forms }));
    expect(ledger).toHaveLength(3);
    expect(ledger[i]).toMatchObject(expected);
  });
});

describe('summarise and checkClaims', () => {
  const names = new Map([
    ['LBN', 'Lebanon'],
    ['NOR', 'Norway'],
    ['SSD', 'South Sudan'],
  ]);
  const lbn = report({
    forms: {
      I: { status: 'changed', values: { assistanceReceived: [{ area: 'art4' }, { area: 'art4' }] } },
      J: { status: 'changed', values: { needs: [{ area: 'art5' }] } },
    },
  });
  const ssd = report({
    stateIso3: 'SSD',
    kind: 'voluntary',
    reportId: 9,
    forms: { J: { status: 'changed', values: { needs: [{ area: 'art4' }] } } },
  });

  it('keeps every row behind a State and non-parties apart', () => {
    const s = summarise(2022, [lbn, ssd], names);
    const art4 = s.areas.find((a) => a.area === 'art4');
    expect(art4?.recipients.map((e) => [e.iso3, e.sources.map((x) => x.row)])).toEqual([['LBN', [1, 2]]]);
    expect(art4?.requesters).toEqual([]);
    expect(s.recipientsAny.map((e) => e.name)).toEqual(['Lebanon']);
    expect(s.nonParties.map((n) => n.iso3)).toEqual(['SSD']);
  });

  it.each([
    ['consistent', 1, ['LBN'], { consistent: true }],
    [
      'print exceeds its own list',
      3,
      ['LBN', 'NOR'],
      { consistent: false, problem: 'claimed_exceeds_named', computedNotNamed: [] },
    ],
    [
      'data differ from print',
      2,
      ['LBN', 'NOR'],
      { consistent: false, problem: 'computed_differs', namedNotComputed: ['NOR'] },
    ],
  ])('%s', (_name, claimed, namedStates, expected) => {
    const s = summarise(2022, [lbn], names);
    const [check] = checkClaims(s, [
      { id: 'x', document: 'd', year: 2022, measure: 'art4.recipients', claimed, namedStates },
      { id: 'other-year', document: 'd', year: 2021, measure: 'recipientsAny', claimed: 1, namedStates: [] },
    ]);
    expect(check).toMatchObject({ claimed, named: namedStates.length, computed: 1, ...expected });
  });
});
