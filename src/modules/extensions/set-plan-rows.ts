import { eq } from 'drizzle-orm';
import { SetPlanRowsInput } from './inputs.js';
import { extensionPlanRows } from './schema.js';
import { syncPlanNeeds } from './sync-needs.js';
import { defineRequestVerb, requestOutcome, touch } from './write.js';

/**
 * The costed work plan, saved whole: the rows given replace the plan (year, milestone, area or
 * quantity, cost, currency, national and external funding). While the request is submitted, each
 * year's funding gap becomes or updates a need of the cooperation register (sync-needs.ts).
 */
export const setPlanRows = defineRequestVerb({
  name: 'extensions.setPlanRows',
  input: SetPlanRowsInput,
  async run(ctx, input, row) {
    const before = await ctx.db
      .select()
      .from(extensionPlanRows)
      .where(eq(extensionPlanRows.requestId, row.id));
    await ctx.db.delete(extensionPlanRows).where(eq(extensionPlanRows.requestId, row.id));
    if (input.rows.length)
      await ctx.db
        .insert(extensionPlanRows)
        .values(input.rows.map((r, i) => ({ ...r, requestId: row.id, position: i + 1, createdAt: ctx.now })));
    const after = await touch(ctx, row, input.version, {});
    const needs = after.status === 'submitted' ? await syncPlanNeeds(ctx, after) : [];
    return requestOutcome(
      row,
      { id: row.id, needs },
      { before: { plan: before }, after: { plan: input.rows, needs } },
    );
  },
});
