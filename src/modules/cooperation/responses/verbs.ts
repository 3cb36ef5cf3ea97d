import { and, eq, ne, notInArray } from 'drizzle-orm';
import { isoDay } from '../../../kernel/clock.js';
import type { TxContext } from '../../../kernel/context.js';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../../kernel/errors.js';
import { defineVerb } from '../../../kernel/verb.js';
import { states } from '../../states/schema.js';
import { insertLedgerEntry, linkLedgerEntryToNeed } from '../ledger/index.js';
import { setNeedStatus } from '../needs/index.js';
import { getNeed } from '../needs/queries.js';
import { assistanceEntries, needResponses, needs, offers } from '../schema.js';
import {
  canConfirmDeliveryTo,
  canWritePartnerItem,
  mayActAsPartner,
  mayWriteSomeNeed,
  partnerKey,
  partnerKeyOf,
} from '../shared/policy.js';
import { CommitInput, ConfirmInput, DeliverInput, RespondInput, WithdrawInput } from './inputs.js';
import { focalPointsOf, type HandshakeEvent, notify, partnerPeopleOf } from './notify.js';
import { canTakeStep, needTakesResponses, type Step } from './rules.js';

type NeedRow = typeof needs.$inferSelect;
type ResponseRow = typeof needResponses.$inferSelect;

export const needNotFound = (id: number | string) => new NotFoundError('need', String(id));
export const responseNotFound = (id: number | string) =>
  new AppError('NOT_FOUND', 404, 'responses:errors.responseNotFound', { id: String(id) });

/** The need, locked: responses to one need are written one at a time. */
async function lockNeed(ctx: TxContext, id: number): Promise<NeedRow> {
  const [need] = await ctx.db.select().from(needs).where(eq(needs.id, id)).for('update');
  if (!need) throw needNotFound(id);
  return need;
}

async function lockResponse(ctx: TxContext, id: number): Promise<{ response: ResponseRow; need: NeedRow }> {
  const [found] = await ctx.db
    .select({ needId: needResponses.needId })
    .from(needResponses)
    .where(eq(needResponses.id, id));
  if (!found) throw responseNotFound(id);
  // Need first, then the response: the same order as respondToNeed, so two writers never deadlock.
  const need = await lockNeed(ctx, found.needId);
  const [response] = await ctx.db.select().from(needResponses).where(eq(needResponses.id, id)).for('update');
  if (!response) throw responseNotFound(id);
  return { response, need };
}

const stateName = async (ctx: TxContext, iso3: string) =>
  (await ctx.db.select({ name: states.name }).from(states).where(eq(states.iso3, iso3)))[0]?.name ?? iso3;

const partnerNameOf = async (
  ctx: TxContext,
  r: { partnerIso3: string | null; organisation: string | null },
) => (r.partnerIso3 ? stateName(ctx, r.partnerIso3) : (r.organisation ?? ''));

/** Refuses a response to a need nobody may answer any more (withdrawn, met, lapsed today), in words. */
async function requireOpen(ctx: TxContext, need: NeedRow) {
  const { status } = await getNeed(ctx.db, need.id, isoDay(ctx.now));
  if (!needTakesResponses(status))
    throw new ValidationError({ needId: [`responses:errors.needClosed.${status}`] });
}

const wrongStage = (step: Step, stage: string) =>
  new ConflictError('RESPONSES.WRONG_STAGE', `responses:errors.wrongStage.${step}`, { stage });

/** The audit's picture of a response: what a reviewer needs to follow the handshake. */
const seen = (r: ResponseRow) => ({
  needId: r.needId,
  ownerKey: r.ownerKey,
  stage: r.stage,
  offerId: r.offerId,
  amount: r.amount,
  currency: r.currency,
  deliveredOn: r.deliveredOn,
  ledgerEntryId: r.ledgerEntryId,
  note: r.note,
});

/** Tells the State's focal points what a partner did. */
async function tellState(
  ctx: TxContext,
  event: HandshakeEvent,
  need: NeedRow,
  r: ResponseRow,
  baseUrl: string,
) {
  return notify(ctx, await focalPointsOf(ctx.db, need.stateIso3), {
    event,
    needId: need.id,
    needDescription: need.description,
    stateIso3: need.stateIso3,
    stateName: await stateName(ctx, need.stateIso3),
    partnerName: await partnerNameOf(ctx, r),
    amount: r.amount,
    currency: r.currency,
    deliveredOn: r.deliveredOn,
    needNowIs: null,
    note: r.note,
    baseUrl,
  });
}

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
    if (owner.iso3 && owner.iso3 !== need.stateIso3) {
      const [known] = await ctx.db
        .select({ iso3: states.iso3 })
        .from(states)
        .where(eq(states.iso3, owner.iso3));
      if (!known) throw new ValidationError({ partnerIso3: ['responses:errors.noSuchState'] });
    }
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
      return {
        result: { responseId: live.id, needId: need.id, created: false, messageIds: [] as number[] },
        audit: [
          {
            subjectType: 'need_response',
            subjectId: String(live.id),
            stateIso3: need.stateIso3,
            before: seen(live),
            after: seen(after!),
          },
        ],
      };
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
    return {
      result: { responseId: created!.id, needId: need.id, created: true, messageIds },
      audit: [
        {
          subjectType: 'need_response',
          subjectId: String(created!.id),
          stateIso3: need.stateIso3,
          before: null,
          after: { ...seen(created!), messageIds },
        },
      ],
    };
  },
});

