import { eq } from 'drizzle-orm';
import { isoDay } from '../../kernel/clock.js';
import { defineVerb } from '../../kernel/verb.js';
import { CoalitionRef } from './inputs.js';
import { mayWriteSomeCoalition } from './policy.js';
import { coalitions } from './schema.js';
import { coalitionOutcome, lockCoalition, permitOnCoalition } from './write.js';

/** Records that the coalition, as it stands, was confirmed today (by its State, a partner or a Coordinator's contact). */
export const confirmCoalition = defineVerb({
  name: 'coalitions.confirm',
  input: CoalitionRef,
  allow: mayWriteSomeCoalition,
  permit: (ctx, input) => permitOnCoalition(ctx, input.id),
  async run(ctx, { id }) {
    const before = await lockCoalition(ctx, id);
    const today = isoDay(ctx.now);
    await ctx.db
      .update(coalitions)
      .set({ lastConfirmedOn: today, updatedAt: ctx.now })
      .where(eq(coalitions.id, id));
    return coalitionOutcome(
      before,
      { id, lastConfirmedOn: today },
      { before: { lastConfirmedOn: before.lastConfirmedOn }, after: { lastConfirmedOn: today } },
    );
  },
});
