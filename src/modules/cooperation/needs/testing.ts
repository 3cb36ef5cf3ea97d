// Test helpers of the needs tests (not imported by application code).
import { asc } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import { needs } from '../schema.js';

// Reports with Form J rows are built by the reports module's own test helpers.
export { at, demonstrationReportWithNeed, type FormJRow, reportWithNeeds } from '../../reports/testing.js';

export async function needRows(db: Db) {
  return db.select().from(needs).orderBy(asc(needs.id));
}

/** What a refused write must leave as it was. */
export async function needsSnapshot(db: Db) {
  return {
    needs: await needRows(db),
    audit: (await db.select({ id: auditEntries.id }).from(auditEntries)).length,
  };
}

/** Lebanon's need for clearance in the South, with every field as the need form posts it. */
export const needForm = {
  stateIso3: 'LBN',
  area: 'art4',
  type: 'financial',
  description: 'Clearance in the South',
  activitiesTimeframe: 'Survey and clearance of 12 areas, 2027',
  estimatedCost: '1000000',
  currency: 'USD',
  nationalContribution: '',
  planReference: '',
};
