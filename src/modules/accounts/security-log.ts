import { and, count, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { securityEvents } from './schema.js';

/** What is recorded: failures and refusals only, never a password or a token. */
export type SecurityEventKind =
  | 'sign_in_failed'
  | 'sign_in_disabled'
  | 'sign_in_locked'
  | 'sign_in_rate_limited'
  | 'second_factor_failed'
  | 'token_refused'
  | 'refused_401'
  | 'refused_403';

export interface SecurityEvent {
  at: Date;
  kind: SecurityEventKind;
  email?: string | null;
  userId?: string | null;
  clientAddress?: string | null;
  method?: string | null;
  path?: string | null;
  requestId?: string | null;
}

/**
 * Appends one event. It is a log, not a change of the application's data, so it is written outside
 * a verb and outside any transaction: a refused request has no transaction to join.
 */
export async function recordSecurityEvent(db: Executor, e: SecurityEvent): Promise<void> {
  await db.insert(securityEvents).values({
    at: e.at,
    kind: e.kind,
    email: e.email ?? null,
    userId: e.userId ?? null,
    clientAddress: e.clientAddress ?? null,
    method: e.method ?? null,
    path: e.path?.slice(0, 500) ?? null,
    requestId: e.requestId ?? null,
  });
}

/** Failed sign-ins for one account since a moment, whatever address they came from. */
export async function countSignInFailures(db: Executor, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(securityEvents)
    .where(
      and(
        eq(securityEvents.email, email),
        gt(securityEvents.at, since),
        inArray(securityEvents.kind, ['sign_in_failed', 'second_factor_failed']),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function listSecurityEvents(db: Executor, opts: { before?: number; limit: number }) {
  return db
    .select()
    .from(securityEvents)
    .where(opts.before ? lt(securityEvents.id, opts.before) : undefined)
    .orderBy(desc(securityEvents.id))
    .limit(opts.limit);
}
