import { asc, eq } from 'drizzle-orm';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { MeetingNotFoundError } from './errors.js';
import { MeetingInput } from './inputs.js';
import { canWriteCalendar } from './policy.js';
import { meetingDocuments, meetings } from './schema.js';
import { checkMeeting, findMeetingRow, meetingColumns, writeDocuments } from './write-meeting.js';

/** Corrects or completes a meeting, found by its code (which does not change). */
export const updateMeeting = defineVerb({
  name: 'calendar.updateMeeting',
  input: MeetingInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    const before = await findMeetingRow(ctx, input.code);
    if (!before) throw new MeetingNotFoundError(input.code);
    await checkMeeting(ctx, input);
    const documentsBefore = await ctx.db
      .select({ symbol: meetingDocuments.symbol, title: meetingDocuments.title, href: meetingDocuments.href })
      .from(meetingDocuments)
      .where(eq(meetingDocuments.meetingId, before.id))
      .orderBy(asc(meetingDocuments.position));
    await ctx.db
      .update(meetings)
      .set({ ...meetingColumns(input), updatedAt: ctx.now })
      .where(eq(meetings.id, before.id));
    await writeDocuments(ctx, before.id, input.documents);
    const { id: _id, createdAt: _c, updatedAt: _u, ...stored } = before;
    return outcomeOn(
      { type: 'meeting', id: input.code },
      { code: input.code },
      { before: { ...stored, documents: documentsBefore }, after: input },
    );
  },
});
