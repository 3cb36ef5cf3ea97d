import { isValidPartialDate, latestDay } from '../../kernel/dates.js';

/** Statuses of an item still to be done: open, or not known (nobody recorded it done or dropped). */
export const isStillOpen = (status: string) => status === 'open' || status === 'not_known';

/**
 * Overdue: still open and its due date is past. A due date as precise as the record (`2018`,
 * `2018-09`) runs to its last day; an unknown (or unreadable) due date is never overdue.
 */
export function isOverdue(item: { status: string; dueOn: string | null }, today: string): boolean {
  if (!isStillOpen(item.status) || !item.dueOn || !isValidPartialDate(item.dueOn)) return false;
  return latestDay(item.dueOn) < today;
}
