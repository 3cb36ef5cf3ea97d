import { defineVerb } from '../../../kernel/verb.js';
import { mayActAsPartner } from '../shared/policy.js';
import { WithdrawInput } from './inputs.js';
import { partnerStep, permitOwnResponse } from './write.js';

/** The partner takes its response back, at any stage before the State confirmed it. */
export const withdrawResponse = defineVerb({
  name: 'cooperation.withdrawResponse',
  input: WithdrawInput,
  allow: mayActAsPartner,
  permit: permitOwnResponse,
  run: (ctx, input) =>
    partnerStep(
      ctx,
      'withdraw',
      input.responseId,
      input.note !== undefined ? { note: input.note } : {},
      input.baseUrl,
    ),
});
