import type { Context } from 'hono';
import { z } from 'zod';

/*
 * The shared Zod atoms for the two kinds of identifier every module takes from forms, query
 * strings, paths and JSON: row ids and ISO 3166-1 alpha-3 codes. Write them here once; a module
 * that needs its own message passes the catalogue key.
 */

/** Row ids are PostgreSQL `serial` (int4): a larger number cannot name a row, and must not reach a query. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * A row id from a form, a query string or JSON. `message` (a catalogue key) replaces Zod's own
 * message when the value is not a number at all.
 */
export const rowIdOf = (message?: string) =>
  z.coerce
    .number(message === undefined ? undefined : { message })
    .int()
    .positive()
    .max(MAX_ROW_ID);

/** A row id from a form, a query string or JSON. */
export const rowId = rowIdOf();

/** A row id in a route path: at most nine digits, so it always fits the column (else the route 404s). */
export const ROW_ID_PATTERN = '{[1-9][0-9]{0,8}}';

/** The row id a route matched with ROW_ID_PATTERN (`:id${ROW_ID_PATTERN}`). */
export const rowIdParam = (c: Context, name = 'id'): number => Number(c.req.param(name));

/** An ISO 3166-1 alpha-3 code as stored: three capital letters. */
export const ISO3_PATTERN = /^[A-Z]{3}$/;

/** The `pattern` attribute of a text box for an ISO3 code, in either case (the server upper-cases it). */
export const ISO3_INPUT_PATTERN = '[A-Za-z]{3}';

/** Whether a string is an ISO3 code as stored (three capital letters). */
export const isIso3 = (s: string): boolean => ISO3_PATTERN.test(s);

/**
 * An ISO3 code typed by a person: trimmed, upper-cased, then three letters, else `message`
 * (`errors:iso3` unless the field has its own). `missing` is the key when there is no string at all.
 */
export const iso3Of = (message = 'errors:iso3', missing?: string) =>
  z
    .string(missing === undefined ? undefined : { message: missing })
    .trim()
    .toUpperCase()
    .regex(ISO3_PATTERN, message);

/** An ISO3 code from a form or a verb's input, error `errors:iso3`. */
export const iso3 = iso3Of();

/**
 * An ISO3 code in an API request, in either case, left as written (`errors:iso3`). A function, like
 * `rowIdOf`: Zod copies methods onto a schema when it is made, so an API schema must be made after
 * `@hono/zod-openapi` has added `.openapi()` (at the API module's load), not here.
 */
export const iso3AnyCase = () => z.string().regex(new RegExp(`^${ISO3_INPUT_PATTERN}$`), 'errors:iso3');

/**
 * A State filter in a page's query string: a bad value is dropped (undefined), never an error, so
 * a stale bookmark still shows the page.
 */
export const iso3Filter = iso3Of().optional().catch(undefined);
