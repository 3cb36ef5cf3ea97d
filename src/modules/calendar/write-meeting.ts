import { eq, inArray } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { states } from '../states/index.js';
import type { MeetingInput } from './inputs.js';
import { meetingDateProblems } from './rules.js';
import { meetingDocuments, meetings } from './schema.js';

/** Refuses dates that cannot be and a presiding State that is not in the registry. */
export async function checkMeeting(ctx: TxContext, input: MeetingInput): Promise<void> {
  const errors: FieldErrors = Object.fromEntries(
    Object.entries(meetingDateProblems(input)).map(([k, v]) => [k, [v]]),
  );
  if (input.presidingStateIso3) {
    const found = await ctx.db
      .select({ iso3: states.iso3 })
      .from(states)
      .where(inArray(states.iso3, [input.presidingStateIso3]));
    if (!found.length) errors.presidingStateIso3 = ['calendar:errors.unknownState'];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** The stored columns of a meeting, from its input. */
export function meetingColumns(input: MeetingInput) {
  const { documents: _documents, ...columns } = input;
  return columns;
}

/** Replaces a meeting's documents with the list given, in its order. */
export async function writeDocuments(
  ctx: TxContext,
  meetingId: number,
  documents: MeetingInput['documents'],
) {
  await ctx.db.delete(meetingDocuments).where(eq(meetingDocuments.meetingId, meetingId));
  if (documents.length)
    await ctx.db
      .insert(meetingDocuments)
      .values(documents.map((d, i) => ({ meetingId, position: i + 1, ...d })));
}

export async function findMeetingRow(ctx: TxContext, code: string) {
  const [row] = await ctx.db.select().from(meetings).where(eq(meetings.code, code));
  return row;
}
