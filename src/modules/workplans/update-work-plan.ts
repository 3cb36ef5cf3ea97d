import { eq } from 'drizzle-orm';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { UpdateWorkPlanInput } from './inputs.js';
import { canWriteWorkPlans } from './policy.js';
import { lockWorkPlan } from './queries.js';
import { workPlans } from './schema.js';
import type { SourcedLine } from './vocabulary.js';

/** A line typed again as it stood keeps the source it had (a form has no place for each line's source). */
const keepSources = (before: SourcedLine[], after: SourcedLine[]): SourcedLine[] =>
  after.map((l) =>
    l.source ? l : { text: l.text, source: before.find((b) => b.text === l.text)?.source ?? null },
  );

/** Changes a work plan's own fields; its activities are changed one by one. */
export const updateWorkPlan = defineVerb({
  name: 'workplans.updateWorkPlan',
  input: UpdateWorkPlanInput,
  allow: canWriteWorkPlans,
  async run(ctx, { id, ...input }) {
    const before = await lockWorkPlan(ctx.db, id);
    const values = {
      ...input,
      objectives: keepSources(before.objectives, input.objectives),
      expectedOutputs: keepSources(before.expectedOutputs, input.expectedOutputs),
      implementers: keepSources(before.implementers, input.implementers),
      partners: keepSources(before.partners, input.partners),
    };
    await ctx.db
      .update(workPlans)
      .set({ ...values, updatedAt: ctx.now })
      .where(eq(workPlans.id, id));
    const { createdAt: _c, updatedAt: _u, referenceKey: _r, id: _i, ...was } = before;
    return outcomeOn({ type: 'work_plan', id }, { id }, { before: was, after: values });
  },
});
