import { eq } from 'drizzle-orm';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { checkActionItem, writeActionItemStates } from './action-item-write.js';
import { ActionItemNotFoundError } from './errors.js';
import { UpdateActionItemInput } from './inputs.js';
import { canWriteCalendar } from './policy.js';
import { actionItemStates, actionItems } from './schema.js';

/** Updates an action item: its status as it moves, or a correction of what was recorded. */
export const updateActionItem = defineVerb({
  name: 'calendar.updateActionItem',
  input: UpdateActionItemInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    const [before] = await ctx.db.select().from(actionItems).where(eq(actionItems.id, input.id));
    if (!before) throw new ActionItemNotFoundError(input.id);
    const statesBefore = (
      await ctx.db
        .select({ iso3: actionItemStates.stateIso3 })
        .from(actionItemStates)
        .where(eq(actionItemStates.actionItemId, input.id))
    ).map((r) => r.iso3);
    const { id, states, ...fields } = { ...input, ...(await checkActionItem(ctx, input)) };
    await ctx.db
      .update(actionItems)
      .set({ ...fields, updatedAt: ctx.now })
      .where(eq(actionItems.id, id));
    await writeActionItemStates(ctx, id, states);
    const { createdAt: _c, updatedAt: _u, ...stored } = before;
    return outcomeOn(
      { type: 'action_item', id },
      { id },
      { before: { ...stored, states: statesBefore }, after: { ...fields, states } },
    );
  },
});
