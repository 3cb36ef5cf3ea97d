import { defineVerb } from '../../../kernel/verb.js';
import { mayActAsPartner } from '../shared/policy.js';
import { CommitInput } from './inputs.js';
import { partnerStep, permitOwnResponse, requireOpen } from './write.js';

/** Interest → commitment, with the amount the partner commits if it says one. */
export const commitToNeed = defineVerb({
  name: 'cooperation.commitToNeed',
  input: CommitInput,
  allow: mayActAsPartner,
  permit: permitOwnResponse,
  run: (ctx, input) =>
    partnerStep(
      ctx,
      'commit',
      input.responseId,
      {
        amount: input.amount ?? null,
        currency: input.amount !== undefined || input.currency ? (input.currency ?? null) : null,
        ...(input.note !== undefined ? { note: input.note } : {}),
      },
      input.baseUrl,
      (need) => requireOpen(ctx, need),
    ),
});
