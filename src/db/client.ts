import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { createEmbedded, syncPath, syncTree } from './durable.js';
import { lockDataDir } from './lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** One type for both engines: code above this file never knows which one it runs on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Wraps an already-open PGlite instance (tests clone one per test). */
export function fromPglite(client: PGlite, onClose?: () => Promise<void>): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    async close() {
      await client.close();
      await onClose?.();
    },
  };
}

export function fromPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  let closing = false;
  // An idle connection the server ends (a restart, a failover, an administrator) is dropped by the
  // pool and replaced on next use. Without this listener the pool's 'error' event would end the process.
  pool.on('error', (err) => {
    if (!closing) console.warn(`PostgreSQL closed an idle connection: ${err.message}`);
  });
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

/** The PostgreSQL data directory inside an embedded DATA_DIR. */
export const pgliteDir = (dataDir: string) => path.join(path.resolve(dataDir), 'pglite');

/**
 * Opens the configured database: PostgreSQL when a URL is given, otherwise the embedded
 * PGlite data directory, which this process locks exclusively (PGlite has no locking of its own)
 * and opens durably (every commit flushed to disk, see durable.ts).
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) return fromPostgres(opts.databaseUrl);
  const dir = path.resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  const release = await lockDataDir(dir);
  try {
    const pgdata = pgliteDir(dir);
    const isNew = !existsSync(path.join(pgdata, 'PG_VERSION'));
    const client = await createEmbedded(pgdata);
    // initdb writes a new cluster through PGlite's file-system layers, whose fsync is not known to
    // reach the disk: flush the new cluster once (~2 s).
    if (isNew) {
      try {
        syncTree(pgdata);
        syncPath(dir);
      } catch (err) {
        await client.close();
        throw err;
      }
    }
    return fromPglite(client, release);
  } catch (err) {
    await release();
    throw err;
  }
}

/** Applies pending migrations; on PostgreSQL an advisory lock keeps concurrent app processes in line. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the engine-specific type
    await migratePglite(database.db as any, { migrationsFolder });
    return;
  }
  await database.db.execute(sql`select pg_advisory_lock(727001)`);
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the engine-specific type
    await migrateNodePg(database.db as any, { migrationsFolder });
  } finally {
    await database.db.execute(sql`select pg_advisory_unlock(727001)`);
  }
}
