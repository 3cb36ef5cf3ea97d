import { and, eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { CoalitionNeedInput } from './inputs.js';
import { mayWriteSomeCoalition } from './policy.js';
import { coalitionNeeds } from './schema.js';
import { coalitionOutcome, lockCoalition, permitOnCoalition } from './write.js';

/** Ends the link between a coalition and a need; the need itself is the cooperation module's. */
export const unlinkCoalitionNeed = defineVerb({
  name: 'coalitions.unlinkNeed',
  input: CoalitionNeedInput,
  allow: mayWriteSomeCoalition,
  permit: (ctx, input) => permitOnCoalition(ctx, input.id),
  async run(ctx, input) {
    const coalition = await lockCoalition(ctx, input.id);
    const removed = await ctx.db
      .delete(coalitionNeeds)
      .where(and(eq(coalitionNeeds.coalitionId, input.id), eq(coalitionNeeds.needId, input.needId)))
      .returning({ id: coalitionNeeds.needId });
    if (!removed.length) throw new ValidationError({ needId: ['coalitions:errors.notLinked'] });
    return coalitionOutcome(
      coalition,
      { id: input.id, needId: input.needId },
      { before: { needLinked: input.needId } },
    );
  },
});
