import { and, eq, ne } from 'drizzle-orm';
import { isoDay } from '../../../kernel/clock.js';
import { ForbiddenError, ValidationError } from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { insertLedgerEntry, linkLedgerEntryToNeed } from '../ledger/index.js';
import { setNeedStatus } from '../needs/index.js';
import { assistanceEntries, needResponses, needs } from '../schema.js';
import { canConfirmDeliveryTo, mayWriteSomeNeed, partnerKey } from '../shared/policy.js';
import { ConfirmInput } from './inputs.js';
import { notify, partnerPeopleOf } from './notify.js';
import { canTakeStep } from './rules.js';
import { lockResponse, partnerNameOf, responseNotFound, seen, stateName, wrongStage } from './write.js';

/**
 * The recipient State confirms that the assistance arrived (the ISU may record it for the State).
 * The delivery enters the ledger "in response to a request": a stored entry the State names is
 * linked to the need (only the delivering partner's own entry), otherwise a new one is created from
 * the commitment through the ledger's one insert. The State's word on the need is the needs
 * module's setNeedStatus, which also reconfirms it. One transaction; an audit entry for each row.
 */
export const confirmDelivery = defineVerb({
  name: 'cooperation.confirmDelivery',
  input: ConfirmInput,
  allow: mayWriteSomeNeed,
  async permit(ctx, input) {
    const [r] = await ctx.db
      .select({ stateIso3: needs.stateIso3 })
      .from(needResponses)
      .innerJoin(needs, eq(needs.id, needResponses.needId))
      .where(eq(needResponses.id, input.responseId));
    if (!r) throw responseNotFound(input.responseId);
    return canConfirmDeliveryTo(ctx.actor, r.stateIso3);
  },
  async run(ctx, input) {
    const { response, need } = await lockResponse(ctx, input.responseId);
    if (!canConfirmDeliveryTo(ctx.actor, need.stateIso3)) throw new ForbiddenError();
    if (!canTakeStep('confirm', response.stage)) throw wrongStage('confirm', response.stage);
    const audit = [];

    let entryId: number;
    if (input.ledgerEntryId !== undefined) {
      const [entry] = await ctx.db
        .select()
        .from(assistanceEntries)
        .where(eq(assistanceEntries.id, input.ledgerEntryId))
        .for('update');
      const [taken] = await ctx.db
        .select({ id: needResponses.id })
        .from(needResponses)
        .where(and(eq(needResponses.ledgerEntryId, input.ledgerEntryId), ne(needResponses.id, response.id)));
      if (
        !entry ||
        entry.recipientIso3 !== need.stateIso3 ||
        entry.review === 'rejected' ||
        // Only the delivering partner's own flow: another donor's entry would credit the wrong party.
        partnerKey(entry.providerIso3, entry.providerIso3 ? null : entry.providerName) !==
          response.ownerKey ||
        (entry.needId !== null && entry.needId !== need.id) ||
        taken
      ) {
        throw new ValidationError({ ledgerEntryId: ['responses:errors.entryNotLinkable'] });
      }
      // The ledger writes its own table: the link, like the insert below, is its function.
      await linkLedgerEntryToNeed(ctx, entry, need.id);
      entryId = entry.id;
      audit.push({
        subjectType: 'assistance_entry',
        subjectId: String(entry.id),
        stateIso3: need.stateIso3,
        before: { needId: entry.needId, inResponseToRequest: entry.inResponseToRequest },
        after: { needId: need.id, inResponseToRequest: true, responseId: response.id },
      });
    } else {
      const row = {
        origin: 'handshake' as const,
        review: 'confirmed' as const,
        providerIso3: response.partnerIso3,
        providerName: await partnerNameOf(ctx, response),
        recipientIso3: need.stateIso3,
        // Marked delivered on a real day: the stage order guarantees it is set.
        year: Number((response.deliveredOn ?? isoDay(ctx.now)).slice(0, 4)),
        area: need.area,
        type: need.type,
        amount: response.amount,
        currency: response.amount !== null ? response.currency : null,
        status: 'disbursed' as const,
        inResponseToRequest: true,
        needId: need.id,
        note: response.note,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        reviewedBy: ctx.actor.id,
        reviewedAt: ctx.now,
      };
      entryId = await insertLedgerEntry(ctx, row);
      audit.push({
        subjectType: 'assistance_entry',
        subjectId: String(entryId),
        stateIso3: need.stateIso3,
        before: null,
        after: { ...row, createdAt: undefined, reviewedAt: undefined, responseId: response.id },
      });
    }

    const [after] = await ctx.db
      .update(needResponses)
      .set({
        stage: 'confirmed',
        ledgerEntryId: entryId,
        confirmedBy: ctx.actor.id,
        confirmedAt: ctx.now,
        updatedAt: ctx.now,
      })
      .where(eq(needResponses.id, response.id))
      .returning();
    // The State's statement of where the need stands, made through the needs module's own verb:
    // it reconfirms the need exactly as the same statement made directly (and audits itself).
    await setNeedStatus(ctx, { id: need.id, status: input.needNowIs });

    const messageIds = await notify(ctx, await partnerPeopleOf(ctx.db, response.ownerKey), {
      event: 'confirmed',
      needId: need.id,
      needDescription: need.description,
      stateIso3: need.stateIso3,
      stateName: await stateName(ctx, need.stateIso3),
      partnerIso3: response.partnerIso3,
      partnerName: await partnerNameOf(ctx, response),
      amount: response.amount,
      currency: response.currency,
      deliveredOn: response.deliveredOn,
      needNowIs: input.needNowIs,
      note: null,
      baseUrl: input.baseUrl,
    });
    audit.push({
      subjectType: 'need_response',
      subjectId: String(response.id),
      stateIso3: need.stateIso3,
      before: seen(response),
      after: { ...seen(after!), needNowIs: input.needNowIs, messageIds },
    });
    return {
      result: {
        responseId: response.id,
        needId: need.id,
        ledgerEntryId: entryId,
        linked: input.ledgerEntryId !== undefined,
        messageIds,
      },
      audit,
    };
  },
});
