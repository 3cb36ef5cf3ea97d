// Test helpers of the needs tests (not imported by application code).
import { asc } from 'drizzle-orm';
import { makeUser } from '../../../../test/app.js';
import type { Db } from '../../../db/client.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import { type FormJRow, reportWithNeeds } from '../../reports/testing.js';
import { needs } from '../schema.js';
import { confirmedOn1June2026 } from '../shared/testing.js';

// Reports with Form J rows are built by the reports module's own test helpers.
export { at, demonstrationReportWithNeed, type FormJRow, reportWithNeeds } from '../../reports/testing.js';

export async function needRows(db: Db) {
  return db.select().from(needs).orderBy(asc(needs.id));
}

/** A new ISU account, and the one need it read from Lebanon's 2025 report (received on 1 June 2026). */
export async function lebanonReportedNeed(db: Db, row: FormJRow) {
  const isu = await makeUser(db, { role: 'isu' });
  await reportWithNeeds(db, isu, { iso3: 'LBN', year: 2025, receivedOn: '2026-06-01', rows: [row] });
  const [need] = await needRows(db);
  if (!need) throw new Error('the report gave no need');
  return { isu, need };
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

let needSeq = 0;
/**
 * A need written straight to the table, as a test's starting state: by default Lebanon's open,
 * directly added need for financial help with clearance in the south, confirmed on 1 June 2026.
 */
export async function insertNeed(db: Db, over: Partial<typeof needs.$inferInsert> = {}) {
  const [row] = await db
    .insert(needs)
    .values({
      stateIso3: 'LBN',
      origin: 'direct',
      area: 'art4',
      type: 'financial',
      description: 'Clearance of contaminated land in the south',
      status: 'open',
      matchKey: `art4:test-need-${++needSeq}`,
      ...confirmedOn1June2026,
      ...over,
    })
    .returning();
  return row!;
}
