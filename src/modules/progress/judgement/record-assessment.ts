import { defineVerb } from '../../../kernel/verb.js';
import { indicatorAssessments } from '../schema.js';
import { RecordAssessmentInput } from './inputs.js';
import { assessmentInForce, judging, knownState, meetingWithWindow, supersede } from './write.js';

/**
 * Records how a State stands on an indicator of a meeting's Progress Report: yes, no or partly, on
 * what basis, with a note. An assessment already in force for that State is withdrawn (kept in the
 * history) and replaced.
 */
export const recordAssessment = defineVerb({
  name: 'progress.recordAssessment',
  input: RecordAssessmentInput,
  ...judging,
  async run(ctx, input) {
    const meeting = await meetingWithWindow(ctx, input.meeting);
    await knownState(ctx, input.stateIso3);
    const previous = await assessmentInForce(ctx, meeting, input.indicatorId, input.stateIso3);
    const audit = await supersede(ctx, indicatorAssessments, previous);
    const values = {
      meetingCode: meeting,
      indicatorId: input.indicatorId,
      stateIso3: input.stateIso3,
      value: input.value,
      basis: input.basis,
      basisDetail: input.basisDetail,
      note: input.note,
      assessorId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      assessorLabel: ctx.actor.label,
      assessedAt: ctx.now,
    };
    const [row] = await ctx.db
      .insert(indicatorAssessments)
      .values(values)
      .returning({ id: indicatorAssessments.id });
    audit.push({
      subjectType: 'indicator_assessment',
      subjectId: String(row!.id),
      stateIso3: input.stateIso3,
      after: values,
    });
    return { result: { id: row!.id, replaced: previous?.id ?? null }, audit };
  },
});
