import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/** The directory's rows of the permission table (decision 017, decision 025). */
export const directoryPermissions = definePermissions({
  /**
   * Adding, editing, confirming and removing a State's contacts: its own focal points, and the ISU
   * for any State. Coordinators read the whole directory but do not write it (decision 025).
   */
  'directory.write': { grants: { isu: 'any', focal_point: 'own-state', system: 'any' } },
  /** Every entry of every State, published or not. */
  'directory.readAll': { grants: { isu: 'any', coordinator: 'any', system: 'any' } },
  /**
   * Other States' official contacts: people who act for a State (its focal points, and partners
   * that are States). The scope only asks that the actor has a State.
   */
  'directory.readOfficial': { grants: { focal_point: 'own-state', partner: 'own-state' } },
});

export const mayWriteDirectory = (a: Actor) => directoryPermissions.may(a, 'directory.write');
export const canWriteDirectoryOf = (a: Actor, iso3: string) =>
  directoryPermissions.mayOn(a, 'directory.write', iso3);
export const canReadWholeDirectory = (a: Actor) => directoryPermissions.may(a, 'directory.readAll');
export const canReadOfficialContacts = (a: Actor) => directoryPermissions.may(a, 'directory.readOfficial');
