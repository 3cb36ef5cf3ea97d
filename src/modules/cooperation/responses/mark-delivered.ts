import { isoDay } from '../../../kernel/clock.js';
import { ValidationError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { mayActAsPartner } from '../shared/policy.js';
import { DeliverInput } from './inputs.js';
import { partnerStep, permitOwnResponse } from './write.js';

/** Commitment → delivered, on a day that has come. */
export const markDelivered = defineVerb({
  name: 'cooperation.markDelivered',
  input: DeliverInput,
  allow: mayActAsPartner,
  permit: permitOwnResponse,
  run(ctx, input) {
    if (input.deliveredOn > isoDay(ctx.now)) {
      throw new ValidationError({ deliveredOn: ['responses:errors.deliveredInFuture'] });
    }
    if (input.deliveredOn < '1990-01-01') {
      throw new ValidationError({ deliveredOn: ['responses:errors.deliveredTooEarly'] });
    }
    return partnerStep(
      ctx,
      'deliver',
      input.responseId,
      { deliveredOn: input.deliveredOn, ...(input.note !== undefined ? { note: input.note } : {}) },
      input.baseUrl,
    );
  },
});
