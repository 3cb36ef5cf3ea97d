import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from './client.js';

const rowsOf = (r: unknown) => (r as { rows: Array<Record<string, unknown>> }).rows;

/** Runs the real command, as `npm run backup|restore -- …` does, on DATA_DIR `dataDir`. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/db/backup-cli.ts', ...args], {
      cwd: process.cwd(),
      // Only what the command needs: the test runner's own settings are not the app's.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function readProbe(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const rows = rowsOf(await database.db.execute(sql`select id, body from backup_probe order by id`));
    const migrations = rowsOf(
      await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    );
    return { rows, migrations: migrations[0]?.n };
  } finally {
    await database.close();
  }
}

// The embedded engine's data directory; PostgreSQL is backed up with pg_dump (see the README).
describe('backup and restore of the embedded database', () => {
  it('round-trips: write, back up, restore into a fresh directory, read the same data', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ccm-backup-'));
    const source = path.join(tmp, 'source');
    const file = path.join(tmp, 'ccm.backup.tar.gz');

    const database = await openDatabase({ dataDir: source });
    await migrateDatabase(database);
    await database.db.execute(sql`create table backup_probe (id int primary key, body text not null)`);
    await database.db.execute(
      sql`insert into backup_probe values (1, 'first'), (2, 'deuxième'), (3, 'tercero')`,
    );
    writeFileSync(path.join(source, 'auth-secret'), 'a-secret-that-signs-sessions-0123456789');

    // While the app holds the directory, the backup refuses and says why.
    const refused = await cli(['backup', file], { DATA_DIR: source });
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Stop the app before a backup');
    expect(existsSync(file)).toBe(false);
    await database.close();
    const before = await readProbe(source);

    const backup = await cli(['backup', file], { DATA_DIR: source });
    expect(backup.out).toContain('Backed up the embedded database');
    expect(backup.code).toBe(0);

    const target = path.join(tmp, 'fresh');
    const restore = await cli(['restore', file], { DATA_DIR: target });
    expect(restore.out).toContain('Restored');
    expect(restore.code).toBe(0);

    const after = await readProbe(target);
    expect(after.rows).toEqual([
      { id: 1, body: 'first' },
      { id: 2, body: 'deuxième' },
      { id: 3, body: 'tercero' },
    ]);
    expect(after).toEqual(before);
    expect(readFileSync(path.join(target, 'auth-secret'), 'utf8')).toBe(
      'a-secret-that-signs-sessions-0123456789',
    );

    // Restoring over a directory that holds a database needs --replace, and keeps the old one.
    const again = await cli(['restore', file], { DATA_DIR: target });
    expect(again.code).toBe(1);
    expect(again.out).toContain('already holds a database');
    const replaced = await cli(['restore', file, '--replace'], { DATA_DIR: target });
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('The previous database was kept in');
    expect((await readProbe(target)).rows).toHaveLength(3);
  }, 240_000);

  it('refuses a file that is not a backup, and points PostgreSQL users to pg_dump', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ccm-backup-'));
    const junk = path.join(tmp, 'junk.txt');
    writeFileSync(junk, 'not a backup');
    const bad = await cli(['restore', junk], { DATA_DIR: path.join(tmp, 'data') });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('is not a backup made by `npm run backup`');
    expect(existsSync(path.join(tmp, 'data', 'pglite'))).toBe(false);

    const pgUsers = await cli(['backup', path.join(tmp, 'x')], {
      DATA_DIR: path.join(tmp, 'data'),
      DATABASE_URL: 'postgres://somewhere/db',
    });
    expect(pgUsers.code).toBe(2);
    expect(pgUsers.out).toContain('pg_dump --format=custom');
  }, 60_000);
});
