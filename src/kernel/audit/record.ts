import { sql } from 'drizzle-orm';
import type { TxContext } from '../context.js';
import { auditEntries, dataVersion } from './schema.js';

export interface AuditRecord {
  subjectType: string;
  subjectId: string;
  stateIso3?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes audit entries in the caller's transaction: if the audit cannot be written, neither can the change. */
export async function recordAudit(ctx: TxContext, verb: string, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await ctx.db.insert(auditEntries).values(
    records.map((r) => ({
      at: ctx.now,
      actorId: ctx.actor.id,
      actorLabel: ctx.actor.label,
      requestId: ctx.requestId,
      verb,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      stateIso3: r.stateIso3 ?? null,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
  );
  await ctx.db
    .insert(dataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1` } });
}
