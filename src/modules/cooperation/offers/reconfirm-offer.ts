import { ConflictError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { confirmToday } from '../../../kernel/verb-helpers.js';
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
    return confirmToday(ctx, offerRows, before);
  },
});
