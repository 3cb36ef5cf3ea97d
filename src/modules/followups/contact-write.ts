import { and, eq, inArray } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { type FieldErrors, ValidationError } from '../../kernel/errors.js';
import { userRoles, users } from '../accounts/schema.js';
import { recordActionItem } from '../calendar/index.js';
import { states } from '../states/schema.js';
import type { RecordContactInput } from './inputs.js';
import { contactActionItems } from './schema.js';

/** The contact's own columns, from a verb's input. */
export const contactColumns = (input: RecordContactInput) => ({
  stateIso3: input.stateIso3,
  contactedOn: input.contactedOn,
  area: input.area,
  stateSide: input.stateSide,
  otherParticipants: input.otherParticipants,
  outcome: input.outcome,
  nextStep: input.nextStep,
});

/**
 * What the schema cannot check: the State is in the registry, and the person named as the next
 * step's owner is an ISU or Coordinator account that is not disabled (the calendar, below the
 * accounts, cannot check it).
 */
export async function checkContact(ctx: TxContext, input: RecordContactInput): Promise<void> {
  const errors: FieldErrors = {};
  const [state] = await ctx.db
    .select({ iso3: states.iso3 })
    .from(states)
    .where(eq(states.iso3, input.stateIso3));
  if (!state) errors.stateIso3 = ['followups:errors.unknownState'];
  if (input.createItem && input.itemOwnerUserId) {
    const [person] = await ctx.db
      .select({ id: users.id, disabledAt: users.disabledAt })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(users.id, input.itemOwnerUserId), inArray(userRoles.role, ['isu', 'coordinator'])));
    if (!person || person.disabledAt) errors.itemOwnerUserId = ['followups:errors.ownerPerson'];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** The calendar's field names of an action item, as the contact form names them. */
const itemField: Record<string, string> = {
  what: 'nextStep',
  ownerKind: 'itemOwnerKind',
  owner: 'itemOwner',
  ownerUserId: 'itemOwnerUserId',
  dueOn: 'itemDueOn',
};

/**
 * Records the next step as an action item through the calendar's verb, inside this verb's
 * transaction, and links it to the contact. A refusal of the item comes back at the contact
 * form's fields. Returns the item's id, or null when none was asked for.
 */
export async function writeNextStepItem(
  ctx: TxContext,
  contactId: number,
  input: RecordContactInput,
): Promise<number | null> {
  if (!input.createItem || !input.nextStep || !input.itemOwnerKind) return null;
  let id: number;
  try {
    ({ id } = await recordActionItem(ctx, {
      what: input.nextStep,
      ownerKind: input.itemOwnerKind,
      owner: input.itemOwner,
      ownerUserId: input.itemOwnerUserId,
      dueOn: input.itemDueOn,
      status: 'open',
      area: input.area,
      states: [input.stateIso3],
      // The contact is the item's source: its page, an address in no language.
      source: `/follow-ups/contacts/${contactId}`,
    }));
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    throw new ValidationError(
      Object.fromEntries(Object.entries(err.fieldErrors).map(([k, v]) => [itemField[k] ?? k, v])),
    );
  }
  await ctx.db.insert(contactActionItems).values({ contactId, actionItemId: id });
  return id;
}
