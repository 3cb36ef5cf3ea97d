import { defineVerb } from '../../../kernel/verb.js';
import { changeOnce } from '../../../kernel/verb-helpers.js';
import { mayActAsPartner } from '../shared/policy.js';
import { OfferRef } from './inputs.js';
import { lockOffer, offerRows, permitOwner } from './write.js';

/** Withdraws an offer for good; withdrawing it again changes nothing. */
export const withdrawOffer = defineVerb({
  name: 'cooperation.withdrawOffer',
  input: OfferRef,
  allow: mayActAsPartner,
  permit: permitOwner,
  async run(ctx, input) {
    const before = await lockOffer(ctx.db, input.id);
    return changeOnce(ctx, offerRows, before, before.status === 'withdrawn', { status: 'withdrawn' });
  },
});
