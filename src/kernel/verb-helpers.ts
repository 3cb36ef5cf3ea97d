import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';
import type { AuditRecord } from './audit/record.js';
import { isoDay } from './clock.js';
import type { TxContext } from './context.js';
import { nextVersion } from './record-version.js';
import { lockRowOr } from './rows.js';
import type { VerbOutcome } from './verb.js';

/**
 * The editable rows of one table, as their verbs write them: each row has a serial `id`, a
 * `version` (record-version.ts) and an `updatedAt`; `missing` is the error naming a row that is not
 * there, `audit` the entries one change of a row leaves.
 */
export interface EditableRows<T extends PgTable> {
  table: T;
  key: PgColumn;
  missing: (id: number) => Error;
  audit: (before: T['$inferSelect'], after: T['$inferSelect']) => AuditRecord[];
  /** The row a write changes by its id, locked until the transaction ends, or `missing`. */
  lock: (db: Executor, id: number) => Promise<T['$inferSelect']>;
}

/** The editable rows of a table keyed by its `id` column. */
export function editableRows<T extends PgTable & { id: PgColumn }>(
  table: T,
  missing: (id: number) => Error,
  audit: EditableRows<T>['audit'],
): EditableRows<T> {
  const lock = (db: Executor, id: number) => lockRowOr(db, table, table.id, id, () => missing(id));
  return { table, key: table.id, missing, audit, lock };
}

type Editable = { id: number; version: number };

/**
 * Writes `values` (and `updatedAt`: now) to the locked row `before` and returns the row as it now
 * is, or throws `rows.missing` when it is gone.
 */
export async function rewriteRow<T extends PgTable>(
  ctx: TxContext,
  rows: EditableRows<T>,
  before: T['$inferSelect'] & Editable,
  values: PgUpdateSetSource<T>,
): Promise<T['$inferSelect']> {
  const [after] = await ctx.db
    .update(rows.table as PgTable)
    .set({ ...values, updatedAt: ctx.now } as PgUpdateSetSource<PgTable>)
    .where(eq(rows.key, before.id))
    .returning();
  if (!after) throw rows.missing(before.id);
  return after as T['$inferSelect'];
}

/**
 * An edit of the locked row `before`: `values` (with the version the verb checked) written through
 * `rewriteRow`, and audited. The verb's outcome, the row's id.
 */
export async function saveEdit<T extends PgTable>(
  ctx: TxContext,
  rows: EditableRows<T>,
  before: T['$inferSelect'] & Editable,
  values: PgUpdateSetSource<T>,
): Promise<VerbOutcome<{ id: number }>> {
  const after = await rewriteRow(ctx, rows, before, values);
  return { result: { id: (after as Editable).id }, audit: rows.audit(before, after) };
}

/**
 * A one-click change that happens once (withdraw, confirm today): when `done` (the locked row
 * `before` already says so) nothing is written and nothing audited; otherwise `values` are written
 * with the row's next version, and the change is audited.
 */
export async function changeOnce<T extends PgTable>(
  ctx: TxContext,
  rows: EditableRows<T>,
  before: T['$inferSelect'] & Editable,
  done: boolean,
  values: PgUpdateSetSource<T>,
): Promise<VerbOutcome<{ id: number; changed: boolean }>> {
  if (done) return { result: { id: before.id, changed: false }, audit: [] };
  const after = await rewriteRow(ctx, rows, before, { ...values, version: nextVersion(before) });
  return { result: { id: (after as Editable).id, changed: true }, audit: rows.audit(before, after) };
}

/**
 * "Still right": the locked row `before` is confirmed today (its `lastConfirmedOn`), through
 * `changeOnce`, so a second confirmation on the same day changes nothing.
 */
export function confirmToday<T extends PgTable>(
  ctx: TxContext,
  rows: EditableRows<T>,
  before: T['$inferSelect'] & Editable & { lastConfirmedOn: string },
): Promise<VerbOutcome<{ id: number; changed: boolean }>> {
  const today = isoDay(ctx.now);
  const values = { lastConfirmedOn: today } as PgUpdateSetSource<T>;
  return changeOnce(ctx, rows, before, before.lastConfirmedOn === today, values);
}
