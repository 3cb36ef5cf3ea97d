import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { systemActor } from '../../../kernel/actor.js';
import { isoDay } from '../../../kernel/clock.js';
import { createContext } from '../../../kernel/context.js';
import { addMonths } from '../../../kernel/dates.js';
import { offers } from '../schema.js';
import { DEMO_MARK } from '../shared/demo-mark.js';
import { partnerKey } from '../shared/policy.js';
import { createOffer } from './create-offer.js';

/**
 * Demonstration offers for the demo partners (the Germany and organisation accounts of
 * accounts/demo-accounts.ts, and Norway), created through the same verb as a person uses, with a
 * system actor acting as the ISU. Every one says it is demonstration data, in its title and its
 * contact. Idempotent: an offer is recognised by its partner and title and never created twice.
 */

/** The organisation of the demo account ngo@demo.ccm.local (accounts/demo-accounts.ts). */
export const DEMO_ORGANISATION = 'Demo clearance operator';
const CONTACT_NOTE = `${DEMO_MARK}, not a real contact: demo-offers@demo.ccm.local`;

interface DemoOffer {
  partnerIso3: string | null;
  organisation: string | null;
  title: string;
  areas: string[];
  types: string[];
  priorityRegions: string[];
  priorityStates: string[];
  multiYear: boolean;
  annualAmount: number | null;
  currency: string | null;
  /** Months before today of the last confirmation: more than 12 shows the offer as lapsed. */
  confirmedMonthsAgo: number;
}

export const demoOffers: DemoOffer[] = [
  {
    partnerIso3: 'DEU',
    organisation: null,
    title: 'Clearance and victim assistance in Western Asia (demonstration)',
    areas: ['art4', 'art5'],
    types: ['financial', 'technical'],
    // The registry's regions are the UN continental regions: Western Asia is part of "Asia".
    priorityRegions: ['Asia'],
    priorityStates: ['LBN', 'IRQ'],
    multiYear: true,
    annualAmount: 2_000_000,
    currency: 'EUR',
    confirmedMonthsAgo: 2,
  },
  {
    partnerIso3: 'NOR',
    organisation: null,
    title: 'Survey, clearance and risk education worldwide (demonstration)',
    areas: ['art4', 'risk_education'],
    types: ['financial'],
    priorityRegions: [],
    priorityStates: [],
    multiYear: true,
    annualAmount: 1_500_000,
    currency: 'USD',
    confirmedMonthsAgo: 5,
  },
  {
    partnerIso3: null,
    organisation: DEMO_ORGANISATION,
    title: 'Technical survey teams and equipment (demonstration)',
    areas: ['art4', 'art3'],
    types: ['technical', 'material'],
    priorityRegions: ['Asia', 'Africa'],
    priorityStates: [],
    multiYear: false,
    annualAmount: null,
    currency: null,
    confirmedMonthsAgo: 1,
  },
  {
    partnerIso3: null,
    organisation: DEMO_ORGANISATION,
    title: 'Stockpile destruction training, 2024 (demonstration, not reconfirmed)',
    areas: ['art3'],
    types: ['technical'],
    priorityRegions: ['Africa'],
    priorityStates: [],
    multiYear: false,
    annualAmount: 250_000,
    currency: 'USD',
    // Last confirmed 14 months ago: shown as lapsed, and left out of matching.
    confirmedMonthsAgo: 14,
  },
];

/** Creates the missing demonstration offers; returns how many it added. */
export async function ensureDemoOffers(db: Db, now: Date = new Date()): Promise<number> {
  let added = 0;
  for (const d of demoOffers) {
    const owner = partnerKey(d.partnerIso3, d.organisation);
    const [exists] = await db
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.ownerKey, owner), eq(offers.title, d.title)));
    if (exists) continue;
    // The verb stamps the day it runs as the confirmation: an older one is made by running it then.
    const confirmedOn = addMonths(isoDay(now), -d.confirmedMonthsAgo);
    const ctx = createContext(db, systemActor('seed:demo-offers'), {
      now: new Date(`${confirmedOn}T12:00:00Z`),
    });
    const { confirmedMonthsAgo: _m, ...input } = d;
    await createOffer(ctx, { ...input, contact: CONTACT_NOTE });
    added++;
  }
  return added;
}
