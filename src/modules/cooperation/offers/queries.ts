import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { compareText, partyName } from '../../../kernel/i18n/state-names.js';
import { states } from '../../states/schema.js';
import { offers } from '../schema.js';
import { isDemoText } from '../shared/demo-mark.js';
import type { Area, AssistanceType } from '../shared/vocabulary.js';
import { OfferNotFoundError } from './inputs.js';
import { type OfferStatus, offerLapsesOn, offerStatusOn } from './lapse.js';
import { declared } from './write.js';

/** An offer as pages and matching read it: the status of today computed, the partner named. */
export interface OfferView {
  id: number;
  ownerKey: string;
  partnerIso3: string | null;
  organisation: string | null;
  /** The State's registry name, or the organisation as written. */
  partnerName: string;
  title: string;
  areas: Area[];
  types: AssistanceType[];
  priorityRegions: string[];
  priorityStates: string[];
  multiYear: boolean;
  annualAmount: number | null;
  currency: string | null;
  contact: string;
  storedStatus: 'active' | 'withdrawn';
  /** `lapsed` when the last confirmation has run out (never stored). */
  status: OfferStatus;
  lastConfirmedOn: string;
  /** The first day it is lapsed unless reconfirmed. */
  lapsesOn: string;
  updatedAt: string;
  /** The row's version: the edit form carries it, so a save made from an older one is refused. */
  version: number;
  /** Demonstration data: its contact note carries the mark (offers/demo.ts). */
  demonstration: boolean;
}

const selection = { offer: offers, stateName: states.name };
type Joined = { offer: typeof offers.$inferSelect; stateName: string | null };

function toView({ offer: o, stateName }: Joined, today: string): OfferView {
  return {
    id: o.id,
    ownerKey: o.ownerKey,
    partnerIso3: o.partnerIso3,
    organisation: o.organisation,
    partnerName: stateName ?? o.organisation ?? o.ownerKey,
    ...declared(o),
    areas: o.areas as Area[],
    types: o.types as AssistanceType[],
    storedStatus: o.status,
    status: offerStatusOn(o.status, o.lastConfirmedOn, today),
    lastConfirmedOn: o.lastConfirmedOn,
    lapsesOn: offerLapsesOn(o.lastConfirmedOn),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
    demonstration: isDemoText(o.contact),
  };
}

export interface OfferFilter {
  ownerKey?: string;
  status?: OfferStatus;
  /** The reader's language: partners are ordered by their names in it (English when not given). */
  locale?: string;
}

const statusRank: Record<OfferStatus, number> = { active: 0, lapsed: 1, withdrawn: 2 };

/**
 * Every offer, active first, then lapsed, then withdrawn; within each by the partner's name in the
 * reader's language (a State's UN name, an organisation's own), then by title, in its order.
 */
export async function listOffers(db: Executor, today: string, f: OfferFilter = {}): Promise<OfferView[]> {
  const compare = compareText(f.locale ?? 'en');
  const nameOf = (o: OfferView) => partyName(f.locale ?? 'en', o.partnerIso3, o.partnerName);
  const rows = await db
    .select(selection)
    .from(offers)
    .leftJoin(states, eq(states.iso3, offers.partnerIso3))
    .where(f.ownerKey ? eq(offers.ownerKey, f.ownerKey) : undefined)
    .orderBy(asc(offers.id));
  return rows
    .map((r) => toView(r, today))
    .filter((o) => (f.status ? o.status === f.status : true))
    .sort(
      (a, b) =>
        statusRank[a.status] - statusRank[b.status] ||
        compare(nameOf(a), nameOf(b)) ||
        compare(a.title, b.title) ||
        a.id - b.id,
    );
}

export async function getOffer(db: Executor, id: number, today: string): Promise<OfferView> {
  const [row] = await db
    .select(selection)
    .from(offers)
    .leftJoin(states, eq(states.iso3, offers.partnerIso3))
    .where(eq(offers.id, id));
  if (!row) throw new OfferNotFoundError(id);
  return toView(row, today);
}
