import { and, eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { needs } from '../cooperation/schema.js';
import { CoalitionNeedInput } from './inputs.js';
import { defineLinkVerbs } from './link-verbs.js';
import { coalitionNeeds } from './schema.js';

/**
 * Records that the coalition covers one of its State's needs (a need of another State is refused),
 * or ends the link; the need itself is the cooperation module's.
 */
export const { link: linkCoalitionNeed, unlink: unlinkCoalitionNeed } = defineLinkVerbs({
  names: { link: 'coalitions.linkNeed', unlink: 'coalitions.unlinkNeed' },
  input: CoalitionNeedInput,
  field: 'needId',
  auditAs: 'needLinked',
  async thing(ctx, input, coalition, linking) {
    // Ending a link asks nothing of the need: the link row alone says whether there is one.
    if (!linking) return { id: input.needId, key: input.needId };
    const [need] = await ctx.db
      .select({ id: needs.id, stateIso3: needs.stateIso3 })
      .from(needs)
      .where(eq(needs.id, input.needId));
    if (!need) throw new ValidationError({ needId: ['coalitions:errors.need'] });
    if (need.stateIso3 !== coalition.stateIso3)
      throw new ValidationError({ needId: ['coalitions:errors.needOfAnotherState'] });
    return { id: need.id, key: need.id };
  },
  link: (ctx, coalitionId, needId) =>
    ctx.db
      .insert(coalitionNeeds)
      .values({ coalitionId, needId, linkedAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: coalitionNeeds.needId }),
  unlink: (ctx, coalitionId, needId) =>
    ctx.db
      .delete(coalitionNeeds)
      .where(and(eq(coalitionNeeds.coalitionId, coalitionId), eq(coalitionNeeds.needId, needId)))
      .returning({ id: coalitionNeeds.needId }),
});
