import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { TxContext } from '../../kernel/context.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import {
  listOfficeHolders,
  type OfficeArea,
  type OfficeHolderTerm,
  officeAreas,
  officeHoldersOn,
} from '../calendar/index.js';
import { CoordinatorOfficeInput } from './inputs.js';
import { canLinkCoordinatorOffice } from './policy.js';
import { coordinatorOffices, userRoles, users } from './schema.js';

/*
 * A Coordinator account's thematic scope: the ISU links the account to the calendar's records of
 * the office it holds (a thematic Coordinator of an area, for a period). The scope on a day is read
 * from those records — their area, their period, their corrections — and never stored here.
 */

/** Only a Coordinator account holds a Coordinator's office; any other role is answered at the field. */
async function assertCoordinatorAccount(ctx: TxContext, userId: string): Promise<void> {
  const [user] = await ctx.db
    .select({ id: users.id, role: userRoles.role })
    .from(users)
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .where(eq(users.id, userId));
  if (!user) throw new NotFoundError('user', userId);
  if (user.role !== 'coordinator')
    throw new ValidationError({ officeHolderId: ['accounts:errors.notCoordinator'] });
}

/** Links a Coordinator account to the record of a thematic Coordinator's office. ISU only. */
export const linkCoordinatorOffice = defineVerb({
  name: 'accounts.linkCoordinatorOffice',
  input: CoordinatorOfficeInput,
  allow: canLinkCoordinatorOffice,
  async run(ctx, input) {
    await assertCoordinatorAccount(ctx, input.userId);
    const [holder] = await listOfficeHolders(ctx.db, [input.officeHolderId]);
    if (holder?.office !== 'thematic_coordinator')
      throw new ValidationError({ officeHolderId: ['accounts:errors.officeHolder'] });
    const [already] = await ctx.db
      .select({ id: coordinatorOffices.officeHolderId })
      .from(coordinatorOffices)
      .where(
        and(
          eq(coordinatorOffices.userId, input.userId),
          eq(coordinatorOffices.officeHolderId, input.officeHolderId),
        ),
      );
    if (already) throw new ValidationError({ officeHolderId: ['accounts:errors.officeAlreadyLinked'] });
    await ctx.db.insert(coordinatorOffices).values({
      userId: input.userId,
      officeHolderId: input.officeHolderId,
      linkedAt: ctx.now,
      linkedBy: ctx.actor.label,
    });
    return outcomeOn(
      { type: 'coordinator_office', id: input.userId, stateIso3: holder.state?.iso3 ?? null },
      { userId: input.userId, officeHolderId: input.officeHolderId },
      {
        before: null,
        after: {
          officeHolderId: holder.id,
          area: holder.area,
          state: holder.state?.iso3 ?? null,
          personName: holder.personName,
          periodFrom: holder.periodFrom,
          periodTo: holder.periodTo,
        },
      },
    );
  },
});

/** Ends the link between a Coordinator account and an office record. ISU only. */
export const unlinkCoordinatorOffice = defineVerb({
  name: 'accounts.unlinkCoordinatorOffice',
  input: CoordinatorOfficeInput,
  allow: canLinkCoordinatorOffice,
  async run(ctx, input) {
    const removed = await ctx.db
      .delete(coordinatorOffices)
      .where(
        and(
          eq(coordinatorOffices.userId, input.userId),
          eq(coordinatorOffices.officeHolderId, input.officeHolderId),
        ),
      )
      .returning({ officeHolderId: coordinatorOffices.officeHolderId });
    if (!removed.length) throw new ValidationError({ officeHolderId: ['accounts:errors.officeNotLinked'] });
    return outcomeOn(
      { type: 'coordinator_office', id: input.userId },
      { userId: input.userId, officeHolderId: input.officeHolderId },
      { before: { officeHolderId: input.officeHolderId }, after: null },
    );
  },
});

/** The office records linked to each account (all accounts, or one), in the order they were linked. */
export async function linkedOfficeIds(db: Executor, userId?: string): Promise<Map<string, number[]>> {
  const rows = await db
    .select({ userId: coordinatorOffices.userId, officeHolderId: coordinatorOffices.officeHolderId })
    .from(coordinatorOffices)
    .where(userId === undefined ? undefined : eq(coordinatorOffices.userId, userId))
    .orderBy(
      asc(coordinatorOffices.userId),
      asc(coordinatorOffices.linkedAt),
      asc(coordinatorOffices.officeHolderId),
    );
  const out = new Map<string, number[]>();
  for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.officeHolderId]);
  return out;
}

/** The offices linked to an account, each with where it stands on the day. */
export async function coordinatorOfficesOn(
  db: Executor,
  userId: string,
  day: string,
): Promise<OfficeHolderTerm[]> {
  const ids = (await linkedOfficeIds(db, userId)).get(userId) ?? [];
  return officeHoldersOn(db, day, ids);
}

/**
 * A Coordinator account's thematic scope on a day: the areas of the thematic Coordinator offices
 * linked to it whose period covers the day, in the calendar's order of areas. An account that is
 * not a Coordinator's has none, whatever is linked to it.
 */
export async function coordinatorAreas(db: Executor, userId: string, day: string): Promise<OfficeArea[]> {
  const [role] = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  if (role?.role !== 'coordinator') return [];
  const held = new Set(
    (await coordinatorOfficesOn(db, userId, day)).flatMap((h) =>
      h.office === 'thematic_coordinator' && h.term === 'current' && h.area ? [h.area] : [],
    ),
  );
  return officeAreas.filter((a) => held.has(a));
}
