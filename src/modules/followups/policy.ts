import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/** The followups module's rows of the permission table (decision 017, decision 026). */
export const followupsPermissions = definePermissions({
  /**
   * Bilateral contacts, the follow-ups lists and the worklist are the Coordinators' and the ISU's
   * working notes: no focal point (not even of the State concerned), partner or member of the
   * public reads them.
   */
  'followups.read': { grants: { isu: 'any', coordinator: 'any', system: 'any' } },
  /** The ISU and the Coordinators record their contacts with States and correct them. */
  'followups.recordContacts': { grants: { isu: 'any', coordinator: 'any', system: 'any' } },
});

export const canReadFollowUps = (a: Actor) => followupsPermissions.may(a, 'followups.read');
export const canRecordContacts = (a: Actor) => followupsPermissions.may(a, 'followups.recordContacts');
