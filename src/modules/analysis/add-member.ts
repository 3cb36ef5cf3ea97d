import { isoDay } from '../../kernel/clock.js';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { coordinatorAreas, listUsers } from '../accounts/index.js';
import { AddMemberInput } from './inputs.js';
import { canFormGroup } from './policy.js';
import { memberIds, requestIn } from './request.js';
import { analysisMembers } from './schema.js';

/** The thematic area whose Coordinator sits in the group of a request under this article. */
export const areaOf = (article: 3 | 4) =>
  article === 3 ? 'stockpile_destruction' : 'clearance_risk_reduction';

/**
 * The ISU adds an account to a request's Analysis Group; the first member forms the group. A
 * Coordinator is added for an area it holds today (its linked office), the President's team is the
 * ISU's own accounts (the ISU stands in for the President, as elsewhere in the platform).
 */
export const addMember = defineVerb({
  name: 'analysis.addMember',
  input: AddMemberInput,
  allow: canFormGroup,
  async run(ctx, input) {
    const request = await requestIn(ctx, input.requestId);
    const user = (await listUsers(ctx.db)).find((u) => u.id === input.userId);
    if (!user || user.disabledAt) throw new ValidationError({ userId: ['analysis:errors.noSuchUser'] });
    if (input.role === 'presidency') {
      if (user.role !== 'isu') throw new ValidationError({ userId: ['analysis:errors.notIsu'] });
    } else {
      const area = input.role === 'area_coordinator' ? areaOf(request.article) : 'cooperation_assistance';
      const held: readonly string[] = await coordinatorAreas(ctx.db, user.id, isoDay(ctx.now));
      if (!held.includes(area))
        throw new ValidationError({ userId: ['analysis:errors.notCoordinatorOfArea'] });
    }
    if ((await memberIds(ctx.db, input.requestId)).includes(user.id))
      throw new ValidationError({ userId: ['analysis:errors.alreadyMember'] });
    const row = {
      requestId: input.requestId,
      userId: user.id,
      role: input.role,
      addedAt: ctx.now,
      addedBy: ctx.actor.label,
    };
    await ctx.db.insert(analysisMembers).values(row);
    return outcomeOn(
      { type: 'analysis_member', id: `${input.requestId}:${user.id}`, stateIso3: request.iso3 },
      { requestId: input.requestId, userId: user.id },
      { after: row },
    );
  },
});
