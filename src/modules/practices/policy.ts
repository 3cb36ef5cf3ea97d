import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/** The catalogue's rows of the permission table (decision 017, decision 025). */
export const practicesPermissions = definePermissions({
  /**
   * Entering a practice: the ISU and Coordinators for anyone (published at once); a focal point
   * for its own State only (every State it names must be its own), as a proposal.
   */
  'practices.create': { grants: { isu: 'any', coordinator: 'any', focal_point: 'own-state', system: 'any' } },
  /** Editing, publishing and withdrawing a practice: the ISU and Coordinators. */
  'practices.maintain': { grants: { isu: 'any', coordinator: 'any', system: 'any' } },
});

export const mayCreatePractice = (a: Actor) => practicesPermissions.may(a, 'practices.create');
/** Whether the actor may enter a practice naming this State. */
export const mayCreatePracticeFor = (a: Actor, iso3: string) =>
  practicesPermissions.mayOn(a, 'practices.create', iso3);
/** The ISU and Coordinators enter practices for anyone, with or without a State. */
export const createsForAnyone = (a: Actor) => practicesPermissions.scopeOf(a, 'practices.create') === 'any';
export const canMaintainPractices = (a: Actor) => practicesPermissions.may(a, 'practices.maintain');

/**
 * Who reads what: the public and partners the published practices; the ISU and Coordinators every
 * practice; a focal point also its own State's proposals.
 */
export function canReadPractice(a: Actor, p: { status: string; stateIso3s: readonly string[] }): boolean {
  if (p.status === 'published') return true;
  if (canMaintainPractices(a)) return true;
  // Whoever may propose for a State reads that State's proposals.
  return p.status === 'proposed' && p.stateIso3s.some((iso3) => mayCreatePracticeFor(a, iso3));
}
