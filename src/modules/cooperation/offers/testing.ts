// Test helpers of the offers tests (not imported by application code).
import type { Db } from '../../../db/client.js';
import { offers } from '../schema.js';
import { confirmedOn1June2026 } from '../shared/testing.js';

/** An offer of 1,000,000 EUR a year for clearance in Western Asia, as the offer form posts it. */
export const offerForm = {
  title: 'Clearance in Western Asia',
  areas: ['art4'],
  types: ['financial'],
  priorityRegions: ['Asia'],
  priorityStates: 'LBN, IRQ',
  multiYear: 'yes',
  annualAmount: '1000000',
  currency: 'EUR',
  contact: 'desk@example.org',
};

/**
 * An offer written straight to the table, as a test's starting state: by default Germany's offer
 * of financial help with clearance, with no priorities, confirmed on 1 June 2026.
 */
export async function insertOffer(db: Db, over: Partial<typeof offers.$inferInsert> = {}) {
  const ownerKey = over.ownerKey ?? 'state:DEU';
  const [row] = await db
    .insert(offers)
    .values({
      ownerKey,
      partnerIso3: 'DEU',
      organisation: null,
      title: `Offer of ${ownerKey}`,
      areas: ['art4'],
      types: ['financial'],
      priorityRegions: [],
      priorityStates: [],
      contact: 'desk@example.org',
      ...confirmedOn1June2026,
      ...over,
    })
    .returning();
  return row!;
}
