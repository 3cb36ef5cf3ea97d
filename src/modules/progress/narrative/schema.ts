import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from '../../../kernel/columns.js';
import { userRef } from '../../accounts/schema.js';
import { meetings } from '../../calendar/schema.js';

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
    id: serial('id').primaryKey(),
    meetingCode: text('meeting_code')
      .notNull()
      .references(() => meetings.code),
    section: text('section').notNull(),
    key: text('key').notNull(),
    kind: text('kind', { enum: narrativeKinds }).notNull(),
    authorRole: text('author_role', { enum: narrativeAuthorRoles }).notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: narrativeStatuses }).notNull(),
    /** 1 for the first text written, then one more for each write or agreement. */
    revision: integer('revision').notNull(),
    writtenById: userRef('written_by_id'),
    writtenByLabel: text('written_by_label').notNull(),
    writtenAt: instant('written_at').notNull(),
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
    id: serial('id').primaryKey(),
    meetingCode: text('meeting_code')
      .notNull()
      .references(() => meetings.code),
    number: integer('number').notNull(),
    status: text('status', { enum: reportVersionStatuses }).notNull(),
    content: jsonb('content').notNull(),
    note: text('note'),
    issuedById: userRef('issued_by_id'),
    issuedByLabel: text('issued_by_label').notNull(),
    issuedAt: instant('issued_at').notNull(),
  },
  (t) => [
    check('progress_report_versions_number', sql`${t.number} >= 1`),
    uniqueIndex('progress_report_versions_number_key').on(t.meetingCode, t.number),
    uniqueIndex('progress_report_versions_one_final').on(t.meetingCode).where(sql`${t.status} = 'final'`),
    index('progress_report_versions_meeting_idx').on(t.meetingCode),
  ],
);
