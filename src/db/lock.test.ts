import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { DataDirLockedError, lockDataDir } from './lock.js';

type Holder = ChildProcessByStdio<null, Readable, null>;
const holders: Holder[] = [];

/** A separate process that takes the data directory's lock and keeps it, as a running server does. */
async function startHolder(dir: string): Promise<Holder> {
  const holder = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import('./src/db/lock.ts').then(async (m) => { await m.lockDataDir(${JSON.stringify(dir)}); console.log('held'); setInterval(() => {}, 1000); })`,
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  holders.push(holder);
  await new Promise<void>((resolve, reject) => {
    holder.stdout.on('data', (d) => String(d).includes('held') && resolve());
    holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  return holder;
}

async function kill9(holder: Holder): Promise<void> {
  if (holder.exitCode !== null || holder.signalCode !== null) return;
  const exited = new Promise((r) => holder.once('exit', r));
  holder.kill('SIGKILL');
  await exited;
}

afterEach(async () => {
  for (const h of holders.splice(0)) await kill9(h);
});

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'ccm-lock-'));

describe('embedded data directory lock', () => {
  it('refuses a second process on the same data directory while the first runs', async () => {
    const dir = freshDir();
    const holder = await startHolder(dir);
    const err = await openDatabase({ dataDir: dir }).catch((e) => e);
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as Error).message).toContain(`in use by another process (process ${holder.pid})`);
  }, 60_000);

  it('keeps refusing while the holder is paused (SIGSTOP) for longer than a timer-based stale lock lives', async () => {
    const dir = freshDir();
    const holder = await startHolder(dir);
    holder.kill('SIGSTOP');
    try {
      // A timer-refreshed lock is taken over once its holder misses refreshes for ~10 s.
      await new Promise((r) => setTimeout(r, 12_000));
      const err = await lockDataDir(dir).catch((e) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
    } finally {
      holder.kill('SIGCONT');
    }
  }, 60_000);

  it('opens at once after the holder is killed with SIGKILL (the operating system drops its lock)', async () => {
    const dir = freshDir();
    await kill9(await startHolder(dir));
    // No waiting for a stale time: the lock died with its process.
    const release = await lockDataDir(dir);
    await release();
    const db = await openDatabase({ dataDir: dir });
    await db.close();
  }, 60_000);

  it('refuses a second lock in the same process and frees the directory on release', async () => {
    const dir = freshDir();
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await release();
    const again = await lockDataDir(dir);
    await again();
  });
});
