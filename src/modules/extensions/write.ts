import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { TxContext } from '../../kernel/context.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { nextVersion } from '../../kernel/record-version.js';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { defineVerb, outcomeOn, type VerbOutcome } from '../../kernel/verb.js';
import { canWriteRequestOf, mayWriteSomeRequest } from './policy.js';
import type { RequestRow } from './queries.js';
import { extensionRequests } from './schema.js';

/** The request, locked for the verb's transaction; NotFound when absent. */
export async function lockRequest(ctx: TxContext, id: number): Promise<RequestRow> {
  return lockRowOrNotFound(ctx.db, extensionRequests, extensionRequests.id, id, 'extension_request');
}

/** The fine check of every verb on an existing request: the actor writes for its State. */
export async function permitOnRequest(ctx: TxContext, input: { id: number }): Promise<boolean> {
  const [row] = await ctx.db
    .select({ stateIso3: extensionRequests.stateIso3 })
    .from(extensionRequests)
    .where(eq(extensionRequests.id, input.id));
  // An unknown id is answered by the verb (NotFound), not as a refusal.
  return !row || canWriteRequestOf(ctx.actor, row.stateIso3);
}

/** A withdrawn request is kept as it was: nothing more is written to it (lifecycle guard, in the transaction). */
export function assertNotWithdrawn(row: RequestRow) {
  if (row.status === 'withdrawn')
    throw new ConflictError('EXTENSIONS.WITHDRAWN', 'extensions:errors.withdrawn');
}

/** Bumps the row's version (refusing a save made from an older one) and stamps the change. */
export async function touch(ctx: TxContext, row: RequestRow, expected: number, set: Partial<RequestRow>) {
  const version = nextVersion(row, expected);
  const [after] = await ctx.db
    .update(extensionRequests)
    .set({ ...set, version, updatedAt: ctx.now })
    .where(eq(extensionRequests.id, row.id))
    .returning();
  if (!after) throw new NotFoundError('extension_request', String(row.id));
  return after;
}

/**
 * What a request's verb returns: its result and the one audit entry on the request, with what it
 * was (`before`) and what it is (`after`).
 */
export function requestOutcome<R>(
  request: { id: number; stateIso3: string },
  result: R,
  change: { before?: unknown; after?: unknown },
): VerbOutcome<R> {
  return outcomeOn({ ...request, type: 'extension_request' }, result, change);
}

/**
 * A verb on one request its State's writers hold: permitted on the request's State, the request
 * locked for the transaction and checked by `guard` (by default: refused once withdrawn) before
 * `run` sees it.
 */
export function defineRequestVerb<S extends z.ZodType<{ id: number }>, R>(spec: {
  name: string;
  input: S;
  guard?: (row: RequestRow) => void;
  run: (ctx: TxContext, input: z.output<S>, row: RequestRow) => Promise<VerbOutcome<R>>;
}) {
  return defineVerb({
    name: spec.name,
    input: spec.input,
    allow: mayWriteSomeRequest,
    permit: permitOnRequest,
    async run(ctx, input) {
      const row = await lockRequest(ctx, input.id);
      (spec.guard ?? assertNotWithdrawn)(row);
      return spec.run(ctx, input, row);
    },
  });
}
