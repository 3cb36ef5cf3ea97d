import { asc, eq } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { lockRowOr } from '../../kernel/rows.js';
import { outcomeOn, type VerbOutcome } from '../../kernel/verb.js';
import { states } from '../states/schema.js';
import type { CoalitionMember } from './inputs.js';
import { canWriteCoalitionOf } from './policy.js';
import { coalitionMembers, coalitions } from './schema.js';

/** The stored coalition, locked for the rest of the transaction; a validation error on `id` when there is none. */
export async function lockCoalition(ctx: TxContext, id: number) {
  return lockRowOr(
    ctx.db,
    coalitions,
    coalitions.id,
    id,
    () => new ValidationError({ id: ['coalitions:errors.coalition'] }),
  );
}

/** A coalition's verbs are permitted on its State: the stored one (and, on update, the new one too). */
export async function permitOnCoalition(ctx: TxContext, id: number): Promise<boolean> {
  const [row] = await ctx.db
    .select({ stateIso3: coalitions.stateIso3 })
    .from(coalitions)
    .where(eq(coalitions.id, id));
  // An unknown coalition is refused as input, in `run`, for those who may write some coalition.
  return row ? canWriteCoalitionOf(ctx.actor, row.stateIso3) : true;
}

/** Every State a coalition names (its own and its State members) must be in the registry. */
export async function checkStates(ctx: TxContext, stateIso3: string, members: readonly CoalitionMember[]) {
  const known = new Set((await ctx.db.select({ iso3: states.iso3 }).from(states)).map((s) => s.iso3));
  const errors: Record<string, string[]> = {};
  if (!known.has(stateIso3)) errors.stateIso3 = ['coalitions:errors.unknownState'];
  members.forEach((m, i) => {
    if (m.stateIso3 && !known.has(m.stateIso3))
      errors[`members.${i}.stateIso3`] = ['coalitions:errors.unknownState'];
    if (m.stateIso3 === stateIso3) errors[`members.${i}.stateIso3`] = ['coalitions:errors.selfMember'];
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** Replaces a coalition's members by these, in this order. */
export async function writeMembers(ctx: TxContext, coalitionId: number, members: readonly CoalitionMember[]) {
  await ctx.db.delete(coalitionMembers).where(eq(coalitionMembers.coalitionId, coalitionId));
  if (members.length)
    await ctx.db
      .insert(coalitionMembers)
      .values(members.map((m, position) => ({ ...m, coalitionId, position })));
}

export async function readMembers(ctx: TxContext, coalitionId: number): Promise<CoalitionMember[]> {
  return ctx.db
    .select({
      kind: coalitionMembers.kind,
      stateIso3: coalitionMembers.stateIso3,
      name: coalitionMembers.name,
      role: coalitionMembers.role,
    })
    .from(coalitionMembers)
    .where(eq(coalitionMembers.coalitionId, coalitionId))
    .orderBy(asc(coalitionMembers.position));
}

/**
 * What a coalition's verb returns: its result and the one audit entry on the coalition, with what
 * it was (`before`) and what it is (`after`); a link made is an `after`, a link ended a `before`.
 */
export function coalitionOutcome<R>(
  coalition: { id: number; stateIso3: string },
  result: R,
  change: { before?: unknown; after?: unknown },
): VerbOutcome<R> {
  return outcomeOn({ ...coalition, type: 'coalition' }, result, change);
}
