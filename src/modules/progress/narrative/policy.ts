import type { Actor } from '../../../kernel/actor.js';
import { definePermissions } from '../../../kernel/permissions.js';
import { sectionAreas } from '../policy.js';
import type { NarrativeAuthorRole } from '../schema.js';

/** The narrative's rows of the permission table (decision 017). */
export const narrativePermissions = definePermissions({
  /**
   * Writing and agreeing the paragraphs a Coordinator of the area writes, and a section's
   * questions for discussion: the ISU on every section; a Coordinator on the sections of the areas
   * it held in the report's period (the subject is the section's area); never a focal point nor a
   * partner.
   */
  'progress.writeNarrative': { grants: { isu: 'any', coordinator: 'own-area', system: 'any' } },
  /**
   * Writing and agreeing the President's paragraphs. The platform has no President role (the
   * accounts' roles are the ISU, Coordinator, focal point and partner): the ISU writes them for the
   * President. A President role added later gets its row here.
   */
  'progress.writePresidentNarrative': { grants: { isu: 'any', system: 'any' } },
  /** Circulating and finalising a version of the report: the ISU only. */
  'progress.issueVersion': { grants: { isu: 'any', system: 'any' } },
});

export const canWriteNarrative = (a: Actor): boolean =>
  narrativePermissions.may(a, 'progress.writeNarrative');
export const canWritePresidentNarrative = (a: Actor): boolean =>
  narrativePermissions.may(a, 'progress.writePresidentNarrative');
/** Whether the actor may write some part of the narrative (the coarse check). */
export const canWriteSomeNarrative = (a: Actor): boolean =>
  canWriteNarrative(a) || canWritePresidentNarrative(a);
export const canIssueVersion = (a: Actor): boolean => narrativePermissions.may(a, 'progress.issueVersion');

/**
 * Whether the actor may write and agree a text of this author role in this section: the one place
 * the check on the subject is made. A Coordinator's actor must carry its areas for the report's
 * period (`inOfficeFor`): it writes the sections of those areas only.
 */
export function canWriteAs(a: Actor, role: NarrativeAuthorRole, section: string): boolean {
  if (role === 'president') return canWritePresidentNarrative(a);
  const area = (sectionAreas as Record<string, string | undefined>)[section];
  return area !== undefined && narrativePermissions.mayOn(a, 'progress.writeNarrative', area);
}
