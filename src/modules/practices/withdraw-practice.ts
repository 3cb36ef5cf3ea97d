import { defineVerb } from '../../kernel/verb.js';
import { changeOnce } from '../../kernel/verb-helpers.js';
import { PracticeRef } from './inputs.js';
import { canMaintainPractices } from './policy.js';
import { lockPractice, practiceRows } from './write.js';

/** Takes a practice out of the catalogue for good; withdrawing it again changes nothing. */
export const withdrawPractice = defineVerb({
  name: 'practices.withdrawPractice',
  input: PracticeRef,
  allow: canMaintainPractices,
  async run(ctx, input) {
    const before = await lockPractice(ctx.db, input.id);
    return changeOnce(ctx, practiceRows, before, before.status === 'withdrawn', { status: 'withdrawn' });
  },
});
