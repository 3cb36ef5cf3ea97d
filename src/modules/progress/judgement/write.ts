import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { AuditRecord } from '../../../kernel/audit/record.js';
import { isoDay } from '../../../kernel/clock.js';
import type { TxContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { requireRegisteredState } from '../../states/index.js';
import { canJudgeIndicator, canJudgeProgress, inOfficeFor } from '../policy.js';
import { figureOverrides, indicatorAssessments } from '../schema.js';
import { meetingWithWindowOr } from '../snapshot.js';
import { WithdrawInput } from './inputs.js';

/** The two kinds of judgement: a State's assessment on an indicator, and an agreed figure. */
type Judgement = typeof indicatorAssessments | typeof figureOverrides;

const subjectType = (table: Judgement) =>
  table === indicatorAssessments ? 'indicator_assessment' : 'figure_override';

/** The meeting as the calendar records it (its code as written there); refused when it has no reporting window. */
export const meetingWithWindow = (ctx: TxContext, code: string): Promise<string> =>
  meetingWithWindowOr(ctx.db, code, 'progressJudgement:errors.meeting');

export async function knownState(ctx: TxContext, iso3: string): Promise<void> {
  await requireRegisteredState(ctx.db, iso3, { stateIso3: ['progressJudgement:errors.state'] });
}

/** The judgement of `table` still in force (not withdrawn) that `where` picks, locked for the write. */
async function lockInForce<T extends Judgement>(
  ctx: TxContext,
  table: T,
  ...where: SQL[]
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await ctx.db
    .select()
    .from(table as Judgement)
    .where(and(...where, isNull(table.withdrawnAt)))
    .for('update');
  return row as T['$inferSelect'] | undefined;
}

/** The assessment in force for a meeting, indicator and State, locked for the write. */
export function assessmentInForce(ctx: TxContext, meeting: string, indicatorId: string, iso3: string) {
  const t = indicatorAssessments;
  return lockInForce(
    ctx,
    t,
    eq(t.meetingCode, meeting),
    eq(t.indicatorId, indicatorId),
    eq(t.stateIso3, iso3),
  );
}

/** The override in force for a meeting and indicator, locked for the write. */
export function overrideInForce(ctx: TxContext, meeting: string, indicatorId: string) {
  const t = figureOverrides;
  return lockInForce(ctx, t, eq(t.meetingCode, meeting), eq(t.indicatorId, indicatorId));
}

/** What a withdrawal writes on the row it ends: when, by whom, why. */
export const withdrawal = (ctx: TxContext, reason: string | null) => ({
  withdrawnAt: ctx.now,
  withdrawnBy: ctx.actor.label,
  withdrawalReason: reason,
});

/**
 * Ends a judgement in force: it stays in the history with who withdrew it, when and why (`reason`,
 * none when it is replaced). The audit record of the change, with the State when it is a State's.
 */
export async function endJudgement(
  ctx: TxContext,
  table: Judgement,
  row: { id: number; stateIso3?: string },
  reason: string | null,
): Promise<AuditRecord> {
  const ended = withdrawal(ctx, reason);
  await ctx.db.update(table).set(ended).where(eq(table.id, row.id));
  return {
    subjectType: subjectType(table),
    subjectId: String(row.id),
    ...(row.stateIso3 === undefined ? {} : { stateIso3: row.stateIso3 }),
    before: row,
    after: { ...row, ...ended },
  };
}

/**
 * Withdraws the judgement in force that a new one replaces, if there is one: the audit list the
 * new judgement's entry is then added to.
 */
export async function supersede(
  ctx: TxContext,
  table: Judgement,
  previous: { id: number; stateIso3?: string } | undefined,
): Promise<AuditRecord[]> {
  return previous ? [await endJudgement(ctx, table, previous, null)] : [];
}

/**
 * A judgement's verbs are permitted to one who, in office for the meeting, may judge the
 * indicator (the ISU, or the Coordinator of its area).
 */
export async function permitJudging(ctx: TxContext, meeting: string, indicatorId: string): Promise<boolean> {
  return canJudgeIndicator(await inOfficeFor(ctx.db, ctx.actor, meeting, isoDay(ctx.now)), indicatorId);
}

/** Who may record a judgement on an indicator of a meeting: a verb's `allow` and `permit`. */
export const judging = {
  allow: canJudgeProgress,
  permit: (ctx: TxContext, input: { meeting: string; indicatorId: string }) =>
    permitJudging(ctx, input.meeting, input.indicatorId),
};

/** The verb that withdraws a judgement in force of `table`, by its id, with the reason. */
export function withdrawVerb(name: string, table: Judgement) {
  const inForce = async (ctx: TxContext, id: number) => {
    const row = await lockInForce(ctx, table, eq(table.id, id));
    // Already withdrawn, or never recorded: nothing in force to withdraw.
    if (!row) throw new ValidationError({ id: ['progressJudgement:errors.notInForce'] });
    return row;
  };
  return defineVerb({
    name,
    input: WithdrawInput,
    allow: canJudgeProgress,
    permit: async (ctx, input) => {
      const row = await inForce(ctx, input.id);
      return permitJudging(ctx, row.meetingCode, row.indicatorId);
    },
    async run(ctx, input) {
      const row = await inForce(ctx, input.id);
      return { result: { id: row.id }, audit: [await endJudgement(ctx, table, row, input.reason)] };
    },
  });
}
