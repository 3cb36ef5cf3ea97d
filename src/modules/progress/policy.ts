import type { Actor } from '../../kernel/actor.js';
import { definePermissions } from '../../kernel/permissions.js';

/** The progress module's rows of the permission table (decision 017). */
export const progressPermissions = definePermissions({
  /**
   * Judging where the Convention uses judgement: recording and withdrawing an assessment of a
   * State on an indicator, agreeing a figure that overrides the computed one. The ISU and the
   * Coordinators; never a focal point (a State does not assess itself) nor a partner.
   */
  'progress.judge': { grants: { isu: 'any', coordinator: 'any', system: 'any' } },
});

/** Whether the actor may judge some indicator (the coarse check, before the indicator is known). */
export const canJudgeProgress = (a: Actor): boolean => progressPermissions.may(a, 'progress.judge');

/**
 * Whether the actor may judge this indicator. The one place the check on the subject is made: when
 * a Coordinator's thematic areas are known from the office holders, it narrows to the indicators
 * of the Coordinator's area here, and every verb and form follows.
 */
export const canJudgeIndicator = (a: Actor, _indicatorId: string): boolean => canJudgeProgress(a);
