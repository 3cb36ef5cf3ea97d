import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ValidationError } from '../../../kernel/errors.js';
import { rowIdOf } from '../../../kernel/ids.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { findActionItem } from '../../calendar/index.js';
import { actionItemNeeds, needs } from '../schema.js';
import { canLinkActionItems } from '../shared/policy.js';

export const ActionItemNeedInput = z.object({
  needId: rowIdOf('needs:actionItems.errors.need'),
  actionItemId: rowIdOf('needs:actionItems.errors.actionItem'),
});

/** Links a meeting's action item to a need it concerns. The ISU only; audited under the need. */
export const linkActionItemToNeed = defineVerb({
  name: 'cooperation.linkActionItemToNeed',
  input: ActionItemNeedInput,
  allow: canLinkActionItems,
  async run(ctx, input) {
    const [need] = await ctx.db
      .select({ id: needs.id, stateIso3: needs.stateIso3 })
      .from(needs)
      .where(eq(needs.id, input.needId));
    if (!need) throw new ValidationError({ needId: ['needs:actionItems.errors.need'] });
    const item = await findActionItem(ctx.db, input.actionItemId);
    if (!item) throw new ValidationError({ actionItemId: ['needs:actionItems.errors.actionItem'] });
    const inserted = await ctx.db
      .insert(actionItemNeeds)
      .values({ ...input, linkedAt: ctx.now, linkedBy: ctx.actor.label })
      .onConflictDoNothing()
      .returning({ needId: actionItemNeeds.needId });
    if (!inserted.length) throw new ValidationError({ actionItemId: ['needs:actionItems.errors.already'] });
    return outcomeOn({ type: 'need', id: input.needId, stateIso3: need.stateIso3 }, input, {
      before: null,
      after: { actionItem: item.id, meeting: item.meetingCode, what: item.what },
    });
  },
});

/** Ends the link between an action item and a need. The ISU only; audited under the need. */
export const unlinkActionItemFromNeed = defineVerb({
  name: 'cooperation.unlinkActionItemFromNeed',
  input: ActionItemNeedInput,
  allow: canLinkActionItems,
  async run(ctx, input) {
    const removed = await ctx.db
      .delete(actionItemNeeds)
      .where(
        and(eq(actionItemNeeds.needId, input.needId), eq(actionItemNeeds.actionItemId, input.actionItemId)),
      )
      .returning({ needId: actionItemNeeds.needId });
    if (!removed.length) throw new ValidationError({ actionItemId: ['needs:actionItems.errors.notLinked'] });
    const [need] = await ctx.db
      .select({ stateIso3: needs.stateIso3 })
      .from(needs)
      .where(eq(needs.id, input.needId));
    return outcomeOn({ type: 'need', id: input.needId, stateIso3: need?.stateIso3 ?? null }, input, {
      before: { actionItem: input.actionItemId },
      after: null,
    });
  },
});
