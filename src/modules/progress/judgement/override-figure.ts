import { defineVerb } from '../../../kernel/verb.js';
import { figureOverrides } from '../schema.js';
import { OverrideFigureInput } from './inputs.js';
import { judging, meetingWithWindow, overrideInForce, supersede } from './write.js';

/**
 * Agrees a figure for an indicator of a meeting's Progress Report that overrides the computed one,
 * with its reason (mandatory). The computed figure is not touched: both are kept and shown. An
 * agreed figure already in force is withdrawn (kept in the history) and replaced.
 */
export const overrideFigure = defineVerb({
  name: 'progress.overrideFigure',
  input: OverrideFigureInput,
  ...judging,
  async run(ctx, input) {
    const meeting = await meetingWithWindow(ctx, input.meeting);
    const previous = await overrideInForce(ctx, meeting, input.indicatorId);
    const audit = await supersede(ctx, figureOverrides, previous);
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
