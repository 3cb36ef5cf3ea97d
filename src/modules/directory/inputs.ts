import { z } from 'zod';
import { AppError } from '../../kernel/errors.js';
import { blankToNull } from '../../kernel/fields.js';
import { iso3Of, rowId } from '../../kernel/ids.js';
import { checkbox, optionalTextOrNull, requiredText } from '../../kernel/input-fields.js';
import { recordVersion } from '../../kernel/record-version.js';
import { directoryAreas, workLanguages } from './vocabulary.js';

const asList = (v: unknown) =>
  (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]).filter(
    (x) => !(typeof x === 'string' && x.trim() === ''),
  );

/** What an entry says; its State is named on creation and never changes. */
export const entryFieldsShape = {
  area: z.enum(directoryAreas, { message: 'directory:errors.area' }),
  name: requiredText('directory:errors.name', 200, 2),
  functionTitle: optionalTextOrNull(200),
  organisation: optionalTextOrNull(200),
  email: z.preprocess(
    blankToNull,
    z.string().trim().max(254, 'errors:tooLong').email('directory:errors.email').nullable().default(null),
  ),
  phone: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()./-]{5,40}$/, 'directory:errors.phone')
      .nullable()
      .default(null),
  ),
  languages: z.preprocess(
    asList,
    z
      .array(z.string(), { message: 'directory:errors.languages' })
      .refine(
        (xs) => xs.every((x) => (workLanguages as readonly string[]).includes(x)),
        'directory:errors.languages',
      )
      .transform((xs) => [...new Set(xs)]),
  ),
  official: checkbox(),
  published: checkbox(),
};

export const AddEntryInput = z.object({
  stateIso3: iso3Of('directory:errors.state'),
  ...entryFieldsShape,
});
export type AddEntryInput = z.output<typeof AddEntryInput>;

export const UpdateEntryInput = z.object({ id: rowId, version: recordVersion, ...entryFieldsShape });
export type UpdateEntryInput = z.output<typeof UpdateEntryInput>;

export const EntryRef = z.object({ id: rowId });

export class EntryNotFoundError extends AppError {
  constructor(id: number | string) {
    super(
      'DIRECTORY.ENTRY_NOT_FOUND',
      404,
      'directory:errors.notFound',
      { id },
      `directory entry ${id} not found`,
    );
  }
}

export class DirectoryStateNotFoundError extends AppError {
  constructor(iso3: string) {
    super(
      'DIRECTORY.STATE_NOT_FOUND',
      404,
      'directory:errors.stateNotFound',
      { iso3 },
      `State ${iso3} not found`,
    );
  }
}
