import type { Database, Db } from '../src/db/client.js';
import { testApp } from './app.js';

/**
 * The opening of a page test over reference data: each of `seeds` loads its records into the test's
 * database, in the order given (a module's seed after those it refers to), then the app on it.
 */
export async function seededApp(database: Database, ...seeds: ((db: Db) => Promise<unknown>)[]) {
  for (const seed of seeds) await seed(database.db);
  return { db: database.db, app: testApp(database) };
}
