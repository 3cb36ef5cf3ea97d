import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { states } from '../states/index.js';
import { MeetingNotFoundError } from './errors.js';
import { meetingCode } from './inputs.js';
import { groupDelegations, MAX_PARTICIPANT_ROWS } from './participation.js';
import { canWriteCalendar } from './policy.js';
import { delegates, meetingDelegations } from './schema.js';
import { genders } from './vocabulary.js';
import { findMeetingRow } from './write-meeting.js';

const Participant = z
  .object({
    line: z.number().int().positive(),
    stateIso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'calendar:errors.iso3')
      .nullable(),
    organisation: z.string().trim().min(1).max(200, 'errors:tooLong').nullable(),
    name: z.string().trim().min(1, 'calendar:participants.errors.name').max(200, 'errors:tooLong'),
    gender: z.enum(genders),
    head: z.boolean(),
    survivor: z.boolean(),
    role: z.string().trim().max(200, 'errors:tooLong').nullable(),
  })
  .refine((p) => (p.stateIso3 === null) !== (p.organisation === null), {
    message: 'calendar:participants.errors.delegation',
    path: ['delegation'],
  });

export const ImportParticipantsInput = z.object({
  meetingCode,
  rows: z.array(Participant).min(1, 'calendar:participants.errors.empty').max(MAX_PARTICIPANT_ROWS),
});

/**
 * Records a meeting's list of participants, replacing the one recorded before. All or nothing: a
 * row naming a State the registry does not hold, or a delegation with two heads, refuses the whole list.
 */
export const importParticipants = defineVerb({
  name: 'calendar.importParticipants',
  input: ImportParticipantsInput,
  allow: canWriteCalendar,
  async run(ctx, input) {
    const meeting = await findMeetingRow(ctx, input.meetingCode);
    if (!meeting) throw new MeetingNotFoundError(input.meetingCode);
    const codes = [...new Set(input.rows.flatMap((r) => (r.stateIso3 ? [r.stateIso3] : [])))];
    const known = new Set(
      codes.length
        ? (await ctx.db.select({ iso3: states.iso3 }).from(states).where(inArray(states.iso3, codes))).map(
            (r) => r.iso3,
          )
        : [],
    );
    const errors: FieldErrors = {};
    for (const r of input.rows)
      if (r.stateIso3 && !known.has(r.stateIso3))
        errors[`rows.${r.line}.delegation`] = ['calendar:participants.errors.unknownStateCode'];
    const groups = groupDelegations(input.rows);
    for (const g of groups) {
      const heads = g.members.filter((m) => m.head);
      for (const extra of heads.slice(1))
        errors[`rows.${extra.line}.head`] = ['calendar:participants.errors.twoHeads'];
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);

    const previous = await ctx.db
      .select({ id: meetingDelegations.id })
      .from(meetingDelegations)
      .where(eq(meetingDelegations.meetingId, meeting.id));
    const previousIds = previous.map((p) => p.id);
    let before = 0;
    if (previousIds.length) {
      before = (
        await ctx.db
          .delete(delegates)
          .where(inArray(delegates.delegationId, previousIds))
          .returning({ id: delegates.id })
      ).length;
      await ctx.db.delete(meetingDelegations).where(inArray(meetingDelegations.id, previousIds));
    }
    for (const g of groups) {
      const [row] = await ctx.db
        .insert(meetingDelegations)
        .values({ meetingId: meeting.id, stateIso3: g.stateIso3, organisation: g.organisation })
        .returning({ id: meetingDelegations.id });
      await ctx.db.insert(delegates).values(
        g.members.map((m, i) => ({
          delegationId: row!.id,
          position: i + 1,
          name: m.name,
          gender: m.gender,
          head: m.head,
          survivor: m.survivor,
          role: m.role,
        })),
      );
    }
    return {
      result: { delegations: groups.length, delegates: input.rows.length },
      // Counts only: the list holds personal data (names, survivor status) the audit trail need not copy.
      audit: [
        {
          subjectType: 'meeting_participants',
          subjectId: input.meetingCode,
          before: { delegations: previousIds.length, delegates: before },
          after: { delegations: groups.length, delegates: input.rows.length },
        },
      ],
    };
  },
});
