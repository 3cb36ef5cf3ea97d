import { z } from 'zod';
import { isoDateField } from '../../kernel/dates.js';
import { blankToUndefined, optionalText } from '../../kernel/fields.js';
import { iso3 } from '../../kernel/ids.js';
import { earliestDay, isValidPartialDate, latestDay } from './rules.js';

const isoDate = isoDateField();
const optionalDate = z.preprocess(blankToUndefined, isoDate.optional());
// rules.ts's partialDateSchema speaks English to developers; a form needs a catalogue key at the field.
const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'errors:partialDate')
  .refine(isValidPartialDate, 'errors:partialDate');
const optionalPartial = z.preprocess(blankToUndefined, partialDate.optional());
export const iso3Schema = iso3;
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === 'yes', z.boolean());

export const ccmStatuses = ['state_party', 'signatory', 'not_party', 'withdrawn'] as const;
export const instrumentTypes = ['ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;

/** A State as the registry first knows it, with the obligations it reported. */
export const RegisterStateInput = z.object({
  iso3: iso3Schema,
  name: z.string().trim().min(1, 'errors:required').max(120, 'errors:tooLong'),
  unRegion: z.string().trim().min(1, 'errors:required').max(40),
  ccmStatus: z.enum(ccmStatuses),
  signatureDate: isoDate.nullable(),
  provisionalApplicationDate: isoDate.nullable(),
  instrumentDate: isoDate.nullable(),
  instrumentType: z.enum(instrumentTypes).nullable(),
  withdrawalNotified: isoDate.nullable(),
  withdrawalEffective: isoDate.nullable(),
  apmbcStatus: z.enum(['state_party', 'not_party', 'withdrawn']),
  apmbcInstrumentDate: isoDate.nullable(),
  apmbcInstrumentType: z.string().nullable(),
  notes: z.string().nullable(),
  sources: z.array(z.string()),
  obligations: z.array(
    z.object({
      article: z.union([z.literal(3), z.literal(4), z.literal(5), z.literal(7)]),
      basis: z.string(),
      source: z.string().nullable(),
    }),
  ),
});
export type RegisterStateInput = z.infer<typeof RegisterStateInput>;

/** The ISU corrects a State's treaty dates; every computed deadline follows. A reason is required. */
export const CorrectStateDatesInput = z
  .object({
    iso3: iso3Schema,
    ccmStatus: z.enum(ccmStatuses, { message: 'states:errors.status' }),
    signatureDate: optionalDate,
    instrumentDate: optionalDate,
    instrumentType: z.preprocess(blankToUndefined, z.enum(instrumentTypes).optional()),
    withdrawalNotified: optionalDate,
    withdrawalEffective: optionalDate,
    reason: z.string().trim().min(3, 'states:errors.reasonRequired').max(1000, 'errors:tooLong'),
    /** The ISU has read the registry's warnings (law.ts) and saves anyway, saying why in the reason. */
    acknowledgeWarnings: checkbox.default(false),
  })
  .superRefine((v, ctx) => {
    if ((v.ccmStatus === 'state_party' || v.ccmStatus === 'withdrawn') && !v.instrumentDate)
      ctx.addIssue({
        code: 'custom',
        path: ['instrumentDate'],
        message: 'states:errors.instrumentDateRequired',
      });
    if (v.instrumentDate && !v.instrumentType)
      ctx.addIssue({
        code: 'custom',
        path: ['instrumentType'],
        message: 'states:errors.instrumentTypeRequired',
      });
    if (v.ccmStatus === 'withdrawn' && !v.withdrawalEffective)
      ctx.addIssue({
        code: 'custom',
        path: ['withdrawalEffective'],
        message: 'states:errors.withdrawalRequired',
      });
    if (
      v.signatureDate &&
      v.instrumentDate &&
      v.instrumentDate < v.signatureDate &&
      v.instrumentType === 'ratification'
    )
      ctx.addIssue({
        code: 'custom',
        path: ['instrumentDate'],
        message: 'states:errors.ratificationBeforeSignature',
      });
  });
export type CorrectStateDatesInput = z.infer<typeof CorrectStateDatesInput>;

/** A completion cannot be declared before it happened: refused only when every day the dates can mean says so. */
function declaredAfterCompletion(v: { occurredOn?: string; declaredOn?: string }, ctx: z.RefinementCtx) {
  if (v.occurredOn && v.declaredOn && latestDay(v.declaredOn) < earliestDay(v.occurredOn))
    ctx.addIssue({ code: 'custom', path: ['declaredOn'], message: 'states:errors.declaredBeforeCompletion' });
}

const timeBoundArticle = z.coerce
  .number()
  .pipe(z.union([z.literal(3), z.literal(4)], { message: 'states:errors.article' }));
const common = {
  iso3: iso3Schema,
  occurredOn: optionalPartial,
  meeting: optionalText(40),
  note: optionalText(2000),
  source: optionalText(2000),
  confirmed: checkbox.default(true),
  referenceKey: z.string().max(200).optional(),
  /** The document the fact is recorded in: a decision's final report, a declaration. */
  documentTitle: optionalText(500),
  documentSymbol: optionalText(80),
  documentUrl: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(1000, 'errors:tooLong')
      .pipe(z.url({ protocol: /^https?$/, message: 'states:errors.documentUrl' }))
      .optional(),
  ),
};

