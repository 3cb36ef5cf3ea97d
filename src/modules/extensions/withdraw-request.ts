import { isoDay } from '../../kernel/clock.js';
import { defineVerb } from '../../kernel/verb.js';
import { WithdrawRequestInput } from './inputs.js';
import { mayWriteSomeRequest } from './policy.js';
import { assertNotWithdrawn, lockRequest, permitOnRequest, touch } from './write.js';

/**
 * The State withdraws its request (a draft it will not pursue, or a submitted one). The request is
 * kept as it stood. A fact already recorded in the registry stays there: only the ISU corrects the
 * registry (states' correctObligationEvent). Its needs are no longer reconfirmed and lapse.
 */
export const withdrawRequest = defineVerb({
  name: 'extensions.withdrawRequest',
  input: WithdrawRequestInput,
  allow: mayWriteSomeRequest,
  permit: permitOnRequest,
  async run(ctx, input) {
    const row = await lockRequest(ctx, input.id);
    assertNotWithdrawn(row);
    const after = await touch(ctx, row, input.version, { status: 'withdrawn', withdrawnOn: isoDay(ctx.now) });
    return {
      result: { id: row.id },
      audit: [
        {
          subjectType: 'extension_request',
          subjectId: String(row.id),
          stateIso3: row.stateIso3,
          before: { status: row.status },
          after: { status: after.status, reason: input.reason },
        },
      ],
    };
  },
});
