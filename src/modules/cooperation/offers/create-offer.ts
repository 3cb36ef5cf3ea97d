import { eq } from 'drizzle-orm';
import { isoDay } from '../../../kernel/clock.js';
import type { TxContext } from '../../../kernel/context.js';
import { type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { states } from '../../states/schema.js';
import { offers } from '../schema.js';
import { mayActAsPartner, mayActForAnyPartner, partnerKey, partnerKeyOf } from '../shared/policy.js';
import { CreateOfferInput } from './inputs.js';
import { audit, checkPlaces, declared } from './write.js';

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
        ...declared(input),
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
