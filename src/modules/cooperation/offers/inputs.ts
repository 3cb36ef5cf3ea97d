import { z } from 'zod';
import { AppError } from '../../../kernel/errors.js';
import { blankToNull } from '../../../kernel/fields.js';
import { iso3Of, rowId } from '../../../kernel/ids.js';
import {
  checkbox,
  givenList,
  iso3List,
  nullableAmount,
  nullableChoice,
  requiredText,
} from '../../../kernel/input-fields.js';
import { recordVersion } from '../../../kernel/record-version.js';
import { areas, assistanceTypes, currencies } from '../shared/vocabulary.js';

/**
 * The inputs of the offer verbs. Forms send strings: blanks become null, a group of checkboxes
 * arrives as one string or a list, and a list of States may be typed as "LBN, IRQ". The route
 * passes the form as it came; the verb answers with errors per field.
 */

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * A list of words from a vocabulary, checked as a whole so that the error sits on the field (the
 * group of checkboxes), never on one of its elements.
 */
const listOf = (vocabulary: readonly string[], message: string) =>
  z.preprocess(
    givenList,
    z
      .array(z.string(), { message })
      .refine((xs) => xs.every((x) => vocabulary.includes(x)), message)
      .transform(unique),
  );

export const offerId = rowId;

/** What an offer says; the partner it belongs to is not part of it (see CreateOfferInput). */
export const offerFieldsShape = {
  title: requiredText('offers:errors.title', 200, 3),
  areas: listOf(areas, 'offers:errors.areas').refine((xs) => xs.length > 0, 'offers:errors.areas'),
  types: listOf(assistanceTypes, 'offers:errors.types').refine((xs) => xs.length > 0, 'offers:errors.types'),
  /** Checked against the registry's regions by the verb. */
  priorityRegions: z.preprocess(
    givenList,
    z
      .array(z.string().trim().max(40, 'offers:errors.priorityRegions'), {
        message: 'offers:errors.priorityRegions',
      })
      .max(10, 'offers:errors.priorityRegions')
      .transform(unique),
  ),
  /** Checked against the registry by the verb. */
  priorityStates: iso3List('offers:errors.priorityStates', 'offers:errors.tooManyStates'),
  multiYear: checkbox(),
  annualAmount: nullableAmount('offers:errors.amount'),
  currency: nullableChoice(currencies, 'offers:errors.currency'),
  contact: requiredText('offers:errors.contact', 500, 3),
};

/** An amount without its currency cannot be read. */
const amountHasCurrency = (
  v: { annualAmount: number | null; currency: string | null },
  ctx: z.RefinementCtx,
) => {
  if (v.annualAmount !== null && v.currency === null) {
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'offers:errors.currencyRequired' });
  }
};

/**
 * A partner creates offers for itself: it leaves `partnerIso3` and `organisation` empty (or names
 * itself). The ISU names the partner it acts for: a State's ISO3 code or an organisation.
 */
export const CreateOfferInput = z
  .object({
    partnerIso3: z.preprocess(blankToNull, iso3Of('offers:errors.partnerIso3').nullable().default(null)),
    organisation: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .min(2, 'offers:errors.organisation')
        .max(200, 'errors:tooLong')
        .nullable()
        .default(null),
    ),
    ...offerFieldsShape,
  })
  .superRefine(amountHasCurrency)
  .superRefine((v, ctx) => {
    if (v.partnerIso3 !== null && v.organisation !== null) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'offers:errors.oneOwner' });
    }
  });
export type CreateOfferInput = z.output<typeof CreateOfferInput>;

/** An edit names the version it was read at (the form's hidden field): see kernel/record-version.ts. */
export const UpdateOfferInput = z
  .object({ id: offerId, version: recordVersion, ...offerFieldsShape })
  .superRefine(amountHasCurrency);
export type UpdateOfferInput = z.output<typeof UpdateOfferInput>;

export const OfferRef = z.object({ id: offerId });

/** The form's field names, in order: what a route reads from a posted form. */
export const offerFormFields = [
  'partnerIso3',
  'organisation',
  'title',
  'areas',
  'types',
  'priorityRegions',
  'priorityStates',
  'multiYear',
  'annualAmount',
  'currency',
  'contact',
] as const;

export class OfferNotFoundError extends AppError {
  constructor(id: number | string) {
    super('OFFERS.NOT_FOUND', 404, 'offers:errors.notFound', { id }, `offer ${id} not found`);
  }
}
