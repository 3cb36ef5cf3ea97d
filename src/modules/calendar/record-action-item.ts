import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { checkActionItem, insertActionItem } from './action-item-write.js';
import { RecordActionItemInput } from './inputs.js';
import { canWriteActionItems } from './policy.js';
import { findMeetingRow } from './write-meeting.js';

/**
 * Records an action item the Coordinators or the ISU agreed, with or without a meeting: after a
 * bilateral contact (the followups module calls it inside its own verb's transaction), or for a work
 * plan's activity. Who recorded it is kept, so a person's follow-ups list what they recorded.
 */
export const recordActionItem = defineVerb({
  name: 'calendar.recordActionItem',
  input: RecordActionItemInput,
  allow: canWriteActionItems,
  async run(ctx, input) {
    const meeting = input.meetingCode ? await findMeetingRow(ctx, input.meetingCode) : null;
    if (input.meetingCode && !meeting)
      throw new ValidationError({ meetingCode: ['calendar:errors.meetingNotKnown'] });
    const { meetingCode, states, ...fields } = { ...input, ...(await checkActionItem(ctx, input)) };
    const recordedBy = ctx.actor.kind === 'user' ? ctx.actor.id : null;
    return insertActionItem(ctx, {
      row: { ...fields, meetingId: meeting?.id ?? null },
      states,
      meetingCode,
      audited: { ...fields, recordedBy },
    });
  },
});
