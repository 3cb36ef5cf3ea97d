import { and, eq } from 'drizzle-orm';
import { NotFoundError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { AnswerQuestionInput } from './inputs.js';
import { canAnswer, mayAnswerSomewhere } from './policy.js';
import { requestIn } from './request.js';
import { analysisAnswers, analysisQuestions } from './schema.js';

/** The requesting State answers a question of the Group: its focal point, or the ISU for it. */
export const answerQuestion = defineVerb({
  name: 'analysis.answerQuestion',
  input: AnswerQuestionInput,
  allow: mayAnswerSomewhere,
  permit: async (ctx, input) => canAnswer(ctx.actor, (await requestIn(ctx, input.requestId)).iso3),
  async run(ctx, input) {
    const request = await requestIn(ctx, input.requestId);
    const [question] = await ctx.db
      .select({ id: analysisQuestions.id })
      .from(analysisQuestions)
      .where(
        and(eq(analysisQuestions.id, input.questionId), eq(analysisQuestions.requestId, input.requestId)),
      );
    if (!question) throw new NotFoundError('analysis_question', String(input.questionId));
    const row = {
      questionId: question.id,
      body: input.body,
      answeredBy: ctx.actor.id ?? ctx.actor.label,
      answeredByName: ctx.actor.label,
      answeredAt: ctx.now,
    };
    const [inserted] = await ctx.db.insert(analysisAnswers).values(row).returning({ id: analysisAnswers.id });
    const id = inserted?.id as number;
    return outcomeOn({ type: 'analysis_answer', id, stateIso3: request.iso3 }, { id }, { after: row });
  },
});
