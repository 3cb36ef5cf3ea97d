import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/** The calendar's rows of the permission table (decision 017). */
export const calendarPermissions = definePermissions({
  /** The calendar is the ISU's record of the Convention's meetings: only the ISU writes it. */
  'calendar.write': { grants: { isu: 'any', system: 'any' } },
  /**
   * Action items beyond a meeting's record: the Coordinators and the ISU record what they agreed
   * (after a bilateral contact, say) and move any item's status as it is done (decision 026).
   */
  'calendar.writeActionItems': { grants: { isu: 'any', coordinator: 'any', system: 'any' } },
});

export const canWriteCalendar = (a: Actor) => calendarPermissions.may(a, 'calendar.write');
export const canWriteActionItems = (a: Actor) => calendarPermissions.may(a, 'calendar.writeActionItems');
