import { randomUUID } from 'node:crypto';
import type { Db, Executor, Tx } from '../db/client.js';
import type { Actor } from './actor.js';
import { transactionEnded } from './data-version.js';
import type { Locale } from './i18n/index.js';

/** Everything a verb or query needs, passed explicitly: who, on which database, when, for which request. */
export interface ServiceContext {
  actor: Actor;
  db: Executor;
  requestId: string;
  now: Date;
  /** The language numbers typed as text are read in (kernel/numbers.ts); English when not set. */
  locale?: Locale;
  /** Set while inside a transaction, so nested verbs join the outer one. */
  inTransaction?: boolean;
  /** Set while an event's subscriber runs: the name of the event being delivered (kernel/events.ts). */
  event?: string;
}

export interface TxContext extends ServiceContext {
  db: Tx;
  inTransaction: true;
}

export function createContext(
  db: Db,
  actor: Actor,
  opts: { requestId?: string; now?: Date; locale?: Locale } = {},
): ServiceContext {
  const ctx: ServiceContext = {
    actor,
    db,
    requestId: opts.requestId ?? randomUUID(),
    now: opts.now ?? new Date(),
  };
  if (opts.locale) ctx.locale = opts.locale;
  return ctx;
}

/** Runs fn in a transaction, reusing the caller's when there is one so that verbs compose. */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: TxContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx as TxContext);
  try {
    return await (ctx.db as Db).transaction((tx) => fn({ ...ctx, db: tx, inTransaction: true }));
  } finally {
    // Committed or rolled back: either way, this process's readers ask the database again.
    transactionEnded(ctx.db);
  }
}
