import type { Db } from '../../db/client.js';
import { ensureDemoCooperation } from './demo-2022.js';
import { ensureDemoLedger } from './ledger/demo.js';
import { ensureDemoNeeds } from './needs/demo.js';
import { ensureDemoOffers } from './offers/demo.js';

export interface DemoCounts {
  reportsAdded: number;
  needsAdded: number;
  offersAdded: number;
  ratesAdded: number;
  entriesAdded: number;
}

/**
 * All demonstration data of the cooperation pages, each part idempotent and marked as such: the
 * 2022 reports behind §51–56 of the 11MSP Progress Report, then current needs, partners' offers, exchange rates and a
 * few ISU ledger entries so that matching, charts and the map have something to show.
 */
export async function ensureDemoData(db: Db, now: Date = new Date()): Promise<DemoCounts> {
  const { reportsAdded } = await ensureDemoCooperation(db, { now });
  const { needsAdded } = await ensureDemoNeeds(db, now);
  const offersAdded = await ensureDemoOffers(db, now);
  const { ratesAdded, entriesAdded } = await ensureDemoLedger(db, now);
  return { reportsAdded, needsAdded, offersAdded, ratesAdded, entriesAdded };
}
