import { eq } from 'drizzle-orm';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { ActionItemNotFoundError } from './errors.js';
import { SetActionItemStatusInput } from './inputs.js';
import { canWriteActionItems } from './policy.js';
import { actionItems } from './schema.js';

/**
 * Moves an action item's status (open, done, dropped, not known) with a note: what a Coordinator or
 * the ISU does from the follow-ups list. Everything else about the item is the ISU's to correct
 * (`updateActionItem`). A note left empty keeps the one recorded.
 */
export const setActionItemStatus = defineVerb({
  name: 'calendar.setActionItemStatus',
  input: SetActionItemStatusInput,
  allow: canWriteActionItems,
  async run(ctx, input) {
    const [before] = await ctx.db
      .select({ status: actionItems.status, note: actionItems.note })
      .from(actionItems)
      .where(eq(actionItems.id, input.id));
    if (!before) throw new ActionItemNotFoundError(input.id);
    const after = { status: input.status, note: input.note ?? before.note };
    await ctx.db
      .update(actionItems)
      .set({ ...after, updatedAt: ctx.now })
      .where(eq(actionItems.id, input.id));
    return outcomeOn({ type: 'action_item', id: input.id }, { id: input.id }, { before, after });
  },
});
