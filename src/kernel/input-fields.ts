import { z } from 'zod';
import { blankToNull } from './fields.js';
import { isIso3 } from './ids.js';
import { amountOrNull } from './numbers.js';

/*
 * Field schemas the verbs' inputs share, each with the catalogue key a module gives for its own
 * field (see fields.ts for what an empty field means).
 */

/** Text a person must give: trimmed, at least `min` characters, else `message`; at most `max` (`errors:tooLong`). */
export const requiredText = (message: string, max: number, min = 1) =>
  z.string({ message }).trim().min(min, message).max(max, 'errors:tooLong');

/** Text a person may leave out: trimmed, at most `max` characters (`errors:tooLong`); empty or missing is null. */
export const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'errors:tooLong')
    .nullish()
    .transform((v) => (v ? v : null));

/** As fields.ts's `optionalText`, a blank field being null (and a missing one too). */
export const optionalTextOrNull = (max: number) =>
  z.preprocess(blankToNull, z.string().trim().max(max, 'errors:tooLong').nullable().default(null));

/** A checkbox as forms and JSON send it: ticked is `true`, `on`, `yes`, `1` or `true`; anything else is not. */
export const isTicked = (v: unknown) => v === true || v === 'on' || v === 'yes' || v === '1' || v === 'true';

/** A checkbox field (`isTicked`): always a boolean. */
export const checkbox = () => z.preprocess(isTicked, z.boolean());

/** One word of a vocabulary, or none: blank or missing is null, an unknown word is `message`. */
export const nullableChoice = <const T extends readonly string[]>(values: T, message: string) =>
  z.preprocess(blankToNull, z.enum(values, { message }).nullable().default(null));

/**
 * An amount of money as people write it (numbers.ts, "unknown" in any language being null), from 0
 * to a million million; anything else is `message`. Blank or missing is null, never 0.
 */
export const nullableAmount = (message: string) =>
  z.preprocess(
    amountOrNull,
    z.number({ message }).finite(message).min(0, message).max(1e12, message).nullable().default(null),
  );

/** What a list field sent: one value, several, or none; blank entries are dropped. */
export const givenList = (v: unknown): unknown[] =>
  (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]).filter(
    (x) => !(typeof x === 'string' && x.trim() === ''),
  );

/**
 * ISO-3 codes typed in one text box ("LBN, irq; SYR") or sent as a list: upper-cased, each a code,
 * at most `max`, each once. One error for the field, not one per code: `message` when a code is
 * malformed, `tooMany` when there are more than `max`. Whether each is a known State is the verb's check.
 */
export const iso3List = (message: string, tooMany = message, max = 60) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/[\s,;]+/)
            .map((s) => s.trim().toUpperCase())
            .filter(Boolean)
        : givenList(v),
    z
      .array(z.string(), { message })
      .refine((xs) => xs.every(isIso3), message)
      .refine((xs) => xs.length <= max, tooMany)
      .transform((xs) => [...new Set(xs)]),
  );
