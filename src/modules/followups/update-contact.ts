import { eq } from 'drizzle-orm';
import { NotFoundError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { checkContact, contactColumns, writeNextStepItem } from './contact-write.js';
import { UpdateContactInput } from './inputs.js';
import { canRecordContacts } from './policy.js';
import { contacts } from './schema.js';

/**
 * Corrects or completes a recorded contact (its outcome once known, its next step); a new next
 * step may be recorded as one more action item. The items already linked are the calendar's and
 * move from the follow-ups list, never from here.
 */
export const updateContact = defineVerb({
  name: 'followups.updateContact',
  input: UpdateContactInput,
  allow: canRecordContacts,
  async run(ctx, input) {
    const [before] = await ctx.db.select().from(contacts).where(eq(contacts.id, input.id));
    if (!before) throw new NotFoundError('contact', String(input.id));
    await checkContact(ctx, input);
    const columns = contactColumns(input);
    await ctx.db
      .update(contacts)
      .set({ ...columns, updatedAt: ctx.now })
      .where(eq(contacts.id, input.id));
    const actionItemId = await writeNextStepItem(ctx, input.id, input);
    const { createdAt: _c, updatedAt: _u, id: _i, ...stored } = before;
    return outcomeOn(
      { type: 'contact', id: input.id, stateIso3: input.stateIso3 },
      { id: input.id, actionItemId },
      { before: stored, after: { ...columns, actionItemId } },
    );
  },
});
