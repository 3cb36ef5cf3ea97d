import { ValidationError } from '../../kernel/errors.js';
import { lockRowOr } from '../../kernel/rows.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { OfficeHolderNotFoundError } from './errors.js';
import { CorrectOfficeHolderInput } from './inputs.js';
import { listOfficeHolders, officeHolderValues } from './office-holders.js';
import { canWriteCalendar } from './policy.js';
import { checkOfficeHolder } from './record-office-holder.js';
import { type OfficeHolderValues, officeHolderCorrections, officeHolders } from './schema.js';

/**
 * The ISU corrects or withdraws a recorded office holder by appending a correction that names the
 * record and says why. The record is never edited: the page shows it as first recorded with every
 * correction, and everything that reads office holders (a Coordinator account's scope, the API)
 * reads the latest correction.
 */
export const correctOfficeHolder = defineVerb({
  name: 'calendar.correctOfficeHolder',
  input: CorrectOfficeHolderInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    // Locked, so two corrections of one record see each other.
    const missing = () => new OfficeHolderNotFoundError(input.id);
    await lockRowOr(ctx.db, officeHolders, officeHolders.id, input.id, missing);
    const [before] = await listOfficeHolders(ctx.db, [input.id], { withWithdrawn: true });
    if (!before) throw missing();
    if (input.action === 'withdrawn' && before.withdrawn)
      throw new ValidationError({ action: ['calendar:errors.alreadyWithdrawn'] });
    let values: OfficeHolderValues | null = null;
    if (input.action === 'corrected') {
      const { id: _id, action: _action, reason: _reason, ...fields } = input;
      values = fields;
      await checkOfficeHolder(ctx, values);
    }
    const [row] = await ctx.db
      .insert(officeHolderCorrections)
      .values({
        officeHolderId: input.id,
        action: input.action,
        values,
        reason: input.reason,
        recordedAt: ctx.now,
        recordedBy: ctx.actor.label,
      })
      .returning({ id: officeHolderCorrections.id });
    return outcomeOn(
      { type: 'office_holder', id: input.id, stateIso3: values?.stateIso3 ?? before.state?.iso3 ?? null },
      { id: row!.id },
      {
        before: {
          record: before.withdrawn ? null : officeHolderValues(before),
          withdrawn: before.withdrawn,
        },
        after: { correction: row!.id, action: input.action, reason: input.reason, record: values },
      },
    );
  },
});
