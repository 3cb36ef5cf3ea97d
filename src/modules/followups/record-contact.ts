import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { checkContact, contactColumns, writeNextStepItem } from './contact-write.js';
import { RecordContactInput } from './inputs.js';
import { canRecordContacts } from './policy.js';
import { contacts } from './schema.js';

/**
 * Records a bilateral contact of a Coordinator or the ISU with a State, and, when asked, its next
 * step as an action item (the calendar's `recordActionItem`, in this transaction, linked here).
 */
export const recordContact = defineVerb({
  name: 'followups.recordContact',
  input: RecordContactInput,
  allow: canRecordContacts,
  async run(ctx, input) {
    await checkContact(ctx, input);
    const columns = contactColumns(input);
    const recordedBy = ctx.actor.kind === 'user' ? ctx.actor.id : null;
    const [row] = await ctx.db
      .insert(contacts)
      .values({ ...columns, recordedBy, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: contacts.id });
    const id = row!.id;
    const actionItemId = await writeNextStepItem(ctx, id, input);
    return outcomeOn(
      { type: 'contact', id, stateIso3: input.stateIso3 },
      { id, actionItemId },
      { after: { ...columns, recordedBy, actionItemId } },
    );
  },
});
