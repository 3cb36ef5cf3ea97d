import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { TxContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { type ExtensionRequestView, findExtensionRequest } from '../states/index.js';
import { analysisMembers } from './schema.js';

/** The request a workspace belongs to, as the states module records it; not found otherwise. */
export async function requestOrNotFound(
  db: Executor,
  id: number,
  today: string,
  /** The reader's language, the State's name is in. */
  locale = 'en',
): Promise<ExtensionRequestView> {
  const r = await findExtensionRequest(db, id, today, locale);
  if (!r) throw new NotFoundError('requested_extension', String(id));
  return r;
}

export const requestIn = (ctx: TxContext, id: number) => requestOrNotFound(ctx.db, id, isoDay(ctx.now));

/** The accounts in a request's Analysis Group. */
export async function memberIds(db: Executor, requestId: number): Promise<string[]> {
  const rows = await db
    .select({ userId: analysisMembers.userId })
    .from(analysisMembers)
    .where(eq(analysisMembers.requestId, requestId))
    .orderBy(asc(analysisMembers.userId));
  return rows.map((r) => r.userId);
}
