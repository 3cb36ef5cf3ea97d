import { inArray } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';

/*
 * Loading reference data that is never loaded twice: each row the seeds know has a key (a reference
 * key, a meeting's code) kept in a column of its table. A row whose key is stored is left alone, so
 * what people corrected since survives a restart.
 */

/** Which of `keys` are already stored in `column`. */
async function storedKeys(db: Db, column: PgColumn, keys: readonly string[]): Promise<Set<unknown>> {
  const rows = await db
    .select({ k: column })
    .from(column.table)
    .where(inArray(column, [...keys]));
  return new Set(rows.map((r) => r.k));
}

/**
 * Adds each of `items` whose key (`keyOf`) is not yet stored in `column`, in order, through `add`
 * (the module's verb), and answers how many it added.
 */
export async function addMissing<T>(
  db: Db,
  column: PgColumn,
  items: readonly T[],
  keyOf: (item: T) => string,
  add: (item: T) => Promise<unknown>,
): Promise<number> {
  const present = await storedKeys(db, column, items.map(keyOf));
  let added = 0;
  for (const item of items) {
    if (present.has(keyOf(item))) continue;
    await add(item);
    added++;
  }
  return added;
}

/**
 * `addMissing` for items named by their `key`, which the module's verb stores as `referenceKey` in
 * `column`: each missing item is added through `add` as its other fields with `referenceKey: key`.
 */
export function addMissingByKey<T extends { key: string }>(
  db: Db,
  column: PgColumn,
  items: readonly T[],
  add: (item: Omit<T, 'key'> & { referenceKey: string }) => Promise<unknown>,
): Promise<number> {
  return addMissing(
    db,
    column,
    items,
    (item) => item.key,
    ({ key, ...item }) => add({ ...item, referenceKey: key }),
  );
}
