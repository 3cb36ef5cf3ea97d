import { inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { TxContext } from '../../../kernel/context.js';
import type { FieldErrors } from '../../../kernel/errors.js';
import { editableRows } from '../../../kernel/verb-helpers.js';
import { states } from '../../states/schema.js';
import { offers } from '../schema.js';
import { canWritePartnerItem } from '../shared/policy.js';
import { OfferNotFoundError } from './inputs.js';

/**
 * The four writes of an offer (one file each) share these helpers. A partner speaks for itself only: its offers carry its own owner
 * key, whichever of its people acts. The ISU may create and maintain an offer on a partner's behalf.
 * Focal points, Coordinators and the public may read offers (signed in) but never write them.
 */

export type OfferRow = typeof offers.$inferSelect;

/** The terms an offer is matched on: what help, of which kinds, where, and whether over several years. */
export const offerTerms = (
  o: Pick<OfferRow, 'title' | 'areas' | 'types' | 'priorityRegions' | 'priorityStates' | 'multiYear'>,
) => ({
  title: o.title,
  areas: o.areas,
  types: o.types,
  priorityRegions: o.priorityRegions,
  priorityStates: o.priorityStates,
  multiYear: o.multiYear,
});

/** What a partner declares in an offer (the form's fields), as stored: its terms, amount and contact. */
export const declared = (
  o: Parameters<typeof offerTerms>[0] & Pick<OfferRow, 'annualAmount' | 'currency' | 'contact'>,
) => ({
  ...offerTerms(o),
  annualAmount: o.annualAmount,
  currency: o.currency,
  contact: o.contact,
});

/** What the audit keeps of an offer: everything a reader of the trail needs, no timestamps. */
const auditView = (o: OfferRow) => ({
  ownerKey: o.ownerKey,
  ...declared(o),
  status: o.status,
  lastConfirmedOn: o.lastConfirmedOn,
});

export const audit = (before: OfferRow | null, after: OfferRow) => [
  {
    subjectType: 'offer',
    subjectId: String(after.id),
    stateIso3: after.partnerIso3,
    before: before ? auditView(before) : null,
    after: auditView(after),
  },
];

/** How the writes of an offer change its row. */
export const offerRows = editableRows(offers, (id) => new OfferNotFoundError(id), audit);

/** The offer a write changes, locked until the transaction ends: writers to one offer queue. */
export const lockOffer = offerRows.lock;

/**
 * The owner of an existing offer decides who may touch it: its partner, or the ISU. Read on the
 * locked row, so the owner checked is the owner the write changes.
 */
export const permitOwner = async (ctx: TxContext, input: { id: number }) =>
  canWritePartnerItem(ctx.actor, (await lockOffer(ctx.db, input.id)).ownerKey);

/** Priority regions must be the registry's region names and priority States its codes. */
export async function checkPlaces(
  db: Executor,
  input: { priorityRegions: string[]; priorityStates: string[] },
  errors: FieldErrors,
): Promise<void> {
  if (input.priorityRegions.length) {
    const known = new Set((await db.selectDistinct({ r: states.unRegion }).from(states)).map((r) => r.r));
    if (input.priorityRegions.some((r) => !known.has(r)))
      errors.priorityRegions = ['offers:errors.priorityRegions'];
  }
  if (input.priorityStates.length) {
    const rows = await db
      .select({ iso3: states.iso3 })
      .from(states)
      .where(inArray(states.iso3, input.priorityStates));
    if (rows.length !== input.priorityStates.length) errors.priorityStates = ['offers:errors.priorityStates'];
  }
}
