import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { type Database, type Engine, fromPglite, fromPostgres } from '../src/db/client.js';
import { wireModules } from '../src/wiring.js';
import { withDatabase } from './global-setup.js';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (as in CI). */
export const engines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let pgliteBase: Promise<PGlite> | null = null;

/** A fresh database, migrated and loaded with the reference States, that no other test sees. */
export async function freshDatabase(engine: Engine): Promise<Database> {
  // Modules subscribe to one another's events as the server wires them, so verbs called directly
  // in a test have the same consequences as in the running application.
  wireModules();
  if (engine === 'pglite') {
    pgliteBase ??= (async () => {
      const tar = readFileSync(inject('pgliteTemplate'));
      return PGlite.create({ loadDataDir: new Blob([tar]) });
    })();
    const clone = await (await pgliteBase).clone();
    return fromPglite(clone as PGlite);
  }
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('PostgreSQL tests need DATABASE_URL');
  const name = `ccm_test_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const database = fromPostgres(withDatabase(url, name), 4);
  return {
    ...database,
    async close() {
      await database.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** Registers a fresh database per test; call inside a describe block. */
export function useFreshDatabase(engine: Engine): () => Database {
  let current: Database | null = null;
  beforeEach(async () => {
    current = await freshDatabase(engine);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return () => {
    if (!current) throw new Error('no test database: call inside a test');
    return current;
  };
}
