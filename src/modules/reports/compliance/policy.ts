import type { Actor } from '../../../kernel/actor.js';
import { definePermissions } from '../../../kernel/permissions.js';

/**
 * Chasing overdue reports is the secretariat's and the Coordinator on Transparency Measures'
 * work (11MSP Progress Report §68); a State's own focal point, partners and the public only read.
 */
export const compliancePermissions = definePermissions({
  'reports.sendReminder': { grants: { isu: 'any', system: 'any', coordinator: 'any' } },
});

export const canSendReminder = (a: Actor) => compliancePermissions.may(a, 'reports.sendReminder');
