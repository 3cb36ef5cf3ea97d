import { eq } from 'drizzle-orm';
import { nextVersion } from '../../../kernel/record-version.js';
import { defineVerb } from '../../../kernel/verb.js';
import { offers } from '../schema.js';
import { mayActAsPartner } from '../shared/policy.js';
import { OfferNotFoundError, OfferRef } from './inputs.js';
import { audit, lockOffer, permitOwner } from './write.js';

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
