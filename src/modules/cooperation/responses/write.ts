import { eq } from 'drizzle-orm';
import { isoDay } from '../../../kernel/clock.js';
import type { TxContext } from '../../../kernel/context.js';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../../kernel/errors.js';
import { lockRowOr } from '../../../kernel/rows.js';
import { outcomeOn } from '../../../kernel/verb.js';
import { states } from '../../states/schema.js';
import { getNeed } from '../needs/queries.js';
import { needResponses, needs } from '../schema.js';
import { canWritePartnerItem } from '../shared/policy.js';
import { focalPointsOf, type HandshakeEvent, notify } from './notify.js';
import { canTakeStep, needTakesResponses, type Step } from './rules.js';

/**
 * What the handshake's verbs (one file each) share: the locks, taken need first then response so two
 * writers never deadlock, the audit's picture of a response and the partner's step.
 */

export type NeedRow = typeof needs.$inferSelect;
export type ResponseRow = typeof needResponses.$inferSelect;

export const needNotFound = (id: number | string) => new NotFoundError('need', String(id));
export const responseNotFound = (id: number | string) =>
  new AppError('NOT_FOUND', 404, 'responses:errors.responseNotFound', { id: String(id) });

/** The need, locked: responses to one need are written one at a time. */
export async function lockNeed(ctx: TxContext, id: number): Promise<NeedRow> {
  return lockRowOr(ctx.db, needs, needs.id, id, () => needNotFound(id));
}

export async function lockResponse(
  ctx: TxContext,
  id: number,
): Promise<{ response: ResponseRow; need: NeedRow }> {
  const [found] = await ctx.db
    .select({ needId: needResponses.needId })
    .from(needResponses)
    .where(eq(needResponses.id, id));
  if (!found) throw responseNotFound(id);
  // Need first, then the response: the same order as respondToNeed, so two writers never deadlock.
  const need = await lockNeed(ctx, found.needId);
  const response = await lockRowOr(ctx.db, needResponses, needResponses.id, id, () => responseNotFound(id));
  return { response, need };
}

export const stateName = async (ctx: TxContext, iso3: string) =>
  (await ctx.db.select({ name: states.name }).from(states).where(eq(states.iso3, iso3)))[0]?.name ?? iso3;

export const partnerNameOf = async (
  ctx: TxContext,
  r: { partnerIso3: string | null; organisation: string | null },
) => (r.partnerIso3 ? stateName(ctx, r.partnerIso3) : (r.organisation ?? ''));

/** Refuses a response to a need nobody may answer any more (withdrawn, met, lapsed today), in words. */
export async function requireOpen(ctx: TxContext, need: NeedRow) {
  const { status } = await getNeed(ctx.db, need.id, isoDay(ctx.now));
  if (!needTakesResponses(status))
    throw new ValidationError({ needId: [`responses:errors.needClosed.${status}`] });
}

export const wrongStage = (step: Step, stage: string) =>
  new ConflictError('RESPONSES.WRONG_STAGE', `responses:errors.wrongStage.${step}`, { stage });

/** The audit's picture of a response: what a reviewer needs to follow the handshake. */
export const seen = (r: ResponseRow) => ({
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
export async function tellState(
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
    partnerIso3: r.partnerIso3,
    partnerName: await partnerNameOf(ctx, r),
    amount: r.amount,
    currency: r.currency,
    deliveredOn: r.deliveredOn,
    needNowIs: null,
    note: r.note,
    baseUrl,
  });
}

/** The partner's own response, locked, and refused to anyone else (the ISU excepted). */
export async function ownResponse(ctx: TxContext, id: number) {
  const found = await lockResponse(ctx, id);
  if (!canWritePartnerItem(ctx.actor, found.response.ownerKey)) {
    throw new ForbiddenError(`${ctx.actor.label} may not act on response ${id}`);
  }
  return found;
}

/** Moves a partner's response one step and tells the State. */
export async function partnerStep(
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
  return outcomeOn(
    { type: 'need_response', id: response.id, stateIso3: need.stateIso3 },
    { responseId: response.id, needId: need.id, stage: to, messageIds },
    { before: seen(response), after: { ...seen(after!), messageIds } },
  );
}

// A response's permission depends on its row: the verbs check it once they have locked it.
export const permitOwnResponse = async (ctx: TxContext, input: { responseId: number }) => {
  const [r] = await ctx.db
    .select({ ownerKey: needResponses.ownerKey })
    .from(needResponses)
    .where(eq(needResponses.id, input.responseId));
  if (!r) throw responseNotFound(input.responseId);
  return canWritePartnerItem(ctx.actor, r.ownerKey);
};
