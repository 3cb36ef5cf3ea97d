import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { listActionItemsByIds, listMeetings } from '../calendar/index.js';

/**
 * An activity links only to what the calendar holds: every meeting code and action item id is
 * looked up, and an unknown one is refused at its field rather than stored as a dead link.
 */
export async function checkActivityLinks(
  ctx: TxContext,
  links: { meetingCodes: readonly string[]; actionItemIds: readonly number[] },
): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (links.meetingCodes.length) {
    const known = new Set((await listMeetings(ctx.db)).map((m) => m.code));
    if (links.meetingCodes.some((code) => !known.has(code)))
      errors.meetingCodes = ['workplans:errors.unknownMeeting'];
  }
  if (links.actionItemIds.length) {
    const found = new Set((await listActionItemsByIds(ctx.db, links.actionItemIds)).map((a) => a.id));
    if (links.actionItemIds.some((id) => !found.has(id)))
      errors.actionItemIds = ['workplans:errors.unknownActionItem'];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}
