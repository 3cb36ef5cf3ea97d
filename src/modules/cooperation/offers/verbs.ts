import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { isoDay } from '../../../kernel/clock.js';
import type { TxContext } from '../../../kernel/context.js';
import { ConflictError, type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { nextVersion } from '../../../kernel/record-version.js';
import { defineVerb } from '../../../kernel/verb.js';
import { states } from '../../states/schema.js';
import { offers } from '../schema.js';
import {
  canWritePartnerItem,
  mayActAsPartner,
  mayActForAnyPartner,
  partnerKey,
  partnerKeyOf,
} from '../shared/policy.js';
import { CreateOfferInput, OfferNotFoundError, OfferRef, UpdateOfferInput } from './inputs.js';

/**
 * The four writes of an offer. A partner speaks for itself only: its offers carry its own owner
 * key, whichever of its people acts. The ISU may create and maintain an offer on a partner's behalf.
 * Focal points, Coordinators and the public may read offers (signed in) but never write them.
 */

type OfferRow = typeof offers.$inferSelect;

/** What the audit keeps of an offer: everything a reader of the trail needs, no timestamps. */
const auditView = (o: OfferRow) => ({
  ownerKey: o.ownerKey,
  title: o.title,
  areas: o.areas,
  types: o.types,
  priorityRegions: o.priorityRegions,
  priorityStates: o.priorityStates,
  multiYear: o.multiYear,
  annualAmount: o.annualAmount,
  currency: o.currency,
  contact: o.contact,
  status: o.status,
  lastConfirmedOn: o.lastConfirmedOn,
});

const audit = (before: OfferRow | null, after: OfferRow) => [
  {
    subjectType: 'offer',
    subjectId: String(after.id),
    stateIso3: after.partnerIso3,
    before: before ? auditView(before) : null,
    after: auditView(after),
  },
];

/** The offer a write changes, locked until the transaction ends: writers to one offer queue. */
async function lockOffer(db: Executor, id: number): Promise<OfferRow> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id)).for('update');
  if (!row) throw new OfferNotFoundError(id);
  return row;
}

/**
 * The owner of an existing offer decides who may touch it: its partner, or the ISU. Read on the
 * locked row, so the owner checked is the owner the write changes.
 */
const permitOwner = async (ctx: TxContext, input: { id: number }) =>
  canWritePartnerItem(ctx.actor, (await lockOffer(ctx.db, input.id)).ownerKey);

