import { describe, expect, it } from 'vitest';
import { describesActivities, type EvidenceFacts, scoreEvidence, statesTimeframe } from './evidence.js';

const none: EvidenceFacts = {
  description: 'Help',
  activitiesTimeframe: null,
  estimatedCost: null,
  currency: null,
  nationalContribution: null,
  planReference: null,
};
const full: EvidenceFacts = {
  description: 'Clearance of the southern districts',
  activitiesTimeframe: 'Survey and clearance of 12 areas by two teams, 2026 to 2028',
  estimatedCost: 1_000_000,
  currency: 'USD',
  nationalContribution: 100_000,
  planReference: 'National Mine Action Strategy 2023-2028',
};

describe('evidence score', () => {
  it.each<[string, EvidenceFacts, number, string[]]>([
    ['nothing but a word', none, 0, ['plan', 'activities', 'timeframe', 'cost', 'nationalContribution']],
    ['everything', full, 5, []],
    ['a placeholder plan is no plan', { ...full, planReference: 'n/a' }, 4, ['plan']],
    ['a cost without currency is no cost', { ...full, currency: null }, 4, ['cost']],
    ['a zero cost is no cost', { ...full, estimatedCost: 0 }, 4, ['cost']],
    [
      'a zero national contribution counts as none',
      { ...full, nationalContribution: 0 },
      4,
      ['nationalContribution'],
    ],
    [
      'a few words are no activities; no year, no timeframe',
      { ...full, activitiesTimeframe: 'Clearance', description: 'Clearance' },
      3,
      ['activities', 'timeframe'],
    ],
    [
      'activities without a time',
      { ...full, activitiesTimeframe: 'Survey and clearance by two teams in the south' },
      4,
      ['timeframe'],
    ],
    [
      'the timeframe may be in the description',
      {
        ...full,
        activitiesTimeframe: 'Survey and clearance by two teams',
        description: 'Clearance over 18 months',
      },
      5,
      [],
    ],
  ])('%s', (_name, facts, score, missing) => {
    const e = scoreEvidence(facts);
    expect(e.score).toBe(score);
    expect(e.max).toBe(5);
    expect(e.missing).toEqual(missing);
    expect(e.met.length + e.missing.length).toBe(5);
  });

  it.each([
    ['by 2027', true],
    ['from 1/3/2026', true],
    ['Q3', true],
    ['18 months', true],
    ['6 mois', true],
    ['3 años', true],
    ['soon', false],
    ['12 areas', false],
    [null, false],
  ] as const)('timeframe in %s: %s', (text, expected) => {
    expect(statesTimeframe(text)).toBe(expected);
  });

  it.each([
    ['Survey and clearance of 12 areas', true],
    ['Clearance', false],
    ['none', false],
    ['a b c', false],
  ] as const)('activities in %s: %s', (text, expected) => {
    expect(describesActivities(text)).toBe(expected);
  });
});
