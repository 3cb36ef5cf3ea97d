import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { belongsTo, instant, serialId } from '../../kernel/columns.js';
import { verbColumns } from '../../kernel/schema-columns.js';
import { users } from '../accounts/schema.js';
import { obligationEvents } from '../states/schema.js';

/*
 * The Analysis Group's workspace, one per extension request. Every table is keyed on the request
 * as the states module records it: an obligation event of kind `extension_requested`.
 */

/** When someone did something in the workspace and who (a user id), both required. */
const doneByMember = <V extends string>(verb: V) =>
  verbColumns(verb, (name) => ({ At: instant(name('at')).notNull(), By: text(name('by')).notNull() }));

/** Who wrote a question or an answer (a user id, and their name as it was then) and when. */
const signed = <V extends string>(verb: V) =>
  verbColumns(verb, (name) => ({
    By: text(name('by')).notNull(),
    ByName: text(name('by_name')).notNull(),
    At: instant(name('at')).notNull(),
  }));

/** The members of a request's Analysis Group: accounts, each with its role in the group. */
export const analysisMembers = pgTable(
  'analysis_members',
  {
    requestId: belongsTo('request_id', () => obligationEvents.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['area_coordinator', 'cooperation_coordinator', 'presidency'] }).notNull(),
    ...doneByMember('added'),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.userId] })],
);

/** A question the Group sends to the requesting State, kept with the request. */
export const analysisQuestions = pgTable(
  'analysis_questions',
  {
    id: serialId(),
    requestId: belongsTo('request_id', () => obligationEvents.id),
    body: text('body').notNull(),
    ...signed('asked'),
  },
  (t) => [index('analysis_questions_request_idx').on(t.requestId)],
);

/** The requesting State's answer to a question (its focal point, or the ISU for it). */
export const analysisAnswers = pgTable(
  'analysis_answers',
  {
    id: serialId(),
    questionId: belongsTo('question_id', () => analysisQuestions.id),
    body: text('body').notNull(),
    ...signed('answered'),
  },
  (t) => [index('analysis_answers_question_idx').on(t.questionId)],
);

/**
 * The checklist: whether the request provides each element the Convention requires (Art 3(4) or
 * Art 4(6)), and the two plan checks (costed, multi-year). One row per element; the latest mark wins.
 */
export const analysisChecklist = pgTable(
  'analysis_checklist',
  {
    requestId: belongsTo('request_id', () => obligationEvents.id),
    element: text('element').notNull(),
    mark: text('mark', { enum: ['provided', 'partly', 'not_provided', 'yes', 'no'] }).notNull(),
    note: text('note'),
    ...doneByMember('marked'),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.element] })],
);

/** The Group's draft analysis and its recommendation; rewritten whole, the audit keeps each version. */
export const analysisDrafts = pgTable('analysis_drafts', {
  requestId: integer('request_id')
    .primaryKey()
    .references(() => obligationEvents.id),
  body: text('body').notNull(),
  recommendation: text('recommendation', { enum: ['grant', 'grant_with_conditions', 'other'] }).notNull(),
  recommendationText: text('recommendation_text'),
  ...doneByMember('written'),
});
