import { and, eq, isNull } from 'drizzle-orm';
import type { TxContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { canJudgeIndicator, canJudgeProgress } from '../policy.js';
import { figureOverrides } from '../schema.js';
import { WithdrawInput } from './inputs.js';
import { withdrawal } from './write.js';

async function inForce(ctx: TxContext, id: number) {
  const [row] = await ctx.db
    .select()
    .from(figureOverrides)
    .where(and(eq(figureOverrides.id, id), isNull(figureOverrides.withdrawnAt)))
    .for('update');
  // Already withdrawn, or never recorded: nothing in force to withdraw.
  if (!row) throw new ValidationError({ id: ['progressJudgement:errors.notInForce'] });
  return row;
}

/** Withdraws an agreed figure: the computed one is shown again; the agreed one stays in the history. */
export const withdrawOverride = defineVerb({
  name: 'progress.withdrawOverride',
  input: WithdrawInput,
  allow: canJudgeProgress,
  permit: async (ctx, input) => canJudgeIndicator(ctx.actor, (await inForce(ctx, input.id)).indicatorId),
  async run(ctx, input) {
    const row = await inForce(ctx, input.id);
    const ended = withdrawal(ctx, input.reason);
    await ctx.db.update(figureOverrides).set(ended).where(eq(figureOverrides.id, row.id));
    return {
      result: { id: row.id },
      audit: [
        {
          subjectType: 'figure_override',
          subjectId: String(row.id),
          before: row,
          after: { ...row, ...ended },
        },
      ],
    };
  },
});
