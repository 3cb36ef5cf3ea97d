import { and, asc, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { Actor } from '../../../kernel/actor.js';
import { states } from '../../states/schema.js';
import { assistanceEntries, needResponses, needs, offers } from '../schema.js';
import { partnerKey, partnerKeyOf, responsesScopeOf } from '../shared/policy.js';
import type { ResponseStage } from '../shared/vocabulary.js';

/** A response as pages show it: the partner by name, the need it answers, the entry it became. */
export interface ResponseView {
  id: number;
  needId: number;
  needDescription: string;
  needStateIso3: string;
  needStateName: string;
  ownerKey: string;
  partnerIso3: string | null;
  partnerName: string;
  offerId: number | null;
  offerTitle: string | null;
  stage: ResponseStage;
  amount: number | null;
  currency: string | null;
  note: string | null;
  deliveredOn: string | null;
  ledgerEntryId: number | null;
  confirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

async function select(db: Executor, where: SQL | undefined): Promise<ResponseView[]> {
  const rows = await db
    .select({
      r: needResponses,
      needDescription: needs.description,
      needStateIso3: needs.stateIso3,
      needStateName: states.name,
      partnerStateName: sql<
        string | null
      >`(select s.name from states s where s.iso3 = ${needResponses.partnerIso3})`,
      offerTitle: offers.title,
    })
    .from(needResponses)
    .innerJoin(needs, eq(needs.id, needResponses.needId))
    .innerJoin(states, eq(states.iso3, needs.stateIso3))
    .leftJoin(offers, eq(offers.id, needResponses.offerId))
    .where(where)
    // Waiting on the State first (delivered), then the rest by stage, most recent first.
    .orderBy(
      sql`case ${needResponses.stage} when 'delivered' then 0 when 'commitment' then 1 when 'interest' then 2 when 'confirmed' then 3 else 4 end`,
      desc(needResponses.updatedAt),
      asc(needResponses.id),
    );
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    needId: r.needId,
    needDescription: x.needDescription,
    needStateIso3: x.needStateIso3,
    needStateName: x.needStateName,
    ownerKey: r.ownerKey,
    partnerIso3: r.partnerIso3,
    partnerName: x.partnerStateName ?? r.organisation ?? r.ownerKey,
    offerId: r.offerId,
    offerTitle: x.offerTitle,
    stage: r.stage,
    amount: r.amount,
    currency: r.currency,
    note: r.note,
    deliveredOn: r.deliveredOn,
    ledgerEntryId: r.ledgerEntryId,
    confirmedAt: r.confirmedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

export const getResponse = async (db: Executor, id: number) =>
  (await select(db, eq(needResponses.id, id)))[0] ?? null;

/** Every response to one need, withdrawn ones included (they are part of the story). */
export const listResponsesToNeed = (db: Executor, needId: number) =>
  select(db, eq(needResponses.needId, needId));

/** How many deliveries to a need its State confirmed: all the public sees of the handshake. */
export async function countConfirmed(db: Executor, needId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(needResponses)
    .where(and(eq(needResponses.needId, needId), eq(needResponses.stage, 'confirmed')));
  return Number(row?.n ?? 0);
}

/**
 * The responses an actor works on: a partner its own, a focal point those to its State's needs,
 * the ISU and Coordinators all of them. Deliveries awaiting confirmation come first.
 */
export async function listResponsesFor(db: Executor, actor: Actor): Promise<ResponseView[]> {
  // The permission table says how far the actor sees; an actor it does not name sees nothing.
  const scope = responsesScopeOf(actor);
  const key = partnerKeyOf(actor);
  if (scope === 'any') return select(db, undefined);
  if (scope === 'own-partner' && key) return select(db, eq(needResponses.ownerKey, key));
  if (scope === 'own-state' && actor.stateIso3) return select(db, eq(needs.stateIso3, actor.stateIso3));
  return [];
}

/** A partner's own active offers, to name one when responding. */
export async function offersOf(db: Executor, ownerKey: string) {
  return db
    .select({ id: offers.id, title: offers.title })
    .from(offers)
    .where(and(eq(offers.ownerKey, ownerKey), eq(offers.status, 'active')))
    .orderBy(asc(offers.title), asc(offers.id));
}

/**
 * Stored ledger entries a State may link a confirmed delivery to: its own, not rejected, not yet
 * tied to a need, each with the owner key of its provider. A delivery links only an entry of its
 * own partner (`ownerKey` equal to the response's; confirmDelivery refuses any other).
 */
export async function linkableEntries(db: Executor, recipientIso3: string) {
  const rows = await db
    .select({
      id: assistanceEntries.id,
      providerIso3: assistanceEntries.providerIso3,
      providerName: assistanceEntries.providerName,
      year: assistanceEntries.year,
      area: assistanceEntries.area,
      amount: assistanceEntries.amount,
      currency: assistanceEntries.currency,
    })
    .from(assistanceEntries)
    .where(
      and(
        eq(assistanceEntries.recipientIso3, recipientIso3),
        ne(assistanceEntries.review, 'rejected'),
        isNull(assistanceEntries.needId),
      ),
    )
    .orderBy(desc(assistanceEntries.year), asc(assistanceEntries.id));
  return rows.map((e) => ({ ...e, ownerKey: partnerKey(e.providerIso3, e.providerName) }));
}

/** The need a route works on, read directly (the need page's query lives with the needs). */
export async function findNeedRow(db: Executor, id: number) {
  const [row] = await db
    .select({
      id: needs.id,
      stateIso3: needs.stateIso3,
      stateName: states.name,
      description: needs.description,
      status: needs.status,
      lastConfirmedOn: needs.lastConfirmedOn,
      isPublic: needs.isPublic,
    })
    .from(needs)
    .innerJoin(states, eq(states.iso3, needs.stateIso3))
    .where(eq(needs.id, id));
  return row ?? null;
}
