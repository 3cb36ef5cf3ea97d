import { z } from 'zod';
import { ValidationError } from '../../../kernel/errors.js';
import { iso3Of, rowId } from '../../../kernel/ids.js';
import {
  checkbox,
  isTicked,
  nullableAmount,
  nullableChoice,
  optionalTextOrNull,
  requiredText,
} from '../../../kernel/input-fields.js';
import { recordVersion } from '../../../kernel/record-version.js';
import { formCodes, reportKinds } from '../../reports/index.js';
import { needRowIssues } from '../../reports/schema.js';
import { areas, assistanceTypes, currencies, storedNeedStatuses } from '../shared/vocabulary.js';

/**
 * The inputs of the need verbs. Forms send strings: blanks become null, numbers are coerced, so a
 * route passes the form as it came and the verb answers with errors per field.
 */

export const needId = rowId;

const amount = nullableAmount('needs:errors.amount');

/** What a need says: the columns of Form J. */
export const needFieldsShape = {
  area: z.enum(areas, { message: 'needs:errors.area' }),
  type: nullableChoice(assistanceTypes, 'needs:errors.type'),
  description: requiredText('needs:errors.descriptionRequired', 4000, 3),
  activitiesTimeframe: optionalTextOrNull(4000),
  estimatedCost: amount,
  currency: nullableChoice(currencies, 'needs:errors.currency'),
  nationalContribution: amount,
  planReference: optionalTextOrNull(500),
};

/** The rules of a need across its fields, the very ones a Form J row is checked by. */
const needRules = (v: Parameters<typeof needRowIssues>[0], ctx: z.RefinementCtx) => {
  for (const issue of needRowIssues(v))
    ctx.addIssue({ code: 'custom', path: [issue.column], message: issue.message });
};

export const AddNeedInput = z
  .object({
    stateIso3: iso3Of('needs:errors.state', 'needs:errors.state'),
    ...needFieldsShape,
    isPublic: checkbox(),
  })
  .superRefine(needRules);
export type AddNeedInput = z.infer<typeof AddNeedInput>;

/** An edit names the version it was read at (the form's hidden field): see kernel/record-version.ts. */
export const UpdateNeedInput = z
  .object({ id: needId, version: recordVersion, ...needFieldsShape })
  .superRefine(needRules);
export type UpdateNeedInput = z.infer<typeof UpdateNeedInput>;

export const NeedRef = z.object({ id: needId });

export const WithdrawNeedInput = z.object({
  id: needId,
  reason: optionalTextOrNull(1000),
});

/** The State's own statuses: withdrawn has its own verb, lapsed is never set. */
export const settableStatuses = storedNeedStatuses.filter((s) => s !== 'withdrawn') as [
  'open',
  'partly_met',
  'met',
];
export const SetNeedStatusInput = z.object({
  id: needId,
  status: z.enum(settableStatuses, { message: 'needs:errors.status' }),
});

export const SetNeedConsentInput = z.object({
  id: needId,
  isPublic: z.preprocess(
    (v) => (v === 'false' || v === 'no' || v === '0' ? false : isTicked(v)),
    z.boolean(),
  ),
});

/** The State already has a need with this area and description: the form links to it. */
export class DuplicateNeedError extends ValidationError {
  constructor(readonly existingId: number) {
    super({ description: ['needs:errors.duplicate'] });
  }
}

/** A need as a report states it (the reports module's `NeedFact`), as the sync verbs receive it. */
const StatedNeed = z.object({
  area: z.string().nullable(),
  type: z.string().nullable(),
  description: z.string().nullable(),
  activitiesTimeframe: z.string().nullable(),
  estimatedCost: z.number().finite().nullable(),
  currency: z.string().nullable(),
  nationalContribution: z.number().finite().nullable(),
  planReference: z.string().nullable(),
  publish: z.boolean().nullable(),
  registerId: z.number().int().nullable(),
  source: z.object({ form: z.enum(formCodes), table: z.string(), row: z.number().int().positive() }),
});

const iso3 = z.string().regex(/^[A-Z]{3}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A delivered report version's needs, as the reports module published them. */
export const SyncNeedsFromReportInput = z.object({
  stateIso3: iso3,
  reportId: rowId,
  version: z.number().int().positive(),
  year: z.number().int(),
  kind: z.enum(reportKinds),
  receivedOn: day,
  needs: z.array(StatedNeed),
});

/** A recalled version, and the one that stands again with its needs. */
export const WithdrawNeedsOfRecallInput = z.object({
  stateIso3: iso3,
  reportId: rowId,
  recalled: z.object({
    number: z.number().int().positive(),
    submittedAt: z.date().nullable(),
    receivedOn: day.nullable(),
  }),
  restored: z.object({ number: z.number().int().positive(), needs: z.array(StatedNeed) }).nullable(),
});
