import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';
import { NotFoundError, type ThingKind } from './errors.js';

/**
 * The row a verb acts on, read by its key and locked until the verb's transaction ends, or a
 * NotFoundError naming it. Verbs call it first, so each states only what it then checks.
 */
export async function lockRowOrNotFound<T extends PgTable>(
  db: Executor,
  table: T,
  key: PgColumn,
  id: string | number,
  what: ThingKind,
): Promise<T['$inferSelect']> {
  return lockRowOr(db, table, key, id, () => new NotFoundError(what, String(id)));
}

/** As `lockRowOrNotFound`, for a module that names a missing row with an error of its own (`missing`). */
export async function lockRowOr<T extends PgTable>(
  db: Executor,
  table: T,
  key: PgColumn,
  id: string | number,
  missing: () => Error,
): Promise<T['$inferSelect']> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(eq(key, id))
    .for('update');
  if (!row) throw missing();
  return row as T['$inferSelect'];
}
