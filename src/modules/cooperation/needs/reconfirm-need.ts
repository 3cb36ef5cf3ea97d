import { defineVerb } from '../../../kernel/verb.js';
import { mayWriteSomeNeed } from '../shared/policy.js';
import { NeedRef } from './inputs.js';
import { changeNeed, permitOnNeed } from './write.js';

/**
 * One click: the need still stands, confirmed today. A lapsed need is thereby open again; a
 * withdrawn one is reopened (the State says it is a need again); met and partly met stay as they are.
 */
export const reconfirmNeed = defineVerb({
  name: 'cooperation.reconfirmNeed',
  input: NeedRef,
  allow: mayWriteSomeNeed,
  permit: permitOnNeed,
  async run(ctx, input) {
    const { audit } = await changeNeed(ctx, input.id, (n, today) => ({
      lastConfirmedOn: today,
      status: n.status === 'withdrawn' ? 'open' : n.status,
    }));
    return { result: { id: input.id }, audit };
  },
});
