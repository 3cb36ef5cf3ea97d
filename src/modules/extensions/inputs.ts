import { z } from 'zod';
import { blankToNull } from '../../kernel/fields.js';
import { iso3Of, rowId } from '../../kernel/ids.js';
import { nullableChoice, optionalTextOrNull, requiredText } from '../../kernel/input-fields.js';
import { numberOrNull } from '../../kernel/numbers.js';
import { recordVersion } from '../../kernel/record-version.js';
import { currencies } from '../reports/schema.js';

/** Forms send strings: blanks become null, numbers are coerced, errors are catalogue keys at the field. */

const number = (key: string) =>
  z.preprocess(
    numberOrNull,
    z.number({ message: key }).finite(key).min(0, key).max(1e13, key).nullable().default(null),
  );
const whole = (key: string) =>
  z.preprocess(
    numberOrNull,
    z.number({ message: key }).int(key).min(0, key).max(2_000_000_000, key).nullable().default(null),
  );

export const requestArticle = z.coerce
  .number({ message: 'extensions:errors.article' })
  .pipe(z.union([z.literal(3), z.literal(4)], { message: 'extensions:errors.article' }));

export const StartRequestInput = z.object({
  iso3: iso3Of('extensions:errors.state', 'extensions:errors.state'),
  article: requestArticle,
});
export type StartRequestInput = z.infer<typeof StartRequestInput>;

/** The elements as the form edits them; the duration's cap is checked by the verb (it knows the article). */
export const requestFieldsShape = {
  durationYears: z.preprocess(
    blankToNull,
    z.coerce
      .number({ message: 'extensions:errors.durationWhole' })
      .int('extensions:errors.durationWhole')
      .nullable()
      .default(null),
  ),
  reasons: optionalTextOrNull(8000),
  meansAvailable: optionalTextOrNull(8000),
  meansRequired: optionalTextOrNull(8000),
  workDone: optionalTextOrNull(8000),
  workPlanned: optionalTextOrNull(8000),
  areaAtEntryIntoForce: number('extensions:errors.number'),
  areaFoundSince: number('extensions:errors.number'),
  areaCleared: number('extensions:errors.number'),
  areaRemaining: number('extensions:errors.number'),
  munitionsAtEntryIntoForce: whole('extensions:errors.whole'),
  submunitionsAtEntryIntoForce: whole('extensions:errors.whole'),
  munitionsDestroyed: whole('extensions:errors.whole'),
  submunitionsDestroyed: whole('extensions:errors.whole'),
  munitionsRemaining: whole('extensions:errors.whole'),
  submunitionsRemaining: whole('extensions:errors.whole'),
  annualRate: number('extensions:errors.number'),
  impediments: optionalTextOrNull(8000),
  implications: optionalTextOrNull(8000),
  otherInformation: optionalTextOrNull(8000),
  nationalResources: optionalTextOrNull(8000),
  assistanceReceived: optionalTextOrNull(8000),
  statedNeeds: optionalTextOrNull(8000),
};
export const requestFields = Object.keys(requestFieldsShape) as Array<keyof typeof requestFieldsShape>;

export const UpdateRequestInput = z.object({ id: rowId, version: recordVersion, ...requestFieldsShape });
export type UpdateRequestInput = z.infer<typeof UpdateRequestInput>;

export const PlanRowInput = z.object({
  year: z.coerce
    .number({ message: 'extensions:errors.year' })
    .int('extensions:errors.year')
    .min(2008, 'extensions:errors.year')
    .max(2100, 'extensions:errors.year'),
  milestone: requiredText('extensions:errors.milestone', 1000, 2),
  quantity: number('extensions:errors.number'),
  cost: number('extensions:errors.number'),
  currency: nullableChoice(currencies, 'extensions:errors.currency'),
  nationalFunding: number('extensions:errors.number'),
  externalFunding: number('extensions:errors.number'),
});
export type PlanRowInput = z.infer<typeof PlanRowInput>;

export const SetPlanRowsInput = z.object({
  id: rowId,
  version: recordVersion,
  rows: z.array(PlanRowInput).max(60, 'extensions:errors.tooManyRows'),
});
export type SetPlanRowsInput = z.infer<typeof SetPlanRowsInput>;

export const SubmitRequestInput = z.object({
  id: rowId,
  version: recordVersion,
  /** Why a late or otherwise flagged request is recorded anyway (the registry asks for it). */
  note: optionalTextOrNull(2000),
});

export const WithdrawRequestInput = z.object({
  id: rowId,
  version: recordVersion,
  reason: optionalTextOrNull(1000),
});
