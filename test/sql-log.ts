import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from '../src/db/client.js';
import * as schema from '../src/db/schema.js';

/**
 * The same database seen through a second Drizzle handle that writes down every statement it sends:
 * for tests that must show how a verb reads (e.g. that a guard's row is read `for update`).
 */
export function loggedDb(database: Database): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => statements.push(query) };
  const client = (database.db as unknown as { $client: never }).$client;
  const db = (database.engine === 'pglite'
    ? drizzlePglite({ client, schema, logger })
    : drizzleNodePg({ client, schema, logger })) as unknown as Db;
  return { db, statements };
}

/** The reads of a table among logged statements (selects whose first `from` is that table). */
export const readsOf = (statements: string[], table: string) =>
  statements.filter((s) => /^select/i.test(s) && s.includes(`from "${table}"`));
