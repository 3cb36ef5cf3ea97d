import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.js';

// PostgreSQL only (it runs in CI, where DATABASE_URL is set): PGlite has no other sessions.
describe.skipIf(!process.env.DATABASE_URL)('the PostgreSQL pool', () => {
  it('survives the server ending its idle connections, and reconnects on the next query', async () => {
    const database = await freshDatabase('postgres');
    try {
      const rowsOf = (r: unknown) => (r as { rows: Array<Record<string, unknown>> }).rows;
      const name = rowsOf(await database.db.execute(sql`select current_database() as name`))[0]?.name;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      await admin.end();
      expect(ended.rowCount).toBeGreaterThan(0);
      // Give the pool a moment to hear of it, as a live server would.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = rowsOf(await database.db.execute(sql`select 1 as one`));
      expect(again[0]?.one).toBe(1);
    } finally {
      await database.close();
    }
  });
});
