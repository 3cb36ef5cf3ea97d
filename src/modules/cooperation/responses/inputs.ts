import { z } from 'zod';
import { isoDateField } from '../../../kernel/dates.js';
import { blankToUndefined, optionalText } from '../../../kernel/fields.js';
import { iso3, rowId } from '../../../kernel/ids.js';
import { amountOrUndefined } from '../../../kernel/numbers.js';
import { currencies } from '../shared/vocabulary.js';

const id = rowId;
const optionalId = z.preprocess(blankToUndefined, id.optional());
const note = optionalText(2000);
/** The platform's own address, for the link in the mail: callers take it from the configuration, never a form. */
const baseUrl = z.url({ protocol: /^https?$/ });

const isoDay = isoDateField('errors:required');

export const RespondInput = z.object({
  needId: id,
  /** Only the ISU names the partner it acts for; a partner always acts for itself. */
  partnerIso3: z.preprocess(blankToUndefined, iso3.optional()),
  organisation: optionalText(200),
  offerId: optionalId,
  note,
  baseUrl,
});
export type RespondInput = z.infer<typeof RespondInput>;

export const CommitInput = z
  .object({
    responseId: id,
    // Left empty or typed as unknown ("inconnu", "desconocido", …): the commitment names no amount.
    amount: z.preprocess(
      amountOrUndefined,
      z
        .number('responses:errors.amount')
        .positive('responses:errors.amount')
        .max(1e12, 'responses:errors.amount')
        .optional(),
    ),
    currency: z.preprocess(blankToUndefined, z.enum(currencies, 'responses:errors.currency').optional()),
    note,
    baseUrl,
  })
  .superRefine((v, ctx) => {
    if (v.amount !== undefined && v.currency === undefined) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'responses:errors.currencyNeeded' });
    }
  });
export type CommitInput = z.infer<typeof CommitInput>;

export const DeliverInput = z.object({
  responseId: id,
  /** Not in the future: checked by the verb against its clock. */
  deliveredOn: z.preprocess(blankToUndefined, isoDay),
  note,
  baseUrl,
});

export const WithdrawInput = z.object({ responseId: id, note, baseUrl });

export const needNowIsValues = ['partly_met', 'met'] as const;
export const ConfirmInput = z.object({
  responseId: id,
  needNowIs: z.enum(needNowIsValues, 'responses:errors.needNowIs'),
  ledgerEntryId: optionalId,
  baseUrl,
});
export type ConfirmInput = z.infer<typeof ConfirmInput>;
