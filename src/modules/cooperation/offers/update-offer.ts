import { isoDay } from '../../../kernel/clock.js';
import { ConflictError, type FieldErrors, ValidationError } from '../../../kernel/errors.js';
import { nextVersion } from '../../../kernel/record-version.js';
import { defineVerb } from '../../../kernel/verb.js';
import { saveEdit } from '../../../kernel/verb-helpers.js';
import { mayActAsPartner } from '../shared/policy.js';
import { UpdateOfferInput } from './inputs.js';
import { checkPlaces, declared, lockOffer, offerRows, permitOwner } from './write.js';

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
    return saveEdit(ctx, offerRows, before, {
      ...declared(input),
      lastConfirmedOn: isoDay(ctx.now),
      version,
    });
  },
});
