import { and, eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { CoalitionMeetingInput } from './inputs.js';
import { meetingByCode } from './link-meeting.js';
import { mayWriteSomeCoalition } from './policy.js';
import { coalitionMeetings } from './schema.js';
import { coalitionOutcome, lockCoalition, permitOnCoalition } from './write.js';

/** Ends the link between a coalition and a meeting; the meeting itself stays in the calendar. */
export const unlinkCoalitionMeeting = defineVerb({
  name: 'coalitions.unlinkMeeting',
  input: CoalitionMeetingInput,
  allow: mayWriteSomeCoalition,
  permit: (ctx, input) => permitOnCoalition(ctx, input.id),
  async run(ctx, input) {
    const coalition = await lockCoalition(ctx, input.id);
    const meeting = await meetingByCode(ctx, input.meetingCode);
    const removed = await ctx.db
      .delete(coalitionMeetings)
      .where(and(eq(coalitionMeetings.coalitionId, input.id), eq(coalitionMeetings.meetingId, meeting.id)))
      .returning({ id: coalitionMeetings.meetingId });
    if (!removed.length) throw new ValidationError({ meetingCode: ['coalitions:errors.notLinked'] });
    return coalitionOutcome(
      coalition,
      { id: input.id, meetingCode: meeting.code },
      { before: { meetingLinked: meeting.code } },
    );
  },
});
