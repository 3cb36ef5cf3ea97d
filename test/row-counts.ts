import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../src/db/client.js';

/**
 * How many rows each of `tables` holds, under the names given: to show what a write added, or that a
 * refused one changed nothing.
 */
export async function rowCounts<K extends string>(
  db: Db,
  tables: Record<K, PgTable>,
): Promise<Record<K, number>> {
  const counted = {} as Record<K, number>;
  for (const [name, table] of Object.entries(tables) as [K, PgTable][]) {
    const [row] = await db.select({ n: count() }).from(table);
    counted[name] = row!.n;
  }
  return counted;
}
