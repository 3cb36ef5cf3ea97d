import { z } from 'zod';
import { optionalText } from '../../kernel/fields.js';
import { rowId } from '../../kernel/ids.js';
import { elementMarks, planMarks } from './elements.js';

const requestId = rowId;
const text = (max: number) =>
  z.string({ message: 'errors:required' }).trim().min(1, 'errors:required').max(max, 'errors:tooLong');

export const memberRoles = ['area_coordinator', 'cooperation_coordinator', 'presidency'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** The ISU adds an account to a request's Analysis Group (the first member forms the group). */
export const AddMemberInput = z.object({
  requestId,
  userId: text(100),
  role: z.enum(memberRoles, { message: 'analysis:errors.role' }),
});
export type AddMemberInput = z.infer<typeof AddMemberInput>;

export const AskQuestionInput = z.object({ requestId, body: text(5000) });
export const AnswerQuestionInput = z.object({
  requestId,
  questionId: rowId,
  body: text(10000),
});

export const SetChecklistItemInput = z.object({
  requestId,
  element: text(20),
  mark: z.enum([...elementMarks, ...planMarks] as [string, ...string[]], { message: 'analysis:errors.mark' }),
  note: optionalText(2000),
});
export type SetChecklistItemInput = z.infer<typeof SetChecklistItemInput>;

export const recommendations = ['grant', 'grant_with_conditions', 'other'] as const;
export const WriteDraftInput = z
  .object({
    requestId,
    body: text(50000),
    recommendation: z.enum(recommendations, { message: 'analysis:errors.recommendation' }),
    recommendationText: optionalText(5000),
  })
  .superRefine((v, ctx) => {
    if (v.recommendation !== 'grant' && !v.recommendationText)
      ctx.addIssue({
        code: 'custom',
        path: ['recommendationText'],
        message: 'analysis:errors.recommendationTextRequired',
      });
  });