/** The partner's own response, locked, and refused to anyone else (the ISU excepted). */
async function ownResponse(ctx: TxContext, id: number) {
  const found = await lockResponse(ctx, id);
  if (!canWritePartnerItem(ctx.actor, found.response.ownerKey)) {
    throw new ForbiddenError(`${ctx.actor.label} may not act on response ${id}`);
  }
  return found;
}

/** Moves a partner's response one step and tells the State. */
async function partnerStep(
  ctx: TxContext,
  step: Exclude<Step, 'confirm'>,
  responseId: number,
  changes: Partial<typeof needResponses.$inferInsert>,
  baseUrl: string,
  check?: (need: NeedRow) => Promise<void>,
) {
  const { response, need } = await ownResponse(ctx, responseId);
  if (!canTakeStep(step, response.stage)) throw wrongStage(step, response.stage);
  await check?.(need);
  const to = step === 'commit' ? 'commitment' : step === 'deliver' ? 'delivered' : 'withdrawn';
  const [after] = await ctx.db
    .update(needResponses)
    .set({ ...changes, stage: to, updatedAt: ctx.now })
    .where(eq(needResponses.id, response.id))
    .returning();
  const messageIds = await tellState(ctx, to, need, after!, baseUrl);
  return {
    result: { responseId: response.id, needId: need.id, stage: to, messageIds },
    audit: [
      {
        subjectType: 'need_response',
        subjectId: String(response.id),
        stateIso3: need.stateIso3,
        before: seen(response),
        after: { ...seen(after!), messageIds },
      },
    ],
  };
}

// A response's permission depends on its row: the verbs check it once they have locked it.
const permitOwnResponse = async (ctx: TxContext, input: { responseId: number }) => {
  const [r] = await ctx.db
    .select({ ownerKey: needResponses.ownerKey })
    .from(needResponses)
    .where(eq(needResponses.id, input.responseId));
  if (!r) throw responseNotFound(input.responseId);
  return canWritePartnerItem(ctx.actor, r.ownerKey);
};

/** Interest → commitment, with the amount the partner commits if it says one. */
export const commitToNeed = defineVerb({
  name: 'cooperation.commitToNeed',
  input: CommitInput,
  allow: mayActAsPartner,
  permit: permitOwnResponse,
  run: (ctx, input) =>
    partnerStep(
      ctx,
      'commit',
      input.responseId,
      {
        amount: input.amount ?? null,
        currency: input.amount !== undefined || input.currency ? (input.currency ?? null) : null,
        ...(input.note !== undefined ? { note: input.note } : {}),
      },
      input.baseUrl,
      (need) => requireOpen(ctx, need),
    ),
});

/** Commitment → delivered, on a day that has come. */
export const markDelivered = defineVerb({
  name: 'cooperation.markDelivered',
  input: DeliverInput,
  allow: mayActAsPartner,
  permit: permitOwnResponse,
  run(ctx, input) {
    if (input.deliveredOn > isoDay(ctx.now)) {
      throw new ValidationError({ deliveredOn: ['responses:errors.deliveredInFuture'] });
    }
    if (input.deliveredOn < '1990-01-01') {
      throw new ValidationError({ deliveredOn: ['responses:errors.deliveredTooEarly'] });
    }
    return partnerStep(
      ctx,
      'deliver',
      input.responseId,
      { deliveredOn: input.deliveredOn, ...(input.note !== undefined ? { note: input.note } : {}) },
      input.baseUrl,
    );
  },
});

/** The partner takes its response back, at any stage before the State confirmed it. */
export const withdrawResponse = defineVerb({
  name: 'cooperation.withdrawResponse',
  input: WithdrawInput,
  allow: mayActAsPartner,
  permit: permitOwnResponse,
  run: (ctx, input) =>
    partnerStep(
      ctx,
      'withdraw',
      input.responseId,
      input.note !== undefined ? { note: input.note } : {},
      input.baseUrl,
    ),
});

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
