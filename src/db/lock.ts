import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid?: number) {
    super(
      `The data directory ${dir} is in use by another process${pid ? ` (process ${pid})` : ''}.\n` +
        'The embedded database allows one process at a time: stop the other process, ' +
        'or set DATA_DIR to another directory, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DataDirLockedError';
  }
}

type Flock = (fd: number, flags: 'exnb' | 'un') => number;
let flockSync: Flock | undefined;

/** Loaded on first use: the prebuilt addon is needed by the embedded engine only, never with PostgreSQL. */
function flock(): Flock {
  if (!flockSync) {
    try {
      const require = createRequire(import.meta.url);
      flockSync = (require('fs-ext-extra-prebuilt') as { flockSync: Flock }).flockSync;
    } catch (err) {
      throw new Error(
        `The embedded database needs an operating-system file lock, and the lock module could not be loaded on this platform (${process.platform}-${process.arch}, Node ${process.version}): ${(err as Error).message}\n` +
          'Set DATABASE_URL to use PostgreSQL instead.',
      );
    }
  }
  return flockSync;
}

export const lockFileName = 'lock';

/**
 * Takes an exclusive advisory lock (flock) on `dir/lock`. The operating system holds it for as
 * long as this process keeps the file open, and drops it when the process ends in any way,
 * including SIGKILL or a crash; a paused process keeps it. No timers, so no stale lock and no
 * takeover of a live holder.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, lockFileName);
  // Opened for append so that a refused process never truncates the holder's process id.
  const fd = openSync(file, 'a+', 0o600);
  try {
    flock()(fd, 'exnb');
  } catch (err) {
    closeSync(fd);
    const code = (err as { code?: string }).code;
    if (code === 'EWOULDBLOCK' || code === 'EAGAIN') throw new DataDirLockedError(dir, holderPid(file));
    throw err;
  }
  // For the message a refused process prints; the lock itself is the flock, not this content.
  ftruncateSync(fd, 0);
  writeSync(fd, `${process.pid}\n`);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    closeSync(fd); // closing the only descriptor releases the flock
  };
}

function holderPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
