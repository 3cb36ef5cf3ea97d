import { eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { needs } from '../cooperation/schema.js';
import { CoalitionNeedInput } from './inputs.js';
import { mayWriteSomeCoalition } from './policy.js';
import { coalitionNeeds } from './schema.js';
import { coalitionOutcome, lockCoalition, permitOnCoalition } from './write.js';

/** Records that the coalition covers one of its State's needs. A need of another State is refused. */
export const linkCoalitionNeed = defineVerb({
  name: 'coalitions.linkNeed',
  input: CoalitionNeedInput,
  allow: mayWriteSomeCoalition,
  permit: (ctx, input) => permitOnCoalition(ctx, input.id),
  async run(ctx, input) {
    const coalition = await lockCoalition(ctx, input.id);
    const [need] = await ctx.db
      .select({ id: needs.id, stateIso3: needs.stateIso3 })
      .from(needs)
      .where(eq(needs.id, input.needId));
    if (!need) throw new ValidationError({ needId: ['coalitions:errors.need'] });
    if (need.stateIso3 !== coalition.stateIso3)
      throw new ValidationError({ needId: ['coalitions:errors.needOfAnotherState'] });
    const inserted = await ctx.db
      .insert(coalitionNeeds)
      .values({ coalitionId: input.id, needId: need.id, linkedAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: coalitionNeeds.needId });
    if (!inserted.length) throw new ValidationError({ needId: ['coalitions:errors.alreadyLinked'] });
    return coalitionOutcome(coalition, { id: input.id, needId: need.id }, { after: { needLinked: need.id } });
  },
});
