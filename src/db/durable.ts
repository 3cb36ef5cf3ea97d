import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * What the embedded engine promises on a power cut, said once for the start-up line and the README.
 * Kept true by the two changes below; a test checks the settings they produce.
 */
export const embeddedGuarantee =
  'every commit is flushed to disk (fsync) before it is acknowledged, so a power cut loses no acknowledged write, provided the disk honours fsync; back up with `npm run backup -- <file>` while the app is stopped';

/** How many fsync calls reached the operating system (read by a test and the commit bench). */
export const fsyncCalls = { count: 0 };

interface EmscriptenStream {
  nfd?: number;
}
interface EmscriptenModule {
  NODEFS: {
    stream_ops: { fsync?: (stream: EmscriptenStream) => number };
    /** Turns a Node error into the errno PostgreSQL sees, as NODEFS does for every other call. */
    tryFSOperation?: (f: () => void) => void;
  };
}

/**
 * PGlite's Node file system (Emscripten's NODEFS) has no fsync: PostgreSQL's fsync() lands on a
 * no-op that reports success. This fills it in with a real fsync on the open file. (fdatasync is a
 * separate Emscripten stub that does nothing, hence wal_sync_method=fsync below.)
 */
class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...(Array.isArray(preRun) ? preRun : [preRun]),
      (mod: unknown) => {
        const nodefs = (mod as EmscriptenModule).NODEFS;
        const run = nodefs.tryFSOperation ?? ((f: () => void) => f());
        nodefs.stream_ops.fsync = (stream) => {
          const fd = stream.nfd;
          if (fd === undefined) return 0;
          // A failed fsync reaches PostgreSQL as an error (it then stops rather than lose data).
          run(() => fsyncSync(fd));
          fsyncCalls.count++;
          return 0;
        };
      },
    ];
    return result;
  }
}

/**
 * PGlite starts PostgreSQL with -F (fsync off). Without it, and with WAL flushed by fsync (the one
 * sync call that reaches the disk, see above), a commit returns only after its WAL is on disk.
 */
export const durableStartParams = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'synchronous_commit=on',
  '-c',
  'wal_sync_method=fsync',
];

/** Opens PGlite on `dir`; durable unless told otherwise (the commit bench compares both). */
export async function createEmbedded(
  dir: string,
  opts: { durable?: boolean } & Pick<PGliteOptions, 'loadDataDir'> = {},
): Promise<PGlite> {
  const durable = opts.durable ?? true;
  const client = await PGlite.create({
    fs: durable ? new DurableNodeFS(dir) : new NodeFS(dir),
    startParams: durable ? durableStartParams : PGlite.defaultStartParams,
    loadDataDir: opts.loadDataDir,
  });
  return client;
}

/**
 * Flushes every file and folder under `dir` to disk. Used once on a directory that was just
 * initialised or restored: those files were written before PostgreSQL ran with fsync on.
 */
export function syncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) syncTree(full);
    else if (entry.isFile()) syncPath(full);
  }
  syncPath(dir);
}

/** Flushes one file or folder (a folder: its entries, after a create or rename in it). */
export function syncPath(p: string): void {
  const fd = openSync(p, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
