import { defineVerb } from '../../../kernel/verb.js';
import { mayWriteSomeNeed } from '../shared/policy.js';
import { SetNeedStatusInput } from './inputs.js';
import { changeNeed, permitOnNeed } from './write.js';

/**
 * The State says where the need stands: open, partly met or met. Saying so is a statement made
 * today, so it reconfirms the need as well.
 */
export const setNeedStatus = defineVerb({
  name: 'cooperation.setNeedStatus',
  input: SetNeedStatusInput,
  allow: mayWriteSomeNeed,
  permit: permitOnNeed,
  async run(ctx, input) {
    const { audit } = await changeNeed(ctx, input.id, (_n, today) => ({
      status: input.status,
      lastConfirmedOn: today,
    }));
    return { result: { id: input.id }, audit };
  },
});
