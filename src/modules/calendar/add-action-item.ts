import { defineVerb } from '../../kernel/verb.js';
import { checkActionItem, writeActionItemStates } from './action-item-write.js';
import { MeetingNotFoundError } from './errors.js';
import { AddActionItemInput } from './inputs.js';
import { canWriteCalendar } from './policy.js';
import { actionItems } from './schema.js';
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
    const [row] = await ctx.db
      .insert(actionItems)
      .values({
        ...fields,
        meetingId: meeting.id,
        referenceKey,
        recordedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: actionItems.id });
    const id = row!.id;
    await writeActionItemStates(ctx, id, states);
    return {
      result: { id, meetingCode },
      audit: [
        { subjectType: 'action_item', subjectId: String(id), after: { meetingCode, ...fields, states } },
      ],
    };
  },
});
