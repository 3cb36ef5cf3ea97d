import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/**
 * The Analysis Group's rows of the permission table (decision 017, decision 029). The ISU forms the
 * groups (it stands in for the President's team). A Coordinator asks, marks and drafts only in a
 * group it is a member of (`own-account`: the subject is the member's account). The requesting
 * State's focal point answers and reads the thread of its own State's requests; the Group's
 * checklist and draft are read by the ISU and the Coordinators only.
 */
export const analysisPermissions = definePermissions({
  'analysis.formGroup': { grants: { isu: 'any', system: 'any' } },
  'analysis.ask': { grants: { isu: 'any', system: 'any', coordinator: 'own-account' } },
  'analysis.writeNotes': { grants: { isu: 'any', system: 'any', coordinator: 'own-account' } },
  'analysis.answer': { grants: { isu: 'any', system: 'any', focal_point: 'own-state' } },
  'analysis.readWorkspace': { grants: { isu: 'any', system: 'any', coordinator: 'any' } },
  'analysis.readThread': {
    grants: { isu: 'any', system: 'any', coordinator: 'any', focal_point: 'own-state' },
  },
});

const p = analysisPermissions;

/** The subject of a member's action: the actor's own account when it is a member, else nobody's. */
const memberSubject = (a: Actor, members: readonly string[]) =>
  a.id !== null && members.includes(a.id) ? a.id : '(not a member)';

export const canFormGroup = (a: Actor) => p.may(a, 'analysis.formGroup');
export const mayAskSomewhere = (a: Actor) => p.may(a, 'analysis.ask');
export const canAsk = (a: Actor, members: readonly string[]) =>
  p.mayOn(a, 'analysis.ask', memberSubject(a, members));
export const mayWriteNotesSomewhere = (a: Actor) => p.may(a, 'analysis.writeNotes');
export const canWriteNotes = (a: Actor, members: readonly string[]) =>
  p.mayOn(a, 'analysis.writeNotes', memberSubject(a, members));
export const mayAnswerSomewhere = (a: Actor) => p.may(a, 'analysis.answer');
export const canAnswer = (a: Actor, iso3: string) => p.mayOn(a, 'analysis.answer', iso3);
export const canReadWorkspace = (a: Actor) => p.may(a, 'analysis.readWorkspace');
export const canReadThread = (a: Actor, iso3: string) => p.mayOn(a, 'analysis.readThread', iso3);
/** The coarse check of the detail page: anyone who can read some request's thread. */
export const mayReadSomeThread = (a: Actor) => p.may(a, 'analysis.readThread');