/** Priority regions must be the registry's region names and priority States its codes. */
async function checkPlaces(
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

/** The partner an offer is created for: the acting partner itself, or the one the ISU names. */
function ownerOf(actor: TxContext['actor'], input: CreateOfferInput) {
  const own = partnerKeyOf(actor);
  if (own !== null) {
    return {
      ownerKey: own,
      partnerIso3: actor.stateIso3,
      organisation: actor.stateIso3 ? null : actor.organisation,
    };
  }
  return {
    ownerKey: partnerKey(input.partnerIso3, input.organisation),
    partnerIso3: input.partnerIso3,
    organisation: input.partnerIso3 ? null : input.organisation,
  };
}

export const createOffer = defineVerb({
  name: 'cooperation.createOffer',
  input: CreateOfferInput,
  allow: mayActAsPartner,
  // A partner may name itself, or nobody; naming another partner is refused, not silently ignored.
  permit: (ctx, input) => {
    const own = partnerKeyOf(ctx.actor);
    if (own === null) return mayActForAnyPartner(ctx.actor);
    if (input.partnerIso3 === null && input.organisation === null) return true;
    return partnerKey(input.partnerIso3, input.organisation) === own;
  },
  async run(ctx, input) {
    const errors: FieldErrors = {};
    const owner = ownerOf(ctx.actor, input);
    if (owner.partnerIso3 === null && !owner.organisation)
      errors.partnerIso3 = ['offers:errors.ownerRequired'];
    if (input.partnerIso3 !== null && partnerKeyOf(ctx.actor) === null) {
      const [known] = await ctx.db
        .select({ iso3: states.iso3 })
        .from(states)
        .where(eq(states.iso3, input.partnerIso3));
      if (!known) errors.partnerIso3 = ['offers:errors.partnerIso3'];
    }
    await checkPlaces(ctx.db, input, errors);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const [row] = await ctx.db
      .insert(offers)
      .values({
        ...owner,
        title: input.title,
        areas: input.areas,
        types: input.types,
        priorityRegions: input.priorityRegions,
        priorityStates: input.priorityStates,
        multiYear: input.multiYear,
        annualAmount: input.annualAmount,
        currency: input.currency,
        contact: input.contact,
        status: 'active',
        lastConfirmedOn: isoDay(ctx.now),
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('offer not inserted');
    return { result: { id: row.id }, audit: audit(null, row) };
  },
});

/**
 * Changes what an offer says. Saving it is also a confirmation that it is current, so it moves the
 * last confirmation to today. A withdrawn offer is closed: it is not edited back to life.
 */
export const updateOffer = defineVerb({
  name: 'cooperation.updateOffer',
  input: UpdateOfferInput,
  allow: mayActAsPartner,
  permit: permitOwner,
  async run(ctx, input) {
    const before = await lockOffer(ctx.db, input.id);
    if (before.status === 'withdrawn') throw new ConflictError('OFFERS.WITHDRAWN', 'offers:errors.withdrawn');
    const version = nextVersion(before, input.version);
    const errors: FieldErrors = {};
    await checkPlaces(ctx.db, input, errors);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const [after] = await ctx.db
      .update(offers)
      .set({
        title: input.title,
        areas: input.areas,
        types: input.types,
        priorityRegions: input.priorityRegions,
        priorityStates: input.priorityStates,
        multiYear: input.multiYear,
        annualAmount: input.annualAmount,
        currency: input.currency,
        contact: input.contact,
        lastConfirmedOn: isoDay(ctx.now),
        version,
        updatedAt: ctx.now,
      })
      .where(eq(offers.id, input.id))
      .returning();
    if (!after) throw new OfferNotFoundError(input.id);
    return { result: { id: after.id }, audit: audit(before, after) };
  },
});

/** "Still valid": the offer's last confirmation becomes today, which brings a lapsed offer back. */
export const reconfirmOffer = defineVerb({
  name: 'cooperation.reconfirmOffer',
  input: OfferRef,
  allow: mayActAsPartner,
  permit: permitOwner,
  async run(ctx, input) {
    const before = await lockOffer(ctx.db, input.id);
    if (before.status === 'withdrawn') throw new ConflictError('OFFERS.WITHDRAWN', 'offers:errors.withdrawn');
    const today = isoDay(ctx.now);
    if (before.lastConfirmedOn === today) return { result: { id: before.id, changed: false }, audit: [] };
    const [after] = await ctx.db
      .update(offers)
      .set({ lastConfirmedOn: today, version: nextVersion(before), updatedAt: ctx.now })
      .where(eq(offers.id, input.id))
      .returning();
    if (!after) throw new OfferNotFoundError(input.id);
    return { result: { id: after.id, changed: true }, audit: audit(before, after) };
  },
});

/** Withdraws an offer for good; withdrawing it again changes nothing. */
export const withdrawOffer = defineVerb({
  name: 'cooperation.withdrawOffer',
  input: OfferRef,
  allow: mayActAsPartner,
  permit: permitOwner,
  async run(ctx, input) {
    const before = await lockOffer(ctx.db, input.id);
    if (before.status === 'withdrawn') return { result: { id: before.id, changed: false }, audit: [] };
    const [after] = await ctx.db
      .update(offers)
      .set({ status: 'withdrawn', version: nextVersion(before), updatedAt: ctx.now })
      .where(eq(offers.id, input.id))
      .returning();
    if (!after) throw new OfferNotFoundError(input.id);
    return { result: { id: after.id, changed: true }, audit: audit(before, after) };
  },
});
