import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `The data directory ${dir} is in use by another process.\n` +
        'The embedded database allows one process at a time: stop the other process, ' +
        'or set DATA_DIR to another directory, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes an exclusive lock on the data directory. The lock is refreshed while the process lives
 * and goes stale within seconds if it dies, so a crash never leaves the directory locked for good.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  try {
    const release = await lockfile.lock(dir, { stale: 10_000, update: 2_000, realpath: false });
    return async () => {
      try {
        await release();
      } catch {
        // already released or compromised: nothing left to free
      }
    };
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dir);
    throw err;
  }
}
