import { z } from 'zod';
import { AppError } from '../../../kernel/errors.js';
import { blankToUndefined, optionalText } from '../../../kernel/fields.js';
import { iso3, iso3Of, rowId, rowIdOf } from '../../../kernel/ids.js';
import { requiredText } from '../../../kernel/input-fields.js';
import { amountOrUndefined } from '../../../kernel/numbers.js';
import { recordVersion } from '../../../kernel/record-version.js';
import { areas, assistanceTypes, currencies, ledgerStatuses } from '../shared/vocabulary.js';

const optionalIso3 = z.preprocess(blankToUndefined, iso3.optional());
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === 'yes', z.boolean());

/** The year of a flow or of a rate. */
const ledgerYear = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ message: 'ledger:errors.year' })
    .int('ledger:errors.year')
    .min(1990, 'ledger:errors.year')
    .max(2100, 'ledger:errors.year'),
);

const EntryFields = z.object({
  /** A State as provider; or, instead, an organisation's name. */
  providerIso3: optionalIso3,
  providerName: optionalText(200),
  recipientIso3: z.preprocess(
    blankToUndefined,
    iso3Of('ledger:errors.recipientRequired', 'ledger:errors.recipientRequired'),
  ),
  year: ledgerYear,
  area: z.enum(areas, { message: 'ledger:errors.area' }),
  type: z.preprocess(blankToUndefined, z.enum(assistanceTypes, { message: 'ledger:errors.type' }).optional()),
  amount: z.preprocess(
    amountOrUndefined,
    z
      .number({ message: 'ledger:errors.amount' })
      .refine((n) => Number.isFinite(n) && n >= 0 && n < 1e13, 'ledger:errors.amount')
      .optional(),
  ),
  currency: z.preprocess(
    blankToUndefined,
    z.enum(currencies, { message: 'ledger:errors.currency' }).optional(),
  ),
  status: z.enum(ledgerStatuses, { message: 'ledger:errors.status' }),
  channel: optionalText(500),
  inResponseToRequest: checkbox,
  needId: z.preprocess(blankToUndefined, rowIdOf('ledger:errors.need').optional()),
  note: optionalText(1000),
});

/** Checks across columns; they run even when another column failed, so a form shows every error at once. */
const always = { when: () => true };
const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
type Loose = Record<string, unknown>;
const withCrossChecks = <S extends z.ZodType<Loose>>(schema: S) =>
  schema
    .refine((v: Loose) => present(v.providerIso3) !== present(v.providerName), {
      path: ['providerIso3'],
      message: 'ledger:errors.providerOneOf',
      ...always,
    })
    .refine((v: Loose) => !present(v.amount) || present(v.currency), {
      path: ['currency'],
      message: 'ledger:errors.currencyRequired',
      ...always,
    });

export const RecordLedgerEntryInput = withCrossChecks(EntryFields);
export type RecordLedgerEntryInput = z.output<typeof EntryFields>;

/** An edit names the version it was read at (the form's hidden field): see kernel/record-version.ts. */
export const UpdateLedgerEntryInput = withCrossChecks(
  EntryFields.extend({ id: rowId, version: recordVersion }),
);
export const RemoveLedgerEntryInput = z.object({ id: rowId });

export class LedgerEntryNotFoundError extends AppError {
  constructor(id: number) {
    super('LEDGER.ENTRY_NOT_FOUND', 404, 'ledger:errors.entryNotFound', { id });
  }
}

/** Currencies that take a rate: every one of the vocabulary but the dollar itself and `other`. */
export const rateCurrencies = currencies.filter((c) => c !== 'USD' && c !== 'other');

const rateCurrency = z.enum(rateCurrencies as [string, ...string[]], {
  message: 'ledger:errors.rateCurrency',
});

export const SetExchangeRateInput = z.object({
  currency: rateCurrency,
  year: ledgerYear,
  usdPerUnit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'ledger:errors.rate' })
      .refine((n) => Number.isFinite(n) && n > 0, 'ledger:errors.rate'),
  ),
  source: requiredText('ledger:errors.source', 500, 3),
});
export type SetExchangeRateInput = z.output<typeof SetExchangeRateInput>;

export const DeleteExchangeRateInput = z.object({ currency: rateCurrency, year: ledgerYear });

export class RateNotFoundError extends AppError {
  constructor(currency: string, year: number) {
    super('LEDGER.RATE_NOT_FOUND', 404, 'ledger:errors.rateNotFound', { currency, year });
  }
}
