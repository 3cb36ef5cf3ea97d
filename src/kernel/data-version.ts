import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { dataVersion } from './audit/schema.js';

export async function readDataVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ v: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return row?.v ?? 0;
}

/** Databases no other process writes to (the embedded PGlite, whose data directory is locked). */
const exclusive = new WeakSet<object>();
/** Transactions this process has ended on each database, committed or not. */
const endedTransactions = new WeakMap<object, number>();
/** The version last read from each exclusive database, and the count of ended transactions then. */
const lastRead = new WeakMap<object, { version: number; ended: number }>();

/**
 * Declares that only this process writes to `db` (embedded PGlite: its data directory is locked
 * to one process). Its data version can then only move when one of this process's transactions
 * ends, so `currentDataVersion` reads it again only after one has.
 */
export function ownsItsDatabase(db: Executor): void {
  exclusive.add(db);
}

/** Called by `withTransaction` once a transaction has committed or rolled back. */
export function transactionEnded(db: Executor): void {
  endedTransactions.set(db, (endedTransactions.get(db) ?? 0) + 1);
}

/**
 * The data version now. On a database other processes may write (PostgreSQL) it is read every
 * time (one indexed row). On a database this process owns it is read again only after one of its
 * transactions has ended: the count is taken before the read, so a read that raced a commit is
 * recorded against the count before that commit's end and is never reused after it.
 */
export async function currentDataVersion(db: Executor): Promise<number> {
  if (!exclusive.has(db)) return readDataVersion(db);
  const ended = endedTransactions.get(db) ?? 0;
  const last = lastRead.get(db);
  if (last && last.ended === ended) return last.version;
  const version = await readDataVersion(db);
  if ((lastRead.get(db)?.ended ?? -1) <= ended) lastRead.set(db, { version, ended });
  return version;
}

const caches = new WeakMap<object, Map<string, { version: number; value: Promise<unknown> }>>();

/**
 * Memoises a derived read per database and key until the next committed write anywhere (the data
 * version moves with every audited write). A write between reading the version and computing can
 * only make the cached value newer than its version, which costs one needless recomputation, never
 * a stale answer. Callers must treat the value as read-only.
 */
export async function cachedUntilWrite<T>(db: Executor, key: string, compute: () => Promise<T>): Promise<T> {
  // Inside a transaction the reader may be the writer: its own uncommitted changes are not versioned yet.
  if ('rollback' in db) return compute();
  const version = await currentDataVersion(db);
  let perDb = caches.get(db);
  if (!perDb) {
    perDb = new Map();
    caches.set(db, perDb);
  }
  const hit = perDb.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = compute();
  perDb.set(key, { version, value });
  value.catch(() => {
    if (perDb.get(key)?.value === value) perDb.delete(key);
  });
  return value;
}
