import { and, eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { checklistKeys, elementMarks, isPlanCheck, planMarks } from './elements.js';
import { SetChecklistItemInput } from './inputs.js';
import { canWriteNotes, mayWriteNotesSomewhere } from './policy.js';
import { memberIds, replaceRow, requestIn } from './request.js';
import { analysisChecklist } from './schema.js';

/**
 * A member marks one element of the checklist: a required element provided, partly or not
 * provided; the plan costed or multi-year yes, partly or no. The latest mark replaces the last.
 */
export const setChecklistItem = defineVerb({
  name: 'analysis.setChecklistItem',
  input: SetChecklistItemInput,
  allow: mayWriteNotesSomewhere,
  permit: async (ctx, input) => canWriteNotes(ctx.actor, await memberIds(ctx.db, input.requestId)),
  async run(ctx, input) {
    const request = await requestIn(ctx, input.requestId);
    if (!checklistKeys(request.article).includes(input.element))
      throw new ValidationError({ element: ['analysis:errors.element'] });
    const marks: readonly string[] = isPlanCheck(input.element) ? planMarks : elementMarks;
    if (!marks.includes(input.mark)) throw new ValidationError({ mark: ['analysis:errors.mark'] });
    const where = and(
      eq(analysisChecklist.requestId, input.requestId),
      eq(analysisChecklist.element, input.element),
    );
    const row = {
      requestId: input.requestId,
      element: input.element,
      mark: input.mark as (typeof analysisChecklist.$inferInsert)['mark'],
      note: input.note ?? null,
      markedAt: ctx.now,
      markedBy: ctx.actor.label,
    };
    const before = await replaceRow(ctx, analysisChecklist, where, row);
    return outcomeOn(
      { type: 'analysis_checklist', id: `${input.requestId}:${input.element}`, stateIso3: request.iso3 },
      { requestId: input.requestId, element: input.element },
      { before, after: row },
    );
  },
});
