import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant, serialId } from '../../kernel/columns.js';
import { verbColumns } from '../../kernel/schema-columns.js';
import { userRef } from '../accounts/schema.js';
import { meetingRef } from '../calendar/schema.js';
import { stateRef } from '../states/schema.js';

/*
 * The progress module's tables: the judgements people record where the Convention uses judgement,
 * and (below) the narrative people write and the versions the ISU issues.
 * Figures themselves are never stored: they are computed from the data (compute.ts); what is stored
 * is what a person decided about them, with who decided, when and why. A judgement is never changed:
 * it is withdrawn (kept, with who withdrew it and why) and, if need be, recorded anew.
 */

/** The columns every table here starts with: its own id and the meeting whose Progress Report it is about. */
const meetingRow = () => ({
  id: serialId(),
  meetingCode: meetingRef().notNull(),
});

/** A judgement withdrawn: when, by whom and why (all null while it is in force). */
const withdrawal = () => ({
  withdrawnAt: instant('withdrawn_at'),
  withdrawnBy: text('withdrawn_by'),
  withdrawalReason: text('withdrawal_reason'),
});

/** Who did it (their account, and their name as the report shows it) and when. */
const signedBy = <V extends string>(verb: V) =>
  verbColumns(verb, (name) => ({
    ById: userRef(name('by_id')),
    ByLabel: text(name('by_label')).notNull(),
    At: instant(name('at')).notNull(),
  }));

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
    ...meetingRow(),
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
    ...withdrawal(),
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
    ...meetingRow(),
    indicatorId: text('indicator_id').notNull(),
    value: integer('value').notNull(),
    denominator: integer('denominator'),
    reason: text('reason').notNull(),
    ...signedBy('agreed'),
    ...withdrawal(),
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

/*
 * The Progress Report's narrative and versions. Generated paragraphs are computed from the figures
 * and never stored; what is stored is what people wrote (a Coordinator's or the President's
 * paragraph, a section's questions for discussion) and, when the ISU circulates or finalises the
 * report, the whole report as it stood.
 */

/** Who writes a paragraph: the Coordinators of the section's area, or the President. */
export const narrativeAuthorRoles = ['coordinator', 'president'] as const;
export type NarrativeAuthorRole = (typeof narrativeAuthorRoles)[number];

/** A written paragraph is a draft until its author role agrees it. */
export const narrativeStatuses = ['draft', 'agreed'] as const;
export type NarrativeStatus = (typeof narrativeStatuses)[number];

/** A paragraph, or the section's questions for discussion. */
export const narrativeKinds = ['paragraph', 'questions'] as const;
export type NarrativeKind = (typeof narrativeKinds)[number];

/**
 * One revision of a written paragraph (or of a section's questions) of a meeting's Progress Report.
 * A revision is never changed: writing or agreeing adds the next one and marks the one before as
 * superseded, so the whole history stays. At most one is current per meeting, section and key.
 */
export const progressNarrative = pgTable(
  'progress_narrative',
  {
    ...meetingRow(),
    section: text('section').notNull(),
    key: text('key').notNull(),
    kind: text('kind', { enum: narrativeKinds }).notNull(),
    authorRole: text('author_role', { enum: narrativeAuthorRoles }).notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: narrativeStatuses }).notNull(),
    /** 1 for the first text written, then one more for each write or agreement. */
    revision: integer('revision').notNull(),
    ...signedBy('written'),
    supersededAt: instant('superseded_at'),
  },
  (t) => [
    check('progress_narrative_text', sql`length(trim(${t.text})) > 0`),
    check('progress_narrative_revision', sql`${t.revision} >= 1`),
    uniqueIndex('progress_narrative_revision_key').on(t.meetingCode, t.section, t.key, t.revision),
    uniqueIndex('progress_narrative_current')
      .on(t.meetingCode, t.section, t.key)
      .where(sql`${t.supersededAt} is null`),
  ],
);

/** A frozen version is circulated (for comment) or final (cannot change any more). */
export const reportVersionStatuses = ['circulated', 'final'] as const;
export type ReportVersionStatus = (typeof reportVersionStatuses)[number];

/**
 * A version of a meeting's Progress Report frozen by the ISU: every figure (computed, assessed,
 * agreed, shown) and every paragraph (generated and written) as they stood, as JSON. Numbered 1, 2 …
 * per meeting; at most one final version per meeting, after which nothing of the report changes.
 */
export const progressReportVersions = pgTable(
  'progress_report_versions',
  {
    ...meetingRow(),
    number: integer('number').notNull(),
    status: text('status', { enum: reportVersionStatuses }).notNull(),
    content: jsonb('content').notNull(),
    note: text('note'),
    ...signedBy('issued'),
  },
  (t) => [
    check('progress_report_versions_number', sql`${t.number} >= 1`),
    uniqueIndex('progress_report_versions_number_key').on(t.meetingCode, t.number),
    uniqueIndex('progress_report_versions_one_final').on(t.meetingCode).where(sql`${t.status} = 'final'`),
    index('progress_report_versions_meeting_idx').on(t.meetingCode),
  ],
);
