import { z } from 'zod';
import { isoDateField } from '../../kernel/dates.js';
import { blankToNull, blankToUndefined } from '../../kernel/fields.js';
import { iso3, rowId } from '../../kernel/ids.js';
import { channels, FIRST_REPORT_YEAR, reportKinds } from './lifecycle.js';
import { offeredTemplateIds } from './template/registry.js';
import { formCodes } from './template/types.js';

/**
 * The inputs of the report verbs, already typed: the HTML routes turn form strings into these
 * (values through the template's `formInputSchema`) before calling a verb. Values are checked
 * here only for shape; the verb checks them against the form definition of the version's template.
 */

const id = rowId;
const isoDate = isoDateField();
// The editor's token: the lockVersion of the draft as the person last saw it.
const lockVersion = z.coerce.number().int().min(0);

const scalarValue = z.union([z.string(), z.number(), z.null()]);
const fieldValue = z.union([scalarValue, z.array(z.record(z.string(), scalarValue))]);

export const FormCodeInput = z.enum(formCodes);
export const FormStatusInput = z.preprocess(
  blankToNull,
  z.enum(['changed', 'unchanged', 'not_applicable']).nullable(),
);

export const CreateReportInput = z.object({
  iso3,
  // The convention opened for signature in December 2008; the table allows 2009 to 2100.
  year: z.coerce.number().int().min(FIRST_REPORT_YEAR).max(2100),
  kind: z.preprocess(blankToUndefined, z.enum(reportKinds).optional()),
  /** The version of the forms (decision 020); by default the one of the State's last report. */
  templateId: z.preprocess(blankToUndefined, z.enum(offeredTemplateIds).optional()),
  /** Only the start-up job that loads demonstration data may set it (see createReport's permit). */
  demonstration: z.boolean().optional(),
});
export type CreateReportInput = z.infer<typeof CreateReportInput>;

const draftRef = { reportId: id, versionId: id, lockVersion };

export const SaveFormInput = z.object({
  ...draftRef,
  form: FormCodeInput,
  status: FormStatusInput,
  values: z.record(z.string(), fieldValue),
});
export type SaveFormInput = z.infer<typeof SaveFormInput>;

export const MarkFormUnchangedInput = z.object({ ...draftRef, form: FormCodeInput });
export type MarkFormUnchangedInput = z.infer<typeof MarkFormUnchangedInput>;

/** A focal point submits online; the ISU may record another channel and the day the report arrived. */
export const SubmitReportInput = z.object({
  ...draftRef,
  channel: z.preprocess(blankToUndefined, z.enum(channels).optional()),
  receivedOn: z.preprocess(blankToUndefined, isoDate.optional()),
});
export type SubmitReportInput = z.infer<typeof SubmitReportInput>;

export const AmendReportInput = z.object({ reportId: id });
export type AmendReportInput = z.infer<typeof AmendReportInput>;

/** A recall voids a submission the State may already have cited: the trail must say why. */
export const RecallReportInput = z.object({
  reportId: id,
  reason: z.string().trim().min(3, 'reports:errors.reasonRequired').max(1000, 'errors:tooLong'),
});
export type RecallReportInput = z.infer<typeof RecallReportInput>;

/** Confirms a consistency warning by its key (rule, place, figures), with why the figures stand. */
export const ConfirmWarningInput = z.object({
  reportId: id,
  warningKey: z.string().trim().min(1, 'errors:required').max(500, 'errors:tooLong'),
  note: z.preprocess(blankToUndefined, z.string().trim().max(1000, 'errors:tooLong').optional()),
});
export type ConfirmWarningInput = z.infer<typeof ConfirmWarningInput>;
