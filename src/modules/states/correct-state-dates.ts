import { eq } from 'drizzle-orm';
import { NotFoundError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { CorrectStateDatesInput } from './inputs.js';
import { canEditStateRegistry } from './policy.js';
import { states } from './schema.js';

/** The ISU corrects a State's status and treaty dates; deadlines are recomputed from them on read. */
export const correctStateDates = defineVerb({
  name: 'states.correctStateDates',
  input: CorrectStateDatesInput,
  allow: canEditStateRegistry,
  async run(ctx, input) {
    const [row] = await ctx.db.select().from(states).where(eq(states.iso3, input.iso3)).for('update');
    if (!row) throw new NotFoundError('state', input.iso3);
    const next = {
      ccmStatus: input.ccmStatus,
      signatureDate: input.signatureDate ?? null,
      instrumentDate: input.instrumentDate ?? null,
      instrumentType: input.instrumentType ?? null,
      withdrawalNotified: input.withdrawalNotified ?? null,
      withdrawalEffective: input.withdrawalEffective ?? null,
    };
    const before = Object.fromEntries(Object.keys(next).map((k) => [k, row[k as keyof typeof next]]));
    await ctx.db
      .update(states)
      .set({ ...next, updatedAt: ctx.now })
      .where(eq(states.iso3, input.iso3));
    return {
      result: { iso3: input.iso3 },
      audit: [
        {
          subjectType: 'state',
          subjectId: input.iso3,
          stateIso3: input.iso3,
          before,
          after: { ...next, reason: input.reason },
        },
      ],
    };
  },
});
