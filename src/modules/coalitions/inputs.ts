import { z } from 'zod';
import { isFullDate, isValidPartialDate } from '../../kernel/dates.js';
import { iso3Of, rowIdOf } from '../../kernel/ids.js';
import { nullableText } from '../../kernel/input-fields.js';
import { areas } from '../cooperation/index.js';
import { coalitionStatuses, memberKinds } from './vocabulary.js';

const iso3 = iso3Of('coalitions:errors.iso3');

export const CoalitionMember = z
  .object({
    kind: z.enum(memberKinds, { message: 'coalitions:errors.memberKind' }),
    stateIso3: iso3.nullish().transform((v) => v ?? null),
    name: nullableText(200),
    role: nullableText(200),
  })
  .refine(
    (m) => (m.kind === 'state') === (m.stateIso3 !== null) && (m.kind === 'state') === (m.name === null),
    {
      message: 'coalitions:errors.member',
      path: ['name'],
    },
  );
export type CoalitionMember = z.output<typeof CoalitionMember>;

/** What a coalition is: the fields the create and update forms share. */
const coalitionFields = {
  stateIso3: iso3,
  name: z.string().trim().min(1, 'errors:required').max(200, 'errors:tooLong'),
  members: z.array(CoalitionMember).max(100).default([]),
  areas: z
    .array(z.enum(areas, { message: 'coalitions:errors.area' }))
    .max(areas.length)
    .default([])
    .transform((list) => [...new Set(list)]),
  establishedOn: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isValidPartialDate(v), 'coalitions:errors.partialDate'),
  status: z.enum(coalitionStatuses, { message: 'coalitions:errors.status' }),
  source: z.string().trim().min(1, 'coalitions:errors.source').max(1000, 'errors:tooLong'),
  published: z.boolean().default(false),
  notes: nullableText(4000),
};

export const CreateCoalitionInput = z.object({
  ...coalitionFields,
  /** The day it was last confirmed; today when not given (a new record is a confirmed one). */
  lastConfirmedOn: z
    .string()
    .trim()
    .refine(isFullDate, 'errors:date')
    .nullish()
    .transform((v) => v ?? null),
  /** Seeds only: the key that makes loading them again a no-op. */
  referenceKey: z.string().max(100).nullish(),
});
export type CreateCoalitionInput = z.input<typeof CreateCoalitionInput>;

export const coalitionId = rowIdOf('coalitions:errors.coalition');

export const UpdateCoalitionInput = z.object({ id: coalitionId, ...coalitionFields });

export const CoalitionRef = z.object({ id: coalitionId });

export const CoalitionMeetingInput = z.object({
  id: coalitionId,
  meetingCode: z.string().trim().min(1, 'coalitions:errors.meeting').max(40, 'coalitions:errors.meeting'),
});

export const CoalitionNeedInput = z.object({ id: coalitionId, needId: rowIdOf('coalitions:errors.need') });
