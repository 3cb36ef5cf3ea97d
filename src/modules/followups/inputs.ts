import { z } from 'zod';
import { isoDateField, isValidPartialDate } from '../../kernel/dates.js';
import { iso3Of, rowId } from '../../kernel/ids.js';
import { officeAreas, ownerKinds } from '../calendar/index.js';

/** An empty field is "not given": null, never an empty string. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'errors:tooLong')
    .nullish()
    .transform((v) => (v ? v : null));

const requiredText = (max: number) =>
  z.string('errors:required').trim().min(1, 'errors:required').max(max, 'errors:tooLong');

/** What a contact records: the State, the day, the area, who spoke, what came of it, what is next. */
const contactFields = {
  stateIso3: iso3Of('followups:errors.state', 'followups:errors.state'),
  contactedOn: isoDateField('errors:date'),
  area: z.enum(officeAreas, 'followups:errors.area'),
  stateSide: requiredText(500),
  otherParticipants: optionalText(500),
  outcome: requiredText(5000),
  nextStep: optionalText(2000),
  /**
   * An action item for the next step, recorded through the calendar with the contact: its owner
   * (a kind, a name, a person's account) and its due date as precise as agreed.
   */
  createItem: z.boolean().default(false),
  itemOwnerKind: z
    .enum(ownerKinds, 'followups:errors.ownerKind')
    .nullish()
    .transform((v) => v ?? null),
  itemOwner: optionalText(300),
  itemOwnerUserId: optionalText(100),
  itemDueOn: optionalText(10).refine((v) => v === null || isValidPartialDate(v), 'followups:errors.dueOn'),
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
