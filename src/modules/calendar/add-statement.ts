import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { requireRegisteredState } from '../states/index.js';
import { MeetingNotFoundError } from './errors.js';
import { AddStatementInput } from './inputs.js';
import { canWriteCalendar } from './policy.js';
import { meetingStatements } from './schema.js';
import { findMeetingRow } from './write-meeting.js';

/** Records what a State or an organisation said at a meeting, as the record summarises it. */
export const addStatement = defineVerb({
  name: 'calendar.addStatement',
  input: AddStatementInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    const meeting = await findMeetingRow(ctx, input.meetingCode);
    if (!meeting) throw new MeetingNotFoundError(input.meetingCode);
    if (input.stateIso3)
      await requireRegisteredState(ctx.db, input.stateIso3, { stateIso3: ['calendar:errors.unknownState'] });
    const { meetingCode, ...fields } = input;
    const [row] = await ctx.db
      .insert(meetingStatements)
      .values({ ...fields, tags: [...new Set(fields.tags)], meetingId: meeting.id, createdAt: ctx.now })
      .returning({ id: meetingStatements.id });
    return outcomeOn(
      { type: 'meeting_statement', id: row!.id, stateIso3: input.stateIso3 },
      { id: row!.id },
      { after: { meetingCode, ...fields } },
    );
  },
});
