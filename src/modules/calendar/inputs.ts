import { z } from 'zod';
import { iso3Of, rowId } from '../../kernel/ids.js';
import { nullableText } from '../../kernel/input-fields.js';
import { isIsoDay, isPartialDate } from './rules.js';
import {
  actionItemStatuses,
  genders,
  meetingKinds,
  officeAreas,
  officeKinds,
  ownerKinds,
  reservedCodes,
  statementTags,
  statementTopics,
} from './vocabulary.js';

/** An empty field is "not known": stored as null, never as an empty string. */
const nullIfEmpty = (text: z.ZodString) => text.nullish().transform((v) => (v ? v : null));

const optionalDay = nullIfEmpty(z.string().trim()).refine(
  (v) => v === null || isIsoDay(v),
  'calendar:errors.day',
);

const optionalPartialDate = nullIfEmpty(z.string().trim()).refine(
  (v) => v === null || isPartialDate(v),
  'calendar:errors.partialDate',
);

/** A web address a person may leave empty. */
const optionalAddress = nullIfEmpty(z.string().trim().max(1000, 'errors:tooLong')).refine(
  (v) => v === null || /^https?:\/\/\S+$/i.test(v),
  'calendar:errors.address',
);

const iso3 = iso3Of('calendar:errors.iso3');
/** A State by its code, or none. */
const optionalIso3 = iso3.nullish().transform((v) => v ?? null);

export const meetingCode = z
  .string()
  .trim()
  .min(1, 'errors:required')
  .max(40, 'errors:tooLong')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'calendar:errors.code')
  .refine(
    (v) => !(reservedCodes as readonly string[]).includes(v.toLowerCase()),
    'calendar:errors.codeReserved',
  );

export const MeetingDocument = z.object({
  symbol: nullableText(80),
  title: z.string().trim().min(1, 'calendar:errors.documentTitle').max(500, 'errors:tooLong'),
  href: optionalAddress,
});
export type MeetingDocument = z.output<typeof MeetingDocument>;

const lines = (max: number) =>
  z.array(z.string().trim().min(1).max(max, 'errors:tooLong')).max(200).default([]);

/** Everything a meeting holds. Creating and editing take the same fields. */
export const MeetingInput = z.object({
  code: meetingCode,
  kind: z.enum(meetingKinds, 'calendar:errors.kind'),
  title: z.string().trim().min(1, 'errors:required').max(300, 'errors:tooLong'),
  startsOn: optionalDay,
  endsOn: optionalDay,
  venue: nullableText(300),
  presidingStateIso3: optionalIso3,
  president: nullableText(200),
  /** A State by its code (upper case), an organisation by its name. */
  hosts: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(200, 'errors:tooLong')
        .transform((h) => (/^[A-Za-z]{3}$/.test(h) ? h.toUpperCase() : h)),
    )
    .max(50)
    .default([]),
  agenda: lines(500),
  documents: z.array(MeetingDocument).max(200).default([]),
  reportingFrom: optionalDay,
  reportingTo: optionalDay,
  censusDate: optionalDay,
  participantsTotal: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .nullish()
    .transform((v) => v ?? null),
  participantsApproximate: z.boolean().default(false),
  participationNote: nullableText(1000),
  summary: nullableText(20_000),
  keyPoints: lines(2000),
  notes: nullableText(5000),
  sources: z
    .array(z.string().trim().min(1).max(1000, 'errors:tooLong'))
    .min(1, 'calendar:errors.source')
    .max(50),
});
export type MeetingInput = z.output<typeof MeetingInput>;

export const ActionItemFields = z.object({
  what: z.string().trim().min(1, 'errors:required').max(2000, 'errors:tooLong'),
  ownerKind: z.enum(ownerKinds, 'calendar:errors.ownerKind'),
  owner: nullableText(300),
  dueOn: optionalPartialDate,
  status: z.enum(actionItemStatuses, 'calendar:errors.status'),
  note: nullableText(2000),
  source: nullableText(1000),
  states: z.array(iso3).max(50).default([]),
  /** A Coordinator's thematic area the item belongs to, or none. */
  area: z
    .enum(officeAreas, 'calendar:errors.area')
    .nullish()
    .transform((v) => v ?? null),
});

/** A person's account by its id (the accounts module's); the caller checks it names a person. */
const userId = z.string().trim().min(1).max(100);

