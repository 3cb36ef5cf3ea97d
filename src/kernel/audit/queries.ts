import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditEntries } from './schema.js';

export interface AuditFilters {
  stateIso3?: string;
  verb?: string;
  subjectType?: string;
  subjectId?: string;
  /** Keyset paging: entries older than this id. */
  before?: number;
  limit?: number;
}

export async function listAuditEntries(db: Executor, f: AuditFilters = {}) {
  const where: SQL[] = [];
  if (f.stateIso3) where.push(eq(auditEntries.stateIso3, f.stateIso3));
  if (f.verb) where.push(eq(auditEntries.verb, f.verb));
  if (f.subjectType) where.push(eq(auditEntries.subjectType, f.subjectType));
  if (f.subjectId) where.push(eq(auditEntries.subjectId, f.subjectId));
  if (f.before) where.push(lt(auditEntries.id, f.before));
  return db
    .select()
    .from(auditEntries)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEntries.id))
    .limit(Math.min(f.limit ?? 100, 500));
}
