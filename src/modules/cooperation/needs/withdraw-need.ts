import { defineVerb } from '../../../kernel/verb.js';
import { mayWriteSomeNeed } from '../shared/policy.js';
import { WithdrawNeedInput } from './inputs.js';
import { changeNeed, permitOnNeed } from './write.js';

/** The State no longer asks for this: it leaves public views at once and matching ignores it. */
export const withdrawNeed = defineVerb({
  name: 'cooperation.withdrawNeed',
  input: WithdrawNeedInput,
  allow: mayWriteSomeNeed,
  permit: permitOnNeed,
  async run(ctx, input) {
    const { audit } = await changeNeed(ctx, input.id, () => ({ status: 'withdrawn' }), {
      reason: input.reason,
    });
    return { result: { id: input.id }, audit };
  },
});
