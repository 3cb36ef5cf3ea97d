import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ValidationError } from '../../kernel/errors.js';

/*
 * Cursor pagination of every list the API answers. Lists are read in a stable order (each query
 * orders by what identifies its rows), so a page is "the `limit` items after the item the cursor
 * names". The cursor is opaque to clients: the key of the last item given and its position, the
 * position serving only when that item has gone since (the next page then starts where it stood).
 */

export const MAX_PAGE = 1000;

export const PageQuery = {
  limit: z.coerce
    .number({ error: 'errors:zod.invalid_type' })
    .int()
    .min(1)
    .max(MAX_PAGE)
    .optional()
    .openapi({
      param: {
        name: 'limit',
        in: 'query',
        description: `How many items to answer, 1 to ${MAX_PAGE} (${MAX_PAGE} when left out).`,
      },
      example: 50,
    }),
  cursor: z
    .string()
    .max(400)
    .optional()
    .openapi({
      param: {
        name: 'cursor',
        in: 'query',
        description: "Where the page starts: the cursor of the previous page's `next` link, as given.",
      },
    }),
};

/** The fields every list answer adds: this page's size, the whole list's and the address of the next page. */
export const PageFields = {
  count: z.number().int(),
  total: z
    .number()
    .int()
    .openapi({ description: 'How many items the whole list holds (count is this page).' }),
  next: z.string().nullable().openapi({
    description: 'The address of the next page (also in the Link header), null on the last page.',
  }),
};

/** A cursor this list did not give: the request's mistake, 400 like any bad query parameter. */
class InvalidCursorError extends ValidationError {
  override readonly status = 400;
}

interface Cursor {
  k: string;
  i: number;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof c.k === 'string' && Number.isInteger(c.i) && (c.i as number) >= 0) return c as Cursor;
  } catch {
    // falls through to the refusal below
  }
  throw new InvalidCursorError({ cursor: ['api:errors.cursor'] });
}

/**
 * One page of `items` (already in their stable order) for the request's `limit` and `cursor`, with
 * `count`, `total` and `next`; sets the Link header to the next page.
 */
export function pageOf<T>(
  c: Context,
  items: readonly T[],
  keyOf: (item: T) => string,
): { page: T[]; count: number; total: number; next: string | null } {
  // Checked by PageQuery before the handler runs; bounded again here all the same.
  const asked = Math.trunc(Number(c.req.query('limit') ?? MAX_PAGE));
  const limit = asked >= 1 && asked <= MAX_PAGE ? asked : MAX_PAGE;
  const raw = c.req.query('cursor');
  let start = 0;
  if (raw !== undefined) {
    const cursor = decodeCursor(raw);
    const at = items.findIndex((item) => keyOf(item) === cursor.k);
    start = at >= 0 ? at + 1 : Math.min(cursor.i + 1, items.length);
  }
  const page = items.slice(start, start + limit);
  let next: string | null = null;
  if (start + page.length < items.length && page.length > 0) {
    const url = new URL(c.req.url);
    url.searchParams.set('limit', String(limit));
    url.searchParams.set('cursor', encodeCursor({ k: keyOf(page.at(-1) as T), i: start + page.length - 1 }));
    next = `${url.pathname}${url.search}`;
    c.header('Link', `<${next}>; rel="next"`);
  }
  return { page, count: page.length, total: items.length, next };
}
