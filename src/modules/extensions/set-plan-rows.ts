import { eq } from 'drizzle-orm';
import { defineVerb } from '../../kernel/verb.js';
import { SetPlanRowsInput } from './inputs.js';
import { mayWriteSomeRequest } from './policy.js';
import { extensionPlanRows } from './schema.js';
import { syncPlanNeeds } from './sync-needs.js';
import { assertNotWithdrawn, lockRequest, permitOnRequest, touch } from './write.js';

/**
 * The costed work plan, saved whole: the rows given replace the plan (year, milestone, area or
 * quantity, cost, currency, national and external funding). While the request is submitted, each
 * year's funding gap becomes or updates a need of the cooperation register (sync-needs.ts).
 */
export const setPlanRows = defineVerb({
  name: 'extensions.setPlanRows',
  input: SetPlanRowsInput,
  allow: mayWriteSomeRequest,
  permit: permitOnRequest,
  async run(ctx, input) {
    const row = await lockRequest(ctx, input.id);
    assertNotWithdrawn(row);
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
    return {
      result: { id: row.id, needs },
      audit: [
        {
          subjectType: 'extension_request',
          subjectId: String(row.id),
          stateIso3: row.stateIso3,
          before: { plan: before },
          after: { plan: input.rows, needs },
        },
      ],
    };
  },
});