/** One input per kind of obligation fact; the kind decides which fields are required. */
export const RecordObligationEventInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('extension_requested'),
    article: timeBoundArticle,
    requestedDeadline: optionalPartial,
    ...common,
  }),
  z
    .object({
      kind: z.literal('extension_decided'),
      article: timeBoundArticle,
      outcome: z.enum(['granted', 'granted_shorter', 'refused'], { message: 'states:errors.outcome' }),
      newDeadline: optionalPartial,
      ...common,
    })
    .superRefine((v, ctx) => {
      if (v.outcome !== 'refused' && !v.newDeadline)
        ctx.addIssue({ code: 'custom', path: ['newDeadline'], message: 'states:errors.newDeadlineRequired' });
    }),
  z
    .object({
      kind: z.literal('completion_declared'),
      article: timeBoundArticle,
      /** The day the completion was declared (at `meeting`), apart from `occurredOn`, the day it was completed. */
      declaredOn: optionalPartial,
      ...common,
    })
    .superRefine(declaredAfterCompletion),
  z.object({
    kind: z.literal('obligation_reopened'),
    article: timeBoundArticle,
    newDeadline: optionalPartial,
    ...common,
  }),
  z.object({ kind: z.literal('initial_report_submitted'), article: z.literal(7).default(7), ...common }),
]);
export type RecordObligationEventInput = z.infer<typeof RecordObligationEventInput>;

/** The fields of a fact a correction sets, as a form sends them; the kind stays as recorded. */
const correctedFields = {
  occurredOn: optionalPartial,
  meeting: optionalText(40),
  requestedDeadline: optionalPartial,
  outcome: z.preprocess(
    blankToUndefined,
    z.enum(['granted', 'granted_shorter', 'refused'], { message: 'states:errors.outcome' }).optional(),
  ),
  newDeadline: optionalPartial,
  confirmed: checkbox.default(true),
  note: optionalText(2000),
  source: optionalText(2000),
  declaredOn: optionalPartial,
  documentTitle: common.documentTitle,
  documentSymbol: common.documentSymbol,
  documentUrl: common.documentUrl,
};

/**
 * The ISU corrects a recorded fact (its fields as they should have been recorded) or withdraws it.
 * Either way the reason is required; the fact itself is never edited (corrections.ts).
 */
export const CorrectObligationEventInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('withdrawn'),
    iso3: iso3Schema,
    eventId: z.coerce.number().int().positive(),
    reason: z.string().trim().min(3, 'states:errors.reasonRequired').max(1000, 'errors:tooLong'),
  }),
  z
    .object({
      action: z.literal('corrected'),
      iso3: iso3Schema,
      eventId: z.coerce.number().int().positive(),
      reason: z.string().trim().min(3, 'states:errors.reasonRequired').max(1000, 'errors:tooLong'),
      ...correctedFields,
    })
    .superRefine(declaredAfterCompletion),
]);
export type CorrectObligationEventInput = z.infer<typeof CorrectObligationEventInput>;
