import { defineVerb } from '../../kernel/verb.js';
import { AskQuestionInput } from './inputs.js';
import { canAsk, mayAskSomewhere } from './policy.js';
import { memberIds, requestIn } from './request.js';
import { analysisQuestions } from './schema.js';

/** A member of the Group (or the ISU) sends a question to the requesting State. */
export const askQuestion = defineVerb({
  name: 'analysis.askQuestion',
  input: AskQuestionInput,
  allow: mayAskSomewhere,
  permit: async (ctx, input) => canAsk(ctx.actor, await memberIds(ctx.db, input.requestId)),
  async run(ctx, input) {
    const request = await requestIn(ctx, input.requestId);
    const row = {
      requestId: input.requestId,
      body: input.body,
      askedBy: ctx.actor.id ?? ctx.actor.label,
      askedByName: ctx.actor.label,
      askedAt: ctx.now,
    };
    const [inserted] = await ctx.db
      .insert(analysisQuestions)
      .values(row)
      .returning({ id: analysisQuestions.id });
    const id = inserted?.id as number;
    return {
      result: { id },
      audit: [
        { subjectType: 'analysis_question', subjectId: String(id), stateIso3: request.iso3, after: row },
      ],
    };
  },
});
