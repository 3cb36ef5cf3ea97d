import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pgliteDir } from './client.js';
import { createEmbedded, syncPath, syncTree } from './durable.js';
import { lockDataDir } from './lock.js';

/** Inside the snapshot, beside PostgreSQL's files (which it ignores): the session-signing secret. */
const secretInSnapshot = 'ccm-auth-secret';
const secretFile = (dataDir: string) => path.join(dataDir, 'auth-secret');

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Writes a consistent snapshot of the embedded database in `dataDir` to `file` (a gzipped tar of
 * the PostgreSQL data directory, plus DATA_DIR/auth-secret). Takes the data directory's lock, so it
 * refuses while the app runs (DataDirLockedError) and the app cannot start while it works.
 */
export async function backupEmbedded(
  dataDir: string,
  file: string,
): Promise<{ file: string; bytes: number }> {
  const dir = path.resolve(dataDir);
  const pgdata = pgliteDir(dir);
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${dir} to back up.`);
  }
  const target = path.resolve(file);
  const release = await lockDataDir(dir);
  const secretCopy = path.join(pgdata, secretInSnapshot);
  try {
    const client = await createEmbedded(pgdata);
    let tarball: Uint8Array;
    try {
      // Data files brought up to date, so the snapshot opens without replaying WAL.
      await client.exec('checkpoint');
      if (existsSync(secretFile(dir)))
        writeFileSync(secretCopy, readFileSync(secretFile(dir)), { mode: 0o600 });
      tarball = new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      rmSync(secretCopy, { force: true });
      await client.close();
    }
    writeDurably(target, tarball);
    return { file: target, bytes: tarball.byteLength };
  } finally {
    await release();
  }
}

/**
 * Restores a snapshot made by backupEmbedded into `dataDir`. Refuses when the directory already
 * holds a database, unless `replace` is set: then the old one is kept beside it, renamed.
 */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
  opts: { replace?: boolean } = {},
): Promise<{ dataDir: string; keptAs?: string }> {
  const dir = path.resolve(dataDir);
  const source = path.resolve(file);
  if (!existsSync(source)) throw new BackupError(`The backup file ${source} does not exist.`);
  const bytes = readFileSync(source);
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new BackupError(`${source} is not a backup made by \`npm run backup\` (not a gzip file).`);
  }
  await mkdir(dir, { recursive: true });
  const release = await lockDataDir(dir);
  try {
    const pgdata = pgliteDir(dir);
    let keptAs: string | undefined;
    if (existsSync(pgdata)) {
      if (!opts.replace && existsSync(path.join(pgdata, 'PG_VERSION'))) {
        throw new BackupError(
          `${dir} already holds a database. Restore into an empty DATA_DIR, or add --replace to keep the current one aside and restore over it.`,
        );
      }
      keptAs = `${pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(pgdata, keptAs);
      if (existsSync(secretFile(dir))) renameSync(secretFile(dir), path.join(keptAs, secretInSnapshot));
    }
    const client = await createEmbedded(pgdata, {
      loadDataDir: new Blob([bytes], { type: 'application/x-gzip' }),
    });
    try {
      // Proves the snapshot opens as a database before the command reports success.
      await client.query('select count(*) from pg_class');
      await client.exec('checkpoint');
    } finally {
      await client.close();
    }
    const restoredSecret = path.join(pgdata, secretInSnapshot);
    if (existsSync(restoredSecret)) renameSync(restoredSecret, secretFile(dir));
    // The tarball was unpacked without fsync; flush it all before saying it is done.
    syncTree(pgdata);
    if (existsSync(secretFile(dir))) syncPath(secretFile(dir));
    syncPath(dir);
    return { dataDir: dir, keptAs };
  } finally {
    await release();
  }
}

/** Write to a temporary name, flush, rename, flush the folder: the file is whole or absent. */
function writeDurably(target: string, data: Uint8Array): void {
  const partial = `${target}.partial`;
  const fd = openSync(partial, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, target);
  const dirFd = openSync(path.dirname(target), 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}
