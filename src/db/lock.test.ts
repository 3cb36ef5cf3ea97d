import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { DataDirLockedError } from './lock.js';

describe('embedded data directory lock', () => {
  it('refuses a second process on the same data directory, and frees it when the first stops', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ccm-lock-'));
    // A separate process holds the directory, as a running server would.
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/db/client.ts').then(async (m) => { await m.openDatabase({ dataDir: ${JSON.stringify(dir)} }); console.log('held'); setInterval(() => {}, 1000); })`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (d) => String(d).includes('held') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    try {
      const err = await openDatabase({ dataDir: dir }).catch((e) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as Error).message).toContain('in use by another process');
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('exit', r));
    }
    // A killed holder leaves a stale lock that expires; then the directory opens again.
    await new Promise((r) => setTimeout(r, 11_000));
    const db = await openDatabase({ dataDir: dir });
    await db.close();
  }, 60_000);
});
