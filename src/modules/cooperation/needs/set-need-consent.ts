import { defineVerb } from '../../../kernel/verb.js';
import { mayWriteSomeNeed } from '../shared/policy.js';
import { SetNeedConsentInput } from './inputs.js';
import { changeNeed, permitOnNeed } from './write.js';

/**
 * The State's consent that the public may see this need (true), or its withdrawal (false). Only
 * the State's focal points and the ISU on its behalf may give it.
 */
export const setNeedConsent = defineVerb({
  name: 'cooperation.setNeedConsent',
  input: SetNeedConsentInput,
  allow: mayWriteSomeNeed,
  permit: permitOnNeed,
  async run(ctx, input) {
    const { audit } = await changeNeed(ctx, input.id, () => ({ isPublic: input.isPublic }));
    return { result: { id: input.id, isPublic: input.isPublic }, audit };
  },
});
