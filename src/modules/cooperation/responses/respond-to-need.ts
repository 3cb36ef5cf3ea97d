import { and, eq, notInArray } from 'drizzle-orm';
import type { TxContext } from '../../../kernel/context.js';
import { ForbiddenError, ValidationError } from '../../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { requireRegisteredState } from '../../states/index.js';
import { needResponses, offers } from '../schema.js';
import { canWritePartnerItem, mayActAsPartner, partnerKey, partnerKeyOf } from '../shared/policy.js';
import { RespondInput } from './inputs.js';
import { lockNeed, requireOpen, seen, tellState } from './write.js';

/**
 * The partner a respondToNeed call speaks for: a partner always itself (naming another is refused),
 * the ISU the partner it names. Null when the ISU names none.
 */
function ownerOf(
  ctx: TxContext,
  input: RespondInput,
): { key: string; iso3: string | null; org: string | null } | null {
  const own = partnerKeyOf(ctx.actor);
  if (own) {
    const named =
      input.partnerIso3 || input.organisation
        ? partnerKey(input.partnerIso3 ?? null, input.organisation ?? null)
        : own;
    if (named !== own) throw new ForbiddenError(`${ctx.actor.label} may not respond for ${named}`);
    return { key: own, iso3: ctx.actor.stateIso3, org: ctx.actor.stateIso3 ? null : ctx.actor.organisation };
  }
  if (!input.partnerIso3 && !input.organisation) return null;
  return {
    key: partnerKey(input.partnerIso3 ?? null, input.organisation ?? null),
    iso3: input.partnerIso3 ?? null,
    org: input.partnerIso3 ? null : (input.organisation ?? null),
  };
}

/**
 * A partner says it is interested in a need (the ISU may say so on a named partner's behalf). A
 * second call continues the partner's live response instead of starting another.
 */
export const respondToNeed = defineVerb({
  name: 'cooperation.respondToNeed',
  input: RespondInput,
  allow: mayActAsPartner,
  permit(ctx, input) {
    const owner = ownerOf(ctx, input);
    return owner === null || canWritePartnerItem(ctx.actor, owner.key);
  },
  async run(ctx, input) {
    const owner = ownerOf(ctx, input);
    if (!owner) throw new ValidationError({ partnerIso3: ['responses:errors.partnerNeeded'] });
    const need = await lockNeed(ctx, input.needId);
    await requireOpen(ctx, need);
    if (owner.iso3 && owner.iso3 !== need.stateIso3)
      await requireRegisteredState(ctx.db, owner.iso3, { partnerIso3: ['responses:errors.noSuchState'] });
    if (owner.iso3 === need.stateIso3)
      throw new ValidationError({ partnerIso3: ['responses:errors.ownNeed'] });
    if (input.offerId !== undefined) {
      const [offer] = await ctx.db
        .select({ ownerKey: offers.ownerKey, status: offers.status })
        .from(offers)
        .where(eq(offers.id, input.offerId));
      if (!offer || offer.ownerKey !== owner.key || offer.status !== 'active') {
        throw new ValidationError({ offerId: ['responses:errors.notYourOffer'] });
      }
    }

    const [live] = await ctx.db
      .select()
      .from(needResponses)
      .where(
        and(
          eq(needResponses.needId, need.id),
          eq(needResponses.ownerKey, owner.key),
          notInArray(needResponses.stage, ['withdrawn', 'confirmed']),
        ),
      )
      .for('update');
    if (live) {
      // A second click continues the first: at the interest stage it may add an offer or a note.
      const changes = {
        offerId: input.offerId ?? live.offerId,
        note: input.note ?? live.note,
      };
      if (live.stage !== 'interest' || (changes.offerId === live.offerId && changes.note === live.note)) {
        return {
          result: { responseId: live.id, needId: need.id, created: false, messageIds: [] as number[] },
          audit: [],
        };
      }
      const [after] = await ctx.db
        .update(needResponses)
        .set({ ...changes, updatedAt: ctx.now })
        .where(eq(needResponses.id, live.id))
        .returning();
      return outcomeOn(
        { type: 'need_response', id: live.id, stateIso3: need.stateIso3 },
        { responseId: live.id, needId: need.id, created: false, messageIds: [] as number[] },
        { before: seen(live), after: seen(after!) },
      );
    }

    const [created] = await ctx.db
      .insert(needResponses)
      .values({
        needId: need.id,
        ownerKey: owner.key,
        partnerIso3: owner.iso3,
        organisation: owner.org,
        offerId: input.offerId ?? null,
        stage: 'interest',
        note: input.note ?? null,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const messageIds = await tellState(ctx, 'interest', need, created!, input.baseUrl);
    return outcomeOn(
      { type: 'need_response', id: created!.id, stateIso3: need.stateIso3 },
      { responseId: created!.id, needId: need.id, created: true, messageIds },
      { before: null, after: { ...seen(created!), messageIds } },
    );
  },
});
