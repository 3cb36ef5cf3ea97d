import { isoDay } from '../../../kernel/clock.js';
import { ConflictError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { changeOnce } from '../../../kernel/verb-helpers.js';
import { mayActAsPartner } from '../shared/policy.js';
import { OfferRef } from './inputs.js';
import { lockOffer, offerRows, permitOwner } from './write.js';

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
    return changeOnce(ctx, offerRows, before, before.lastConfirmedOn === today, { lastConfirmedOn: today });
  },
});
