import { and, eq } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { meetings } from '../calendar/schema.js';
import { CoalitionMeetingInput } from './inputs.js';
import { defineLinkVerbs } from './link-verbs.js';
import { coalitionMeetings } from './schema.js';

/** The calendar's meeting by its code, for the link verbs; a validation error when there is none. */
async function meetingByCode(ctx: TxContext, code: string) {
  const [m] = await ctx.db
    .select({ id: meetings.id, code: meetings.code })
    .from(meetings)
    .where(eq(meetings.code, code));
  if (!m) throw new ValidationError({ meetingCode: ['coalitions:errors.meeting'] });
  return { id: m.id, key: m.code };
}

/**
 * Links a meeting of the calendar to the coalition (a Forum meeting, a meeting where it was
 * presented), or ends the link; the meeting itself stays in the calendar.
 */
export const { link: linkCoalitionMeeting, unlink: unlinkCoalitionMeeting } = defineLinkVerbs({
  names: { link: 'coalitions.linkMeeting', unlink: 'coalitions.unlinkMeeting' },
  input: CoalitionMeetingInput,
  field: 'meetingCode',
  auditAs: 'meetingLinked',
  thing: (ctx, input) => meetingByCode(ctx, input.meetingCode),
  link: (ctx, coalitionId, meetingId) =>
    ctx.db
      .insert(coalitionMeetings)
      .values({ coalitionId, meetingId, linkedAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: coalitionMeetings.meetingId }),
  unlink: (ctx, coalitionId, meetingId) =>
    ctx.db
      .delete(coalitionMeetings)
      .where(and(eq(coalitionMeetings.coalitionId, coalitionId), eq(coalitionMeetings.meetingId, meetingId)))
      .returning({ id: coalitionMeetings.meetingId }),
});
