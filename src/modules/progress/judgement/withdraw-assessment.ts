import { and, eq, isNull } from 'drizzle-orm';
import type { TxContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { canJudgeIndicator, canJudgeProgress } from '../policy.js';
import { indicatorAssessments } from '../schema.js';
import { WithdrawInput } from './inputs.js';
import { withdrawal } from './write.js';

async function inForce(ctx: TxContext, id: number) {
  const [row] = await ctx.db
    .select()
    .from(indicatorAssessments)
    .where(and(eq(indicatorAssessments.id, id), isNull(indicatorAssessments.withdrawnAt)))
    .for('update');
  // Already withdrawn, or never recorded: nothing in force to withdraw.
  if (!row) throw new ValidationError({ id: ['progressJudgement:errors.notInForce'] });
  return row;
}

/** Withdraws an assessment in force: it stays in the history with who withdrew it, when and why. */
export const withdrawAssessment = defineVerb({
  name: 'progress.withdrawAssessment',
  input: WithdrawInput,
  allow: canJudgeProgress,
  permit: async (ctx, input) => canJudgeIndicator(ctx.actor, (await inForce(ctx, input.id)).indicatorId),
  async run(ctx, input) {
    const row = await inForce(ctx, input.id);
    const ended = withdrawal(ctx, input.reason);
    await ctx.db.update(indicatorAssessments).set(ended).where(eq(indicatorAssessments.id, row.id));
    return {
      result: { id: row.id },
      audit: [
        {
          subjectType: 'indicator_assessment',
          subjectId: String(row.id),
          stateIso3: row.stateIso3,
          before: row,
          after: { ...row, ...ended },
        },
      ],
    };
  },
});
