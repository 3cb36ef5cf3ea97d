import { describe, expect, it } from 'vitest';
import { needStatusesAskingForHelp } from '../../../../test/cooperation.js';
import { responseStages } from '../shared/vocabulary.js';
import { canTakeStep, isLive, needTakesResponses, type Step, steps } from './rules.js';

describe('handshake stage order', () => {
  // Every step against every stage: exactly the listed moves are allowed.
  const allowed: Record<Step, string[]> = {
    commit: ['interest'],
    deliver: ['commitment'],
    withdraw: ['interest', 'commitment', 'delivered'],
    confirm: ['delivered'],
  };
  for (const step of Object.keys(steps) as Step[]) {
    for (const stage of responseStages) {
      const expected = allowed[step].includes(stage);
      it(`${step} from ${stage}: ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canTakeStep(step, stage)).toBe(expected);
      });
    }
  }

  it('nothing moves a confirmed or withdrawn response', () => {
    for (const step of Object.keys(steps) as Step[]) {
      expect(canTakeStep(step, 'confirmed')).toBe(false);
      expect(canTakeStep(step, 'withdrawn')).toBe(false);
    }
  });

  it.each([
    ['interest', true],
    ['commitment', true],
    ['delivered', true],
    ['confirmed', false],
    ['withdrawn', false],
  ] as const)('a response at %s is open: %s', (stage, live) => {
    expect(isLive(stage)).toBe(live);
  });

  it.each(needStatusesAskingForHelp)('a need %s takes responses: %s', (status, takes) => {
    expect(needTakesResponses(status)).toBe(takes);
  });
});
