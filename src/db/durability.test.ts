import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { embeddedGuarantee, fsyncCalls } from './durable.js';

const rowsOf = (r: unknown) => (r as { rows: Array<Record<string, unknown>> }).rows;

// The embedded engine's own data directory; PostgreSQL's durability is the server's configuration.
describe('the embedded database on a data directory', () => {
  it('runs with fsync on and flushes each commit to the disk before it returns', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ccm-durable-'));
    const database = await openDatabase({ dataDir: dir });
    try {
      const setting = async (name: string) =>
        rowsOf(await database.db.execute(sql.raw(`show ${name}`)))[0]?.[name];
      expect(await setting('fsync')).toBe('on');
      expect(await setting('synchronous_commit')).toBe('on');
      expect(await setting('wal_sync_method')).toBe('fsync');

      await database.db.execute(sql`create table durable_probe (id int primary key)`);
      for (let i = 1; i <= 3; i++) {
        const before = fsyncCalls.count;
        await database.db.execute(sql`insert into durable_probe values (${i})`);
        // The commit's WAL reached the operating system's fsync, not a no-op.
        expect(fsyncCalls.count).toBeGreaterThan(before);
      }
    } finally {
      await database.close();
    }
  }, 120_000);

  it('says at start-up what the embedded engine guarantees on a power cut', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ccm-durable-'));
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_DIR: dir,
        HOST: '127.0.0.1',
        PORT: String(20_000 + Math.floor(Math.random() * 20_000)),
        DEMO_ACCOUNTS: 'no',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d) => {
          out += d;
          const found = out.split('\n').find((l) => l.startsWith('Durability:'));
          if (found) resolve(found);
        });
        server.on('exit', (code) => reject(new Error(`server exited ${code} before saying:\n${out}`)));
      });
      expect(line).toBe(`Durability: ${embeddedGuarantee}.`);
      expect(line).toContain('flushed to disk (fsync) before it is acknowledged');
      expect(line).toContain('npm run backup');
    } finally {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGKILL');
      await exited;
    }
  }, 120_000);
});
