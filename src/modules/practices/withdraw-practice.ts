import { eq } from 'drizzle-orm';
import { nextVersion } from '../../kernel/record-version.js';
import { defineVerb } from '../../kernel/verb.js';
import { PracticeNotFoundError, PracticeRef } from './inputs.js';
import { canMaintainPractices } from './policy.js';
import { goodPractices } from './schema.js';
import { audit, lockPractice } from './write.js';

/** Takes a practice out of the catalogue for good; withdrawing it again changes nothing. */
export const withdrawPractice = defineVerb({
  name: 'practices.withdrawPractice',
  input: PracticeRef,
  allow: canMaintainPractices,
  async run(ctx, input) {
    const before = await lockPractice(ctx.db, input.id);
    if (before.status === 'withdrawn') return { result: { id: before.id, changed: false }, audit: [] };
    const [after] = await ctx.db
      .update(goodPractices)
      .set({ status: 'withdrawn', version: nextVersion(before), updatedAt: ctx.now })
      .where(eq(goodPractices.id, input.id))
      .returning();
    if (!after) throw new PracticeNotFoundError(input.id);
    return { result: { id: after.id, changed: true }, audit: audit(before, after) };
  },
});
