import { z } from 'zod';
import { isoDateField, isValidPartialDate } from '../../kernel/dates.js';
import { iso3Of, rowId } from '../../kernel/ids.js';
import { nullableText, requiredText } from '../../kernel/input-fields.js';
import { officeAreas, ownerKinds } from '../calendar/index.js';

/** What a contact records: the State, the day, the area, who spoke, what came of it, what is next. */
const contactFields = {
  stateIso3: iso3Of('followups:errors.state', 'followups:errors.state'),
  contactedOn: isoDateField('errors:date'),
  area: z.enum(officeAreas, 'followups:errors.area'),
  stateSide: requiredText('errors:required', 500),
  otherParticipants: nullableText(500),
  outcome: requiredText('errors:required', 5000),
  nextStep: nullableText(2000),
  /**
   * An action item for the next step, recorded through the calendar with the contact: its owner
   * (a kind, a name, a person's account) and its due date as precise as agreed.
   */
  createItem: z.boolean().default(false),
  itemOwnerKind: z
    .enum(ownerKinds, 'followups:errors.ownerKind')
    .nullish()
    .transform((v) => v ?? null),
  itemOwner: nullableText(300),
  itemOwnerUserId: nullableText(100),
  itemDueOn: nullableText(10).refine((v) => v === null || isValidPartialDate(v), 'followups:errors.dueOn'),
};

type ItemRule = { createItem: boolean; nextStep: string | null; itemOwnerKind: string | null };
const itemRules = (v: ItemRule, ctx: z.RefinementCtx) => {
  if (!v.createItem) return;
  if (!v.nextStep)
    ctx.addIssue({ code: 'custom', path: ['nextStep'], message: 'followups:errors.nextStepForItem' });
  if (!v.itemOwnerKind)
    ctx.addIssue({ code: 'custom', path: ['itemOwnerKind'], message: 'followups:errors.ownerKind' });
};

export const RecordContactInput = z.object(contactFields).superRefine(itemRules);
export type RecordContactInput = z.output<typeof RecordContactInput>;

export const UpdateContactInput = z.object({ id: rowId, ...contactFields }).superRefine(itemRules);
export type UpdateContactInput = z.output<typeof UpdateContactInput>;
