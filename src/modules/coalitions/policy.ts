import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/**
 * The coalitions' rows of the permission table (decision 017). The ISU keeps the record and the
 * Coordinators facilitate coalitions (seed 000, 003), so both write any; a focal point writes its
 * own State's coalitions only. Partners and the public read what is published.
 */
export const coalitionsPermissions = definePermissions({
  /** Create, update, confirm a coalition; link or unlink its meetings and needs. */
  'coalitions.write': { grants: { isu: 'any', coordinator: 'any', focal_point: 'own-state', system: 'any' } },
  /** See a coalition its State has not agreed to publish. */
  'coalitions.seeUnpublished': {
    grants: { isu: 'any', coordinator: 'any', focal_point: 'own-state', system: 'any' },
  },
});

const p = coalitionsPermissions;

/** Coarse gate of every coalition verb. */
export const mayWriteSomeCoalition = (a: Actor) => p.may(a, 'coalitions.write');

/** Whether the actor may write the coalitions of this State. */
export const canWriteCoalitionOf = (a: Actor, iso3: string) => p.mayOn(a, 'coalitions.write', iso3);

/** Whether the actor may see this State's unpublished coalitions. */
export const canSeeUnpublishedOf = (a: Actor, iso3: string) => p.mayOn(a, 'coalitions.seeUnpublished', iso3);

/** Whether the actor sees every State's unpublished coalitions (ISU, Coordinators). */
export const seesAllCoalitions = (a: Actor) => p.scopeOf(a, 'coalitions.seeUnpublished') === 'any';
