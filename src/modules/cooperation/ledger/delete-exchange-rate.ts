import { and, eq } from 'drizzle-orm';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { exchangeRates } from '../schema.js';
import { canKeepLedger } from '../shared/policy.js';
import { DeleteExchangeRateInput, RateNotFoundError } from './inputs.js';
import { auditView, findRate } from './rate-write.js';
import { keyOf } from './rates.js';

/** The ISU removes a rate: amounts in that currency and year go back to "not converted". */
export const deleteExchangeRate = defineVerb({
  name: 'cooperation.deleteExchangeRate',
  input: DeleteExchangeRateInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const before = await findRate(ctx.db, input.currency, input.year);
    if (!before) throw new RateNotFoundError(input.currency, input.year);
    await ctx.db
      .delete(exchangeRates)
      .where(and(eq(exchangeRates.currency, input.currency), eq(exchangeRates.year, input.year)));
    return outcomeOn(
      { type: 'exchange_rate', id: keyOf(input.currency, input.year) },
      { currency: input.currency, year: input.year },
      { before: auditView(before), after: null },
    );
  },
});
