// Test helpers shared by the reports module's tests, and its face for other tests (not imported by
// application code).
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { reports, reportVersions } from './schema.js';

export { renderReportXlsx } from './exports/xlsx.js';
export { emptyContent } from './template/content.js';
export { getTemplate } from './template/registry.js';

export async function versionsOf(db: Db, reportId: number) {
  return db
    .select()
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(asc(reportVersions.number));
}

/** Everything a refused write must leave as it was: compare a snapshot before and after. */
export async function snapshot(db: Db) {
  return {
    reports: await db.select().from(reports).orderBy(asc(reports.id)),
    versions: await db.select().from(reportVersions).orderBy(asc(reportVersions.id)),
    audit: (await db.select({ id: auditEntries.id }).from(auditEntries)).length,
  };
}
