import { eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { meetings } from '../calendar/schema.js';
import { CoalitionMeetingInput } from './inputs.js';
import { mayWriteSomeCoalition } from './policy.js';
import { coalitionMeetings } from './schema.js';
import { coalitionOutcome, lockCoalition, permitOnCoalition } from './write.js';

/** The calendar's meeting by its code, for the link verbs; a validation error when there is none. */
export async function meetingByCode(ctx: Parameters<typeof lockCoalition>[0], code: string) {
  const [m] = await ctx.db
    .select({ id: meetings.id, code: meetings.code })
    .from(meetings)
    .where(eq(meetings.code, code));
  if (!m) throw new ValidationError({ meetingCode: ['coalitions:errors.meeting'] });
  return m;
}

/** Links a meeting of the calendar to the coalition (a Forum meeting, a meeting where it was presented). */
export const linkCoalitionMeeting = defineVerb({
  name: 'coalitions.linkMeeting',
  input: CoalitionMeetingInput,
  allow: mayWriteSomeCoalition,
  permit: (ctx, input) => permitOnCoalition(ctx, input.id),
  async run(ctx, input) {
    const coalition = await lockCoalition(ctx, input.id);
    const meeting = await meetingByCode(ctx, input.meetingCode);
    const inserted = await ctx.db
      .insert(coalitionMeetings)
      .values({ coalitionId: input.id, meetingId: meeting.id, linkedAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: coalitionMeetings.meetingId });
    if (!inserted.length) throw new ValidationError({ meetingCode: ['coalitions:errors.alreadyLinked'] });
    return coalitionOutcome(
      coalition,
      { id: input.id, meetingCode: meeting.code },
      { after: { meetingLinked: meeting.code } },
    );
  },
});
