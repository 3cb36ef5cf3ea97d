import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { exchangeRates } from '../schema.js';
import { canKeepLedger } from '../shared/policy.js';
import { SetExchangeRateInput } from './inputs.js';
import { auditView, findRate } from './rate-write.js';
import { keyOf } from './rates.js';

/** The ISU sets (or corrects) the rate of a currency for a year. Setting the same rate again changes nothing. */
export const setExchangeRate = defineVerb({
  name: 'cooperation.setExchangeRate',
  input: SetExchangeRateInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const before = await findRate(ctx.db, input.currency, input.year);
    const result = { currency: input.currency, year: input.year, created: !before };
    if (before && before.usdPerUnit === input.usdPerUnit && before.source === input.source) {
      return { result: { ...result, changed: false }, audit: [] };
    }
    const values = {
      currency: input.currency,
      year: input.year,
      usdPerUnit: input.usdPerUnit,
      source: input.source,
      setBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      updatedAt: ctx.now,
    };
    await ctx.db
      .insert(exchangeRates)
      .values(values)
      .onConflictDoUpdate({
        target: [exchangeRates.currency, exchangeRates.year],
        set: {
          usdPerUnit: values.usdPerUnit,
          source: values.source,
          setBy: values.setBy,
          updatedAt: ctx.now,
        },
      });
    return outcomeOn(
      { type: 'exchange_rate', id: keyOf(input.currency, input.year) },
      { ...result, changed: true },
      { before: before ? auditView(before) : null, after: auditView(values) },
    );
  },
});
