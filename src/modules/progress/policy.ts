import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';
import { coordinatorAreas } from '../accounts/index.js';
import type { OfficeArea } from '../calendar/index.js';
import { findIndicator } from './catalogue.js';
import type { Section } from './model.js';
import { windowOf } from './snapshot.js';

/** The progress module's rows of the permission table (decision 017). */
export const progressPermissions = definePermissions({
  /**
   * Judging where the Convention uses judgement: recording and withdrawing an assessment of a
   * State on an indicator, agreeing a figure that overrides the computed one. The ISU on every
   * indicator; a Coordinator on the indicators of the areas it held in the report's period (the
   * subject is the indicator's area); never a focal point (a State does not assess itself) nor a
   * partner.
   */
  'progress.judge': { grants: { isu: 'any', coordinator: 'own-area', system: 'any' } },
});

/**
 * Which Coordinators' area each section of the report belongs to (seed 004's sections A–K against
 * the thematic areas of the office holders). The platform's reading: the guiding principles, gender
 * and compliance sections are the Coordinators on General Status and Operation's, who are also the
 * gender focal points (seed 004 §4–5); survey and clearance and risk education are one area.
 */
export const sectionAreas: Record<Section, OfficeArea> = {
  A: 'general_status',
  B: 'general_status',
  C: 'universalization',
  D: 'stockpile_destruction',
  E: 'clearance_risk_reduction',
  F: 'clearance_risk_reduction',
  G: 'victim_assistance',
  H: 'cooperation_assistance',
  I: 'transparency',
  J: 'national_implementation',
  K: 'general_status',
};

/** The area of an indicator's section; an unknown indicator has none (and no one may judge it). */
export const areaOfIndicator = (indicatorId: string): OfficeArea | undefined => {
  const def = findIndicator(indicatorId);
  return def ? sectionAreas[def.section] : undefined;
};

/** Whether the actor may judge some indicator (the coarse check, before the indicator is known). */
export const canJudgeProgress = (a: Actor): boolean => progressPermissions.may(a, 'progress.judge');

/**
 * Whether the actor may judge this indicator: the one place the check on the subject is made. A
 * Coordinator's actor must carry its areas for the report's period (`inOfficeFor`); without them a
 * Coordinator judges nothing.
 */
export const canJudgeIndicator = (a: Actor, indicatorId: string): boolean => {
  const area = areaOfIndicator(indicatorId);
  return area !== undefined && progressPermissions.mayOn(a, 'progress.judge', area);
};

/**
 * The actor as it stands for one meeting's report: a Coordinator carries the thematic areas its
 * account is linked to on the last day of the report's period (the Coordinators of that cycle write
 * and judge it), or today's when the meeting has no reporting window recorded. Others as they are.
 */
export async function inOfficeFor(
  db: Executor,
  actor: Actor,
  meetingCode: string,
  today: string,
): Promise<Actor> {
  if (actor.role !== 'coordinator' || actor.kind !== 'user' || !actor.id) return actor;
  const day = await windowOf(db, meetingCode).then(
    (w) => w.to,
    () => today,
  );
  return { ...actor, areas: await coordinatorAreas(db, actor.id, day) };
}
