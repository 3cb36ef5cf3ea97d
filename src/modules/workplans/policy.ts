import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/** The work plans' rows of the permission table (decision 017, decision 024). */
export const workPlansPermissions = definePermissions({
  /**
   * The Coordinators write their work plans and the ISU keeps them with them; any Coordinator may,
   * as they share activities across areas (joint meetings, analysis groups). States, partners and
   * the public read them.
   */
  'workplans.write': { grants: { isu: 'any', coordinator: 'any', system: 'any' } },
});

export const canWriteWorkPlans = (a: Actor) => workPlansPermissions.may(a, 'workplans.write');
