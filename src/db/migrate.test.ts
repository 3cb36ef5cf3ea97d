import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withDatabase } from '../../test/global-setup.js';
import { type Database, fromPglite, fromPostgres, migrateDatabase } from './client.js';

async function emptyDatabase(engine: 'pglite' | 'postgres'): Promise<Database> {
  if (engine === 'pglite') return fromPglite(await PGlite.create());
  const url = process.env.DATABASE_URL!;
  const name = `ccm_test_migrate_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const d = fromPostgres(withDatabase(url, name), 2);
  return {
    ...d,
    async close() {
      await d.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

const engines = process.env.DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(engines)('migrations on %s', (engine) => {
  it('create every table on an empty database and are a no-op the second time', async () => {
    const database = await emptyDatabase(engine);
    try {
      await migrateDatabase(database);
      await migrateDatabase(database);
      const res = await database.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const rows = (res as unknown as { rows: Array<{ table_name: string }> }).rows;
      expect(rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining([
          'states',
          'obligations',
          'obligation_events',
          'audit_entries',
          'users',
          'sessions',
          'user_roles',
        ]),
      );
    } finally {
      await database.close();
    }
  });
});
