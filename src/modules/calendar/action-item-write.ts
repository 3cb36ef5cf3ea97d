import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { TxContext } from '../../kernel/context.js';
import { type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { outcomeOn } from '../../kernel/verb.js';
import { states } from '../states/index.js';
import type { ActionItemFields } from './inputs.js';
import { actionItemStates, actionItems } from './schema.js';

type Fields = z.output<typeof ActionItemFields>;

/**
 * An owner names a registered State (its code), an organisation or Coordinators (their name); the
 * ISU is the ISU and takes no name. Every State concerned must be in the registry.
 */
export async function checkActionItem(ctx: TxContext, input: Fields): Promise<Fields> {
  const errors: FieldErrors = {};
  let owner = input.owner;
  if (input.ownerKind === 'isu') owner = null;
  else if (!owner) errors.owner = ['calendar:errors.ownerRequired'];
  if (input.ownerKind === 'state' && owner) owner = owner.toUpperCase();
  const codes = [...new Set([...input.states, ...(input.ownerKind === 'state' && owner ? [owner] : [])])];
  const known = codes.length
    ? new Set(
        (await ctx.db.select({ iso3: states.iso3 }).from(states).where(inArray(states.iso3, codes))).map(
          (r) => r.iso3,
        ),
      )
    : new Set<string>();
  if (input.ownerKind === 'state' && owner && !known.has(owner))
    errors.owner = ['calendar:errors.unknownState'];
  if (input.states.some((s) => !known.has(s))) errors.states = ['calendar:errors.unknownState'];
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { ...input, owner, states: [...new Set(input.states)] };
}

export async function writeActionItemStates(ctx: TxContext, actionItemId: number, codes: string[]) {
  await ctx.db.delete(actionItemStates).where(eq(actionItemStates.actionItemId, actionItemId));
  if (codes.length)
    await ctx.db.insert(actionItemStates).values(codes.map((stateIso3) => ({ actionItemId, stateIso3 })));
}

type NewActionItem = Omit<typeof actionItems.$inferInsert, 'recordedBy' | 'createdAt' | 'updatedAt'>;

/**
 * Inserts a checked action item with the States it concerns, recorded by the acting user, and says
 * what its verb returns: the item's id with its meeting's code, and the audit entry of the new item
 * (what `audited` holds, and the States).
 */
export async function insertActionItem(
  ctx: TxContext,
  item: { row: NewActionItem; states: string[]; meetingCode: string | null | undefined; audited: object },
) {
  const [row] = await ctx.db
    .insert(actionItems)
    .values({
      ...item.row,
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: actionItems.id });
  const id = row!.id;
  await writeActionItemStates(ctx, id, item.states);
  return outcomeOn(
    { type: 'action_item', id },
    { id, meetingCode: item.meetingCode },
    { after: { meetingCode: item.meetingCode, ...item.audited, states: item.states } },
  );
}
