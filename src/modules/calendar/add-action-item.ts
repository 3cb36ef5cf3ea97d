import { defineVerb } from '../../kernel/verb.js';
import { checkActionItem, insertActionItem } from './action-item-write.js';
import { MeetingNotFoundError } from './errors.js';
import { AddActionItemInput } from './inputs.js';
import { canWriteCalendar } from './policy.js';
import { findMeetingRow } from './write-meeting.js';

/** Records what a meeting asked someone to do. */
export const addActionItem = defineVerb({
  name: 'calendar.addActionItem',
  input: AddActionItemInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    const meeting = await findMeetingRow(ctx, input.meetingCode);
    if (!meeting) throw new MeetingNotFoundError(input.meetingCode);
    const { meetingCode, referenceKey, states, ...fields } = await checkActionItem(ctx, input).then((f) => ({
      ...input,
      ...f,
    }));
    return insertActionItem(ctx, {
      row: { ...fields, meetingId: meeting.id, referenceKey },
      states,
      meetingCode,
      audited: fields,
    });
  },
});
