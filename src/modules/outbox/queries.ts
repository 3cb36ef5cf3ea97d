import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { outboxMessages } from './schema.js';

export async function listOutbox(
  db: Executor,
  f: { stateIso3?: string; before?: number; limit?: number } = {},
) {
  const where: SQL[] = [];
  if (f.stateIso3) where.push(eq(outboxMessages.stateIso3, f.stateIso3));
  if (f.before) where.push(lt(outboxMessages.id, f.before));
  return db
    .select()
    .from(outboxMessages)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(outboxMessages.id))
    .limit(Math.min(f.limit ?? 100, 500));
}
