import { z } from 'zod';

/** Row ids are PostgreSQL `serial` (int4): a larger number cannot name a row, and must not reach a query. */
export const MAX_ROW_ID = 2_147_483_647;

/** A row id from a form, a query string or JSON. */
export const rowId = z.coerce.number().int().positive().max(MAX_ROW_ID);

/** A row id in a route path: at most nine digits, so it always fits the column (else the route 404s). */
export const ROW_ID_PATTERN = '{[1-9][0-9]{0,8}}';
