import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/**
 * Who may do what with extension requests (decision 017 rows). A State's focal point writes its own
 * State's requests and the ISU writes for any State; the Coordinators (who sit in the Analysis
 * Groups) read every draft and write none. Nobody else reads a draft; a submitted request is a
 * document before the States Parties, read by all.
 */
export const extensionsPermissions = definePermissions({
  /** Start, update, plan, submit and withdraw a request. */
  'extensions.writeRequest': { grants: { isu: 'any', system: 'any', focal_point: 'own-state' } },
  /** Read a request not submitted (a draft, or one withdrawn before submission). */
  'extensions.readDraft': {
    grants: { isu: 'any', system: 'any', focal_point: 'own-state', coordinator: 'any' },
  },
});

const p = extensionsPermissions;

export const mayWriteSomeRequest = (a: Actor) => p.may(a, 'extensions.writeRequest');
export const canWriteRequestOf = (a: Actor, iso3: string) => p.mayOn(a, 'extensions.writeRequest', iso3);
export const mayReadSomeDraft = (a: Actor) => p.may(a, 'extensions.readDraft');
export const canReadDraftOf = (a: Actor, iso3: string) => p.mayOn(a, 'extensions.readDraft', iso3);

/** A request is read by all once submitted; before that only by its State, the ISU and the Coordinators. */
export const canReadRequest = (a: Actor, r: { stateIso3: string; submittedOn: string | null }) =>
  r.submittedOn !== null || canReadDraftOf(a, r.stateIso3);
