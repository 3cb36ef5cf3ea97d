import { asc, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { TxContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { type ExtensionRequestView, findExtensionRequest } from '../states/index.js';
import { analysisMembers } from './schema.js';

/** The request a workspace belongs to, as the states module records it; not found otherwise. */
export async function requestOrNotFound(
  db: Executor,
  id: number,
  today: string,
  /** The reader's language, the State's name is in. */
  locale = 'en',
): Promise<ExtensionRequestView> {
  const r = await findExtensionRequest(db, id, today, locale);
  if (!r) throw new NotFoundError('requested_extension', String(id));
  return r;
}

export const requestIn = (ctx: TxContext, id: number) => requestOrNotFound(ctx.db, id, isoDay(ctx.now));

/** The accounts in a request's Analysis Group. */
export async function memberIds(db: Executor, requestId: number): Promise<string[]> {
  const rows = await db
    .select({ userId: analysisMembers.userId })
    .from(analysisMembers)
    .where(eq(analysisMembers.requestId, requestId))
    .orderBy(asc(analysisMembers.userId));
  return rows.map((r) => r.userId);
}

/**
 * A workspace's row kept as last written (the draft, a checklist mark): the row `where` picks is
 * replaced by `row`, or `row` is added. What stood before, for the audit; null when nothing did.
 */
export async function replaceRow<T extends PgTable>(
  ctx: TxContext,
  table: T,
  where: SQL | undefined,
  row: T['$inferInsert'],
): Promise<T['$inferSelect'] | null> {
  const [before] = await ctx.db
    .select()
    .from(table as PgTable)
    .where(where);
  if (before) await ctx.db.update(table).set(row).where(where);
  else await ctx.db.insert(table).values(row);
  return (before as T['$inferSelect'] | undefined) ?? null;
}
