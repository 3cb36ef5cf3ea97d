import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from '../../kernel/columns.js';
import { userRef } from '../accounts/schema.js';
import { meetings } from '../calendar/schema.js';
import { stateRef } from '../states/schema.js';

/*
 * The progress module's tables: the judgements people record where the Convention uses judgement.
 * Figures themselves are never stored: they are computed from the data (compute.ts); what is stored
 * is what a person decided about them, with who decided, when and why. A judgement is never changed:
 * it is withdrawn (kept, with who withdrew it and why) and, if need be, recorded anew.
 */

/** What an assessor found: the State did it, did not, or did it in part. */
export const assessmentValues = ['yes', 'no', 'partly'] as const;
export type AssessmentValue = (typeof assessmentValues)[number];

/** What an assessment rests on: a row of the State's report, a statement at a meeting, or the assessor's judgement. */
export const assessmentBases = ['report', 'statement', 'judgement'] as const;
export type AssessmentBasis = (typeof assessmentBases)[number];

/**
 * One State's assessment on one indicator of one meeting's Progress Report, by the ISU or a
 * Coordinator. At most one is in force per meeting, indicator and State.
 */
export const indicatorAssessments = pgTable(
  'indicator_assessments',
  {
    id: serial('id').primaryKey(),
    meetingCode: text('meeting_code')
      .notNull()
      .references(() => meetings.code),
    indicatorId: text('indicator_id').notNull(),
    stateIso3: stateRef().notNull(),
    value: text('value', { enum: assessmentValues }).notNull(),
    basis: text('basis', { enum: assessmentBases }).notNull(),
    /** Where the basis is: "2022 report, Form F, row 3", a statement's address. */
    basisDetail: text('basis_detail'),
    note: text('note'),
    assessorId: userRef('assessor_id'),
    assessorLabel: text('assessor_label').notNull(),
    assessedAt: instant('assessed_at').notNull(),
    withdrawnAt: instant('withdrawn_at'),
    withdrawnBy: text('withdrawn_by'),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [
    uniqueIndex('indicator_assessments_in_force')
      .on(t.meetingCode, t.indicatorId, t.stateIso3)
      .where(sql`${t.withdrawnAt} is null`),
    index('indicator_assessments_meeting_idx').on(t.meetingCode, t.indicatorId),
  ],
);

/**
 * A figure agreed for one indicator of one meeting's Progress Report that overrides the computed
 * one; the reason is mandatory. At most one is in force per meeting and indicator.
 */
export const figureOverrides = pgTable(
  'figure_overrides',
  {
    id: serial('id').primaryKey(),
    meetingCode: text('meeting_code')
      .notNull()
      .references(() => meetings.code),
    indicatorId: text('indicator_id').notNull(),
    value: integer('value').notNull(),
    denominator: integer('denominator'),
    reason: text('reason').notNull(),
    agreedById: userRef('agreed_by_id'),
    agreedByLabel: text('agreed_by_label').notNull(),
    agreedAt: instant('agreed_at').notNull(),
    withdrawnAt: instant('withdrawn_at'),
    withdrawnBy: text('withdrawn_by'),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [
    check('figure_overrides_reason', sql`length(trim(${t.reason})) > 0`),
    check('figure_overrides_value', sql`${t.value} >= 0`),
    check('figure_overrides_denominator', sql`${t.denominator} is null or ${t.denominator} >= ${t.value}`),
    uniqueIndex('figure_overrides_in_force')
      .on(t.meetingCode, t.indicatorId)
      .where(sql`${t.withdrawnAt} is null`),
  ],
);
export * from './narrative/schema.js';
