import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { dataVersion } from './audit/schema.js';

export async function readDataVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ v: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return row?.v ?? 0;
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
  const version = await readDataVersion(db);
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
