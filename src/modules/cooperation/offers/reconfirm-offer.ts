import { eq } from 'drizzle-orm';
import { isoDay } from '../../../kernel/clock.js';
import { ConflictError } from '../../../kernel/errors.js';
import { nextVersion } from '../../../kernel/record-version.js';
import { defineVerb } from '../../../kernel/verb.js';
import { offers } from '../schema.js';
import { mayActAsPartner } from '../shared/policy.js';
import { OfferNotFoundError, OfferRef } from './inputs.js';
import { audit, lockOffer, permitOwner } from './write.js';

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