export const AddActionItemInput = ActionItemFields.extend({
  meetingCode,
  referenceKey: nullableText(200),
});
export type AddActionItemInput = z.output<typeof AddActionItemInput>;

export const UpdateActionItemInput = ActionItemFields.extend({ id: rowId });
export type UpdateActionItemInput = z.output<typeof UpdateActionItemInput>;

/**
 * An action item agreed outside a meeting's record (a bilateral contact, a work plan), or for a
 * meeting by its code: what, the owner (a kind, a name, and a person's account when one carries it
 * out), when, the area.
 */
export const RecordActionItemInput = ActionItemFields.extend({
  meetingCode: meetingCode.nullish().transform((v) => v ?? null),
  ownerUserId: userId.nullish().transform((v) => v ?? null),
});
export type RecordActionItemInput = z.output<typeof RecordActionItemInput>;

/** Where an action item stands now, and a note on it. */
export const SetActionItemStatusInput = z.object({
  id: rowId,
  status: z.enum(actionItemStatuses, 'calendar:errors.status'),
  note: nullableText(2000),
});
export type SetActionItemStatusInput = z.output<typeof SetActionItemStatusInput>;

/** A statement: by a State (its code) or an organisation (its name), never both. */
export const AddStatementInput = z
  .object({
    meetingCode,
    stateIso3: optionalIso3,
    organisation: nullableText(200),
    topic: z.enum(statementTopics, 'calendar:errors.topic'),
    summary: z.string().trim().min(1, 'errors:required').max(5000, 'errors:tooLong'),
    tags: z.array(z.enum(statementTags)).max(statementTags.length).default([]),
    href: optionalAddress,
    source: nullableText(1000),
    referenceKey: nullableText(200),
  })
  .refine((s) => (s.stateIso3 === null) !== (s.organisation === null), {
    message: 'calendar:errors.speaker',
    path: ['stateIso3'],
  });
export type AddStatementInput = z.output<typeof AddStatementInput>;

/** A period's end: a date as precise as the source, or a meeting's code (`11MSP`). */
const periodEnd = nullIfEmpty(z.string().trim().max(40, 'errors:tooLong')).refine(
  (v) => v === null || isPartialDate(v) || /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(v),
  'calendar:errors.periodEnd',
);

/**
 * One holder of an office: a State, a person, or both; a Coordinator's thematic area (no other
 * office has one); gender as the source gives it, else not known; the period's ends as a meeting's
 * code or a date; the source always.
 */
const OfficeHolderFields = z.object({
  office: z.enum(officeKinds, 'calendar:errors.office'),
  area: z
    .enum(officeAreas, 'calendar:errors.holderArea')
    .nullish()
    .transform((v) => v ?? null),
  stateIso3: optionalIso3,
  personName: nullableText(200),
  gender: z.enum(genders, 'calendar:errors.gender').default('not_known'),
  periodFrom: periodEnd,
  periodTo: periodEnd,
  sourceTitle: z.string().trim().min(1, 'errors:required').max(1000, 'errors:tooLong'),
  sourceHref: optionalAddress,
});

const holderRules = (
  v: { stateIso3: string | null; personName: string | null; office: string; area: string | null },
  ctx: z.RefinementCtx,
) => {
  if (!v.stateIso3 && !v.personName)
    ctx.addIssue({ code: 'custom', path: ['stateIso3'], message: 'calendar:errors.holderSomeone' });
  if ((v.office === 'thematic_coordinator') !== (v.area !== null))
    ctx.addIssue({ code: 'custom', path: ['area'], message: 'calendar:errors.holderArea' });
};

export const OfficeHolderInput = OfficeHolderFields.extend({
  referenceKey: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
}).superRefine(holderRules);
export type OfficeHolderInput = z.infer<typeof OfficeHolderInput>;

const correctionReason = z.string().trim().min(1, 'calendar:errors.reason').max(1000, 'errors:tooLong');

/**
 * A correction of a recorded office holder: new values for every field, or a withdrawal; either
 * way with the reason.
 */
export const CorrectOfficeHolderInput = z.discriminatedUnion('action', [
  OfficeHolderFields.extend({
    id: rowId,
    action: z.literal('corrected'),
    reason: correctionReason,
  }).superRefine(holderRules),
  z.object({ id: rowId, action: z.literal('withdrawn'), reason: correctionReason }),
]);
export type CorrectOfficeHolderInput = z.infer<typeof CorrectOfficeHolderInput>;
