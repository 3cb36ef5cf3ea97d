import { z } from 'zod';
import { iso3Of, rowId } from '../../../kernel/ids.js';
import { requiredText } from '../../../kernel/input-fields.js';
import { numberOrUndefined } from '../../../kernel/numbers.js';
import { indicatorIds } from '../catalogue.js';
import { assessmentBases, assessmentValues } from '../schema.js';

/*
 * The inputs of the judgement verbs. A form sends strings; the API may send numbers: both are read
 * the same way, and every message is a catalogue key shown at its field.
 */

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const optionalText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, 'errors:tooLong')
      .optional()
      .transform((v) => (v ? v : null)),
  );

const meeting = z
  .string({ message: 'progressJudgement:errors.meeting' })
  .trim()
  .min(1, 'progressJudgement:errors.meeting')
  .max(40, 'progressJudgement:errors.meeting');

const indicatorId = z
  .string({ message: 'progressJudgement:errors.indicator' })
  .trim()
  .refine((v) => indicatorIds.includes(v), 'progressJudgement:errors.indicator');

/** A whole number of States, requests, persons …: never negative. */
const count = (message: string) =>
  z.preprocess(
    numberOrUndefined,
    z.number({ message }).int(message).min(0, message).max(10_000_000, message),
  );

export const RecordAssessmentInput = z.object({
  meeting,
  indicatorId,
  stateIso3: iso3Of('progressJudgement:errors.state', 'progressJudgement:errors.state'),
  value: z.enum(assessmentValues, { message: 'progressJudgement:errors.value' }),
  basis: z.enum(assessmentBases, { message: 'progressJudgement:errors.basis' }),
  basisDetail: optionalText(500),
  note: optionalText(2000),
});
export type RecordAssessmentInput = z.output<typeof RecordAssessmentInput>;

export const WithdrawInput = z.object({
  id: rowId,
  reason: optionalText(2000),
});
export type WithdrawInput = z.output<typeof WithdrawInput>;

export const OverrideFigureInput = z
  .object({
    meeting,
    indicatorId,
    value: count('progressJudgement:errors.figure'),
    denominator: z.preprocess(
      blankToUndefined,
      count('progressJudgement:errors.denominator')
        .optional()
        .transform((v) => v ?? null),
    ),
    // Mandatory: an agreed figure without its reason is not accepted.
    reason: requiredText('progressJudgement:errors.reason', 2000),
  })
  .superRefine((v, ctx) => {
    if (v.denominator !== null && v.denominator < v.value)
      ctx.addIssue({
        code: 'custom',
        path: ['denominator'],
        message: 'progressJudgement:errors.denominatorBelowFigure',
      });
  });
export type OverrideFigureInput = z.output<typeof OverrideFigureInput>;
