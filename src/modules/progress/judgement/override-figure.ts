import type { AuditRecord } from '../../../kernel/audit/record.js';
import { defineVerb } from '../../../kernel/verb.js';
import { canJudgeProgress } from '../policy.js';
import { figureOverrides } from '../schema.js';
import { OverrideFigureInput } from './inputs.js';
import { endJudgement, meetingWithWindow, overrideInForce, permitJudging } from './write.js';

/**
 * Agrees a figure for an indicator of a meeting's Progress Report that overrides the computed one,
 * with its reason (mandatory). The computed figure is not touched: both are kept and shown. An
 * agreed figure already in force is withdrawn (kept in the history) and replaced.
 */
export const overrideFigure = defineVerb({
  name: 'progress.overrideFigure',
  input: OverrideFigureInput,
  allow: canJudgeProgress,
  permit: (ctx, input) => permitJudging(ctx, input.meeting, input.indicatorId),
  async run(ctx, input) {
    const meeting = await meetingWithWindow(ctx, input.meeting);
    const audit: AuditRecord[] = [];
    const previous = await overrideInForce(ctx, meeting, input.indicatorId);
    if (previous) audit.push(await endJudgement(ctx, figureOverrides, previous, null));
    const values = {
      meetingCode: meeting,
      indicatorId: input.indicatorId,
      value: input.value,
      denominator: input.denominator,
      reason: input.reason,
      agreedById: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      agreedByLabel: ctx.actor.label,
      agreedAt: ctx.now,
    };
    const [row] = await ctx.db.insert(figureOverrides).values(values).returning({ id: figureOverrides.id });
    audit.push({ subjectType: 'figure_override', subjectId: String(row!.id), after: values });
    return { result: { id: row!.id, replaced: previous?.id ?? null }, audit };
  },
});
