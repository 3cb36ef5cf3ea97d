import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { CreateWorkPlanInput } from './inputs.js';
import { canWriteWorkPlans } from './policy.js';
import { workPlans } from './schema.js';

/** Opens a thematic area's work plan for a cycle. */
export const createWorkPlan = defineVerb({
  name: 'workplans.createWorkPlan',
  input: CreateWorkPlanInput,
  allow: canWriteWorkPlans,
  async run(ctx, input) {
    const [row] = await ctx.db
      .insert(workPlans)
      .values({ ...input, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: workPlans.id });
    const id = row!.id;
    return outcomeOn({ type: 'work_plan', id }, { id }, { after: input });
  },
});
