import { and, asc, desc, eq, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { outboxMessages } from './schema.js';

export async function listOutbox(
  db: Executor,
  f: {
    stateIso3?: string;
    before?: number;
    limit?: number;
    status?: (typeof outboxMessages.$inferSelect)['status'];
  } = {},
) {
  const where: SQL[] = [];
  if (f.stateIso3) where.push(eq(outboxMessages.stateIso3, f.stateIso3));
  if (f.status) where.push(eq(outboxMessages.status, f.status));
  if (f.before) where.push(lt(outboxMessages.id, f.before));
  return db
    .select()
    .from(outboxMessages)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(outboxMessages.id))
    .limit(Math.min(f.limit ?? 100, 500));
}

/** One message as its recipient reads it in the app: a secret body is never handed out. */
export interface InboxMessage {
  id: number;
  createdAt: Date;
  subject: string;
  /** Null when the body holds a one-time secret (a reset link): it is in the e-mail only. */
  body: string | null;
  link: string | null;
  stateIso3: string | null;
  purpose: string;
  readAt: Date | null;
}

/**
 * The messages written to one account, newest first, read or unread: what `/inbox` lists. Paged by
 * id (`before`), as the outbox page is.
 */
export async function inboxFor(
  db: Executor,
  userId: string,
  f: { before?: number; limit?: number; unreadOnly?: boolean } = {},
): Promise<InboxMessage[]> {
  const where: SQL[] = [eq(outboxMessages.toUserId, userId)];
  if (f.before) where.push(lt(outboxMessages.id, f.before));
  if (f.unreadOnly) where.push(isNull(outboxMessages.readAt));
  const rows = await db
    .select({
      id: outboxMessages.id,
      createdAt: outboxMessages.createdAt,
      subject: outboxMessages.subject,
      body: outboxMessages.body,
      secret: outboxMessages.secret,
      link: outboxMessages.link,
      stateIso3: outboxMessages.stateIso3,
      purpose: outboxMessages.purpose,
      readAt: outboxMessages.readAt,
    })
    .from(outboxMessages)
    .where(and(...where))
    .orderBy(desc(outboxMessages.id))
    .limit(Math.min(f.limit ?? 50, 200));
  return rows.map(({ secret, body, ...m }) => ({ ...m, body: secret ? null : body }));
}

/** How many messages to this account are unread: one indexed count, for the menu on every page. */
export async function unreadCountFor(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.toUserId, userId), isNull(outboxMessages.readAt)));
  return Number(row?.n ?? 0);
}

/**
 * When each State was last sent a message of this purpose (a reminder): one grouped read, so a
 * page listing every State knows each one's latest without paging through the outbox.
 */
export async function lastSentByState(db: Executor, purpose: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ iso3: outboxMessages.stateIso3, at: sql<Date | string>`max(${outboxMessages.createdAt})` })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.purpose, purpose), isNotNull(outboxMessages.stateIso3)))
    .groupBy(outboxMessages.stateIso3)
    .orderBy(asc(outboxMessages.stateIso3));
  return new Map(rows.flatMap((r) => (r.iso3 ? [[r.iso3, new Date(r.at)] as const] : [])));
}
