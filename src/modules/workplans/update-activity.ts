import { eq } from 'drizzle-orm';
import { lockRowOr } from '../../kernel/rows.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { ActivityNotFoundError } from './errors.js';
import { UpdateActivityInput } from './inputs.js';
import { checkActivityLinks } from './links.js';
import { canWriteWorkPlans } from './policy.js';
import { workPlanActivities } from './schema.js';

/** Changes an activity: its text, status, quarters and the meetings, documents and action items that carry it out. */
export const updateActivity = defineVerb({
  name: 'workplans.updateActivity',
  input: UpdateActivityInput,
  allow: canWriteWorkPlans,
  async run(ctx, { id, ...input }) {
    const before = await lockRowOr(
      ctx.db,
      workPlanActivities,
      workPlanActivities.id,
      id,
      () => new ActivityNotFoundError(id),
    );
    await checkActivityLinks(ctx, input);
    await ctx.db
      .update(workPlanActivities)
      .set({ ...input, updatedAt: ctx.now })
      .where(eq(workPlanActivities.id, id));
    const { createdAt: _c, updatedAt: _u, referenceKey: _r, id: _i, ...was } = before;
    return outcomeOn(
      { type: 'work_plan_activity', id },
      { id, workPlanId: before.workPlanId },
      { before: was, after: input },
    );
  },
});
