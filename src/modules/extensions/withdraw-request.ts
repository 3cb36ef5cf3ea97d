import { isoDay } from '../../kernel/clock.js';
import { WithdrawRequestInput } from './inputs.js';
import { defineRequestVerb, requestOutcome, touch } from './write.js';

/**
 * The State withdraws its request (a draft it will not pursue, or a submitted one). The request is
 * kept as it stood. A fact already recorded in the registry stays there: only the ISU corrects the
 * registry (states' correctObligationEvent). Its needs are no longer reconfirmed and lapse.
 */
export const withdrawRequest = defineRequestVerb({
  name: 'extensions.withdrawRequest',
  input: WithdrawRequestInput,
  async run(ctx, input, row) {
    const after = await touch(ctx, row, input.version, { status: 'withdrawn', withdrawnOn: isoDay(ctx.now) });
    return requestOutcome(
      row,
      { id: row.id },
      { before: { status: row.status }, after: { status: after.status, reason: input.reason } },
    );
  },
});
