import { z } from 'zod';

/*
 * What a form's empty field means, for Zod's `preprocess`: a text box left empty (or only
 * spaces) is a value not given, never an empty string. A field whose absence is stored as null
 * takes `blankToNull`; one that is simply left out of the input takes `blankToUndefined`.
 */

/** A blank string becomes undefined; any other value passes unchanged. */
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A blank string becomes null; any other value passes unchanged. */
export const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** Free text that may be left empty: trimmed, at most `max` characters (`errors:tooLong`); blank is undefined. */
export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, 'errors:tooLong').optional());
