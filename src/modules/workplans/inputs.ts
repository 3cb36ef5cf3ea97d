import { z } from 'zod';
import { rowId } from '../../kernel/ids.js';
import { nullableText } from '../../kernel/input-fields.js';
import { numberOrNull } from '../../kernel/numbers.js';
import { officeAreas } from '../calendar/index.js';
import { sortQuarters } from './quarters.js';
import { activityStatuses, QUARTER_PATTERN } from './vocabulary.js';

const optionalAddress = nullableText(1000).refine(
  (v) => v === null || /^https?:\/\/\S+$/i.test(v),
  'workplans:errors.address',
);

/** A meeting's code or a date that bounds a cycle; free text, as plans name them ("8MSP", "2017"). */
const cycleEnd = nullableText(40);

export const SourcedLine = z.object({
  text: z.string().trim().min(1, 'errors:required').max(2000, 'errors:tooLong'),
  source: nullableText(500),
});

const sourcedLines = z.array(SourcedLine).max(100, 'errors:tooLong').default([]);

const workPlanFields = {
  area: z.enum(officeAreas, 'workplans:errors.area'),
  title: z.string().trim().min(1, 'errors:required').max(300, 'errors:tooLong'),
  cycle: z.string().trim().min(1, 'errors:required').max(40, 'errors:tooLong'),
  fromMeeting: cycleEnd,
  toMeeting: cycleEnd,
  background: nullableText(20_000),
  objectives: sourcedLines,
  expectedOutputs: sourcedLines,
  implementers: sourcedLines,
  partners: sourcedLines,
  budgetAmount: z.preprocess(
    numberOrNull,
    z
      .number('workplans:errors.amount')
      .finite('workplans:errors.amount')
      .min(0, 'workplans:errors.amount')
      .max(1e12, 'workplans:errors.amount')
      .nullish()
      .transform((v) => v ?? null),
  ),
  budgetCurrency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'workplans:errors.currency')
    .nullish()
    .transform((v) => v ?? null),
  budgetNote: nullableText(2000),
  source: nullableText(500),
};

/** An amount is in a currency, and a currency names an amount: one without the other is refused. */
const budgetTogether = <T extends { budgetAmount: number | null; budgetCurrency: string | null }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.budgetAmount !== null && v.budgetCurrency === null)
    ctx.addIssue({ code: 'custom', path: ['budgetCurrency'], message: 'workplans:errors.currencyNeeded' });
  if (v.budgetAmount === null && v.budgetCurrency !== null)
    ctx.addIssue({ code: 'custom', path: ['budgetAmount'], message: 'workplans:errors.amountNeeded' });
};

export const CreateWorkPlanInput = z
  .object({ ...workPlanFields, referenceKey: z.string().max(120).optional() })
  .superRefine(budgetTogether);
export type CreateWorkPlanInput = z.input<typeof CreateWorkPlanInput>;

export const UpdateWorkPlanInput = z.object({ ...workPlanFields, id: rowId }).superRefine(budgetTogether);
export type UpdateWorkPlanInput = z.input<typeof UpdateWorkPlanInput>;

export const ActivityDocument = z.object({
  symbol: nullableText(80),
  title: z.string().trim().min(1, 'workplans:errors.documentTitle').max(500, 'errors:tooLong'),
  href: optionalAddress,
});

const meetingCode = z
  .string()
  .trim()
  .max(40, 'errors:tooLong')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'workplans:errors.meetingCode');

const activityFields = {
  label: nullableText(20),
  title: z.string().trim().min(1, 'errors:required').max(1000, 'errors:tooLong'),
  description: nullableText(5000),
  status: z.enum(activityStatuses, 'workplans:errors.status'),
  statusNote: nullableText(1000),
  quarters: z
    .array(z.string().trim().regex(QUARTER_PATTERN, 'workplans:errors.quarter'))
    .max(40, 'errors:tooLong')
    .default([])
    .transform(sortQuarters),
  timing: nullableText(300),
  implementers: nullableText(1000),
  meetingCodes: z
    .array(meetingCode)
    .max(50, 'errors:tooLong')
    .default([])
    .transform((codes) => [...new Set(codes)]),
  documents: z.array(ActivityDocument).max(50, 'errors:tooLong').default([]),
  actionItemIds: z
    .array(rowId)
    .max(100, 'errors:tooLong')
    .default([])
    .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
  source: nullableText(500),
};

export const AddActivityInput = z.object({
  ...activityFields,
  workPlanId: rowId,
  referenceKey: z.string().max(120).optional(),
});
export type AddActivityInput = z.input<typeof AddActivityInput>;

export const UpdateActivityInput = z.object({ ...activityFields, id: rowId });
export type UpdateActivityInput = z.input<typeof UpdateActivityInput>;
