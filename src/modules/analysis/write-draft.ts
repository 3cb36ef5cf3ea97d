import { eq } from 'drizzle-orm';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { WriteDraftInput } from './inputs.js';
import { canWriteNotes, mayWriteNotesSomewhere } from './policy.js';
import { memberIds, replaceRow, requestIn } from './request.js';
import { analysisDrafts } from './schema.js';

/** A member writes the Group's draft analysis with its recommendation; each version is in the audit. */
export const writeDraft = defineVerb({
  name: 'analysis.writeDraft',
  input: WriteDraftInput,
  allow: mayWriteNotesSomewhere,
  permit: async (ctx, input) => canWriteNotes(ctx.actor, await memberIds(ctx.db, input.requestId)),
  async run(ctx, input) {
    const request = await requestIn(ctx, input.requestId);
    const row = {
      requestId: input.requestId,
      body: input.body,
      recommendation: input.recommendation,
      recommendationText: input.recommendationText ?? null,
      writtenAt: ctx.now,
      writtenBy: ctx.actor.label,
    };
    const before = await replaceRow(ctx, analysisDrafts, eq(analysisDrafts.requestId, input.requestId), row);
    return outcomeOn(
      { type: 'analysis_draft', id: input.requestId, stateIso3: request.iso3 },
      { requestId: input.requestId },
      { before, after: row },
    );
  },
});
