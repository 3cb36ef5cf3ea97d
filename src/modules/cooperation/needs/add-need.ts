import { isoDay } from '../../../kernel/clock.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { requireRegisteredState } from '../../states/index.js';
import { needs } from '../schema.js';
import { canWriteNeedsOf, mayWriteSomeNeed } from '../shared/policy.js';
import { AddNeedInput, DuplicateNeedError } from './inputs.js';
import { matchKeyOf } from './match-key.js';
import { needWithKey } from './queries.js';
import { auditView, lockNeedsOf } from './write.js';

/**
 * A need added between reports (origin `direct`), confirmed today. A focal point adds for its own
 * State, the ISU for any. A need with the same area and description already held by the State is
 * refused at the description, naming the one that exists.
 */
export const addNeed = defineVerb({
  name: 'cooperation.addNeed',
  input: AddNeedInput,
  allow: mayWriteSomeNeed,
  permit: (ctx, input) => canWriteNeedsOf(ctx.actor, input.stateIso3),
  async run(ctx, input) {
    await requireRegisteredState(ctx.db, input.stateIso3, { stateIso3: ['needs:errors.state'] });
    await lockNeedsOf(ctx.db, input.stateIso3);
    const matchKey = matchKeyOf(input.area, input.description);
    const existing = await needWithKey(ctx.db, input.stateIso3, matchKey);
    if (existing) throw new DuplicateNeedError(existing.id);
    const [created] = await ctx.db
      .insert(needs)
      .values({
        stateIso3: input.stateIso3,
        origin: 'direct',
        area: input.area,
        type: input.type,
        description: input.description,
        activitiesTimeframe: input.activitiesTimeframe,
        estimatedCost: input.estimatedCost,
        currency: input.currency,
        nationalContribution: input.nationalContribution,
        planReference: input.planReference,
        status: 'open',
        isPublic: input.isPublic,
        matchKey,
        lastConfirmedOn: isoDay(ctx.now),
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('need not created');
    return outcomeOn(
      { type: 'need', id: created.id, stateIso3: created.stateIso3 },
      { id: created.id },
      { after: auditView(created) },
    );
  },
});
