import { ConflictError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { MeetingInput } from './inputs.js';
import { canWriteCalendar } from './policy.js';
import { meetings } from './schema.js';
import { checkMeeting, findMeetingRow, meetingColumns, writeDocuments } from './write-meeting.js';

/** Adds a meeting to the calendar. A code already taken is refused, never overwritten. */
export const createMeeting = defineVerb({
  name: 'calendar.createMeeting',
  input: MeetingInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    if (await findMeetingRow(ctx, input.code))
      throw new ConflictError('CALENDAR.CODE_TAKEN', 'calendar:errors.codeTaken', { code: input.code });
    await checkMeeting(ctx, input);
    const [row] = await ctx.db
      .insert(meetings)
      .values({ ...meetingColumns(input), createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: meetings.id });
    await writeDocuments(ctx, row!.id, input.documents);
    return outcomeOn({ type: 'meeting', id: input.code }, { code: input.code }, { after: input });
  },
});
