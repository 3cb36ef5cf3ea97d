import { eq, sql } from 'drizzle-orm';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { AddActivityInput } from './inputs.js';
import { checkActivityLinks } from './links.js';
import { canWriteWorkPlans } from './policy.js';
import { lockWorkPlan } from './queries.js';
import { workPlanActivities } from './schema.js';

/** Adds an activity at the end of a work plan. */
export const addActivity = defineVerb({
  name: 'workplans.addActivity',
  input: AddActivityInput,
  allow: canWriteWorkPlans,
  async run(ctx, input) {
    const plan = await lockWorkPlan(ctx.db, input.workPlanId);
    await checkActivityLinks(ctx, input);
    const [last] = await ctx.db
      .select({ n: sql<number>`coalesce(max(${workPlanActivities.position}), 0)::int` })
      .from(workPlanActivities)
      .where(eq(workPlanActivities.workPlanId, plan.id));
    const position = Number(last?.n ?? 0) + 1;
    const [row] = await ctx.db
      .insert(workPlanActivities)
      .values({ ...input, position, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: workPlanActivities.id });
    const id = row!.id;
    return outcomeOn(
      { type: 'work_plan_activity', id },
      { id, workPlanId: plan.id },
      { after: { ...input, position } },
    );
  },
});
