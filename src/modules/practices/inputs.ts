import { z } from 'zod';
import { AppError } from '../../kernel/errors.js';
import { blankToNull } from '../../kernel/fields.js';
import { rowId } from '../../kernel/ids.js';
import { iso3List, optionalTextOrNull, requiredText } from '../../kernel/input-fields.js';
import { recordVersion } from '../../kernel/record-version.js';
import { LAP_ACTIONS, practiceAreas, practiceLanguages, sourceKinds } from './vocabulary.js';

/**
 * The inputs of the practice verbs. A form sends strings: the route turns the per-language fields
 * (`texts.fr.title`) into `texts`, leaving out a language whose fields are all blank; States may be
 * typed as "LBN, IRQ" and partners one per line or separated by semicolons.
 */

const asList = (v: unknown) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const splitNames = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/[;\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : asList(v);
const unique = <T>(xs: T[]) => [...new Set(xs)];

const textSet = z.object({
  title: requiredText('practices:errors.title', 200, 3),
  done: requiredText('practices:errors.done', 4000, 3),
  achieved: optionalTextOrNull(4000),
});

export const practiceFieldsShape = {
  area: z.enum(practiceAreas, { message: 'practices:errors.area' }),
  language: z.enum(practiceLanguages, { message: 'practices:errors.language' }),
  texts: z.object({ en: textSet.optional(), fr: textSet.optional(), es: textSet.optional() }),
  /** Checked against the registry by the verb. */
  states: iso3List('practices:errors.states'),
  partners: z.preprocess(
    splitNames,
    z
      .array(z.string().trim().min(2).max(200), { message: 'practices:errors.partners' })
      .max(30, 'practices:errors.partners')
      .transform(unique),
  ),
  sourceKind: z.enum(sourceKinds, { message: 'practices:errors.sourceKind' }),
  sourceReference: requiredText('practices:errors.sourceReference', 300),
  sourceTitle: requiredText('practices:errors.sourceTitle', 500, 3),
  lapAction: z.preprocess(
    blankToNull,
    z.coerce
      .number({ message: 'practices:errors.lapAction' })
      .int('practices:errors.lapAction')
      .min(1, 'practices:errors.lapAction')
      .max(LAP_ACTIONS, 'practices:errors.lapAction')
      .nullable()
      .default(null),
  ),
  practiceOn: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'practices:errors.practiceOn')
      .nullable()
      .default(null),
  ),
};

/** The text in the practice's own language is required: it is the original. */
const originalPresent = (
  v: { language: (typeof practiceLanguages)[number]; texts: Partial<Record<string, unknown>> },
  ctx: z.RefinementCtx,
) => {
  if (!v.texts[v.language])
    ctx.addIssue({
      code: 'custom',
      path: ['texts', v.language, 'title'],
      message: 'practices:errors.original',
    });
};

export const CreatePracticeInput = z
  .object({
    ...practiceFieldsShape,
    referenceKey: z.string().min(1).max(100).nullable().default(null),
  })
  .superRefine(originalPresent);
export type CreatePracticeInput = z.output<typeof CreatePracticeInput>;

/** An edit names the version it was read at; the ISU or a Coordinator may publish a proposal here. */
export const UpdatePracticeInput = z
  .object({
    id: rowId,
    version: recordVersion,
    status: z.enum(['proposed', 'published'], { message: 'practices:errors.status' }),
    ...practiceFieldsShape,
  })
  .superRefine(originalPresent);
export type UpdatePracticeInput = z.output<typeof UpdatePracticeInput>;

export const PracticeRef = z.object({ id: rowId });

export class PracticeNotFoundError extends AppError {
  constructor(id: number | string) {
    super('PRACTICES.NOT_FOUND', 404, 'practices:errors.notFound', { id }, `good practice ${id} not found`);
  }
}
