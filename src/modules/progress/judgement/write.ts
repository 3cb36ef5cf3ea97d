import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { TxContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { states } from '../../states/index.js';
import { WindowNotRecordedError } from '../errors.js';
import { figureOverrides, indicatorAssessments } from '../schema.js';
import { windowOf } from '../snapshot.js';

/** The meeting as the calendar records it (its code as written there); refused when it has no reporting window. */
export async function meetingWithWindow(ctx: TxContext, code: string): Promise<string> {
  try {
    return (await windowOf(ctx.db, code)).meeting;
  } catch (err) {
    if (err instanceof WindowNotRecordedError)
      throw new ValidationError({ meeting: ['progressJudgement:errors.meeting'] });
    throw err;
  }
}

export async function knownState(ctx: TxContext, iso3: string): Promise<void> {
  const found = await ctx.db
    .select({ iso3: states.iso3 })
    .from(states)
    .where(inArray(states.iso3, [iso3]));
  if (!found.length) throw new ValidationError({ stateIso3: ['progressJudgement:errors.state'] });
}

/** The assessment in force for a meeting, indicator and State, locked for the write. */
export async function assessmentInForce(ctx: TxContext, meeting: string, indicatorId: string, iso3: string) {
  const [row] = await ctx.db
    .select()
    .from(indicatorAssessments)
    .where(
      and(
        eq(indicatorAssessments.meetingCode, meeting),
        eq(indicatorAssessments.indicatorId, indicatorId),
        eq(indicatorAssessments.stateIso3, iso3),
        isNull(indicatorAssessments.withdrawnAt),
      ),
    )
    .for('update');
  return row;
}

/** The override in force for a meeting and indicator, locked for the write. */
export async function overrideInForce(ctx: TxContext, meeting: string, indicatorId: string) {
  const [row] = await ctx.db
    .select()
    .from(figureOverrides)
    .where(
      and(
        eq(figureOverrides.meetingCode, meeting),
        eq(figureOverrides.indicatorId, indicatorId),
        isNull(figureOverrides.withdrawnAt),
      ),
    )
    .for('update');
  return row;
}

/** What a withdrawal writes on the row it ends: when, by whom, why. */
export const withdrawal = (ctx: TxContext, reason: string | null) => ({
  withdrawnAt: ctx.now,
  withdrawnBy: ctx.actor.label,
  withdrawalReason: reason,
});
