import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { belongsTo, createdUpdated, instant, serialId } from '../../kernel/columns.js';
import { doneByUser, userRef } from '../accounts/schema.js';
import { stateRef } from '../states/schema.js';
import type { FormCode, ReportContent } from './template/types.js';

/**
 * The template's words that other modules' columns store (Forms I and J: areas, types, currencies)
 * and the rule a Form J row obeys, which a need obeys too. Pure data and rules, so a module's schema
 * can import them without loading the reports module.
 */
export { needRowIssues } from './template/need-row.js';
export { assistanceTypes, cooperationAreas, currencies } from './template/template-2010.js';

export type FormRevisions = Partial<Record<FormCode, number>>;

/** One Article 7 report per State per reporting year (the calendar year it covers). */
export const reports = pgTable(
  'reports',
  {
    id: serialId(),
    stateIso3: stateRef().notNull(),
    year: smallint('year').notNull(),
    kind: text('kind', { enum: ['initial', 'annual', 'voluntary'] }).notNull(),
    /** Demonstration data, not a State's report: every page, export and API answer showing it says so. */
    demonstration: boolean('demonstration').notNull().default(false),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    unique('reports_state_year').on(t.stateIso3, t.year),
    check('reports_year', sql`${t.year} between 2009 and 2100`),
  ],
);

/**
 * The versions of a report. At most one draft at a time; a submitted version's content never
 * changes. An amendment is a new version; when it is submitted the one it replaces becomes
 * superseded. The ISU may recall a submission: it stops counting as submitted (status recalled)
 * and a new draft continues from it.
 */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: serialId(),
    reportId: belongsTo('report_id', () => reports.id),
    number: smallint('number').notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'superseded', 'recalled'] }).notNull(),
    templateId: text('template_id').notNull(),
    content: jsonb('content').$type<ReportContent>().notNull(),
    /** Incremented by every save of a draft: two editors never silently overwrite each other. */
    lockVersion: integer('lock_version').notNull().default(0),
    /**
     * Per form, the lockVersion its last write produced, so two people editing different forms of
     * one draft do not collide. Null on drafts made before this was kept: every save then checks
     * the whole version, as it did.
     */
    formRevisions: jsonb('form_revisions').$type<FormRevisions>(),
    /** How the report reached the Convention: typed online by the State, or keyed in by the ISU. */
    channel: text('channel', { enum: ['online', 'email', 'post', 'other'] }),
    receivedOn: text('received_on'),
    prefilledFromVersionId: integer('prefilled_from_version_id').references(
      (): AnyPgColumn => reportVersions.id,
    ),
    createdBy: userRef('created_by'),
    ...createdUpdated(),
    ...doneByUser('submitted'),
  },
  (t) => [
    unique('report_versions_number').on(t.reportId, t.number),
    index('report_versions_report_idx').on(t.reportId),
    uniqueIndex('report_versions_one_draft').on(t.reportId).where(sql`${t.status} = 'draft'`),
    // At most one version stands as the State's report at any time.
    uniqueIndex('report_versions_one_submitted').on(t.reportId).where(sql`${t.status} = 'submitted'`),
    check(
      'report_versions_delivery',
      sql`${t.status} = 'draft' or (${t.channel} is not null and ${t.receivedOn} is not null)`,
    ),
    check('report_versions_submitted', sql`${t.status} = 'draft' or ${t.submittedAt} is not null`),
  ],
);

/**
 * A consistency warning (checks/checks.ts) the State or the ISU confirmed: the figures are as the
 * State reported them. Keyed by the warning's rule, place and figures, on the report rather than a
 * version, so an amendment with the same figures stays confirmed and changed figures ask again.
 */
export const reportWarningConfirmations = pgTable(
  'report_warning_confirmations',
  {
    id: serialId(),
    reportId: belongsTo('report_id', () => reports.id),
    warningKey: text('warning_key').notNull(),
    /** Why the figures stand (optional): "the total is the national estimate, the rows surveyed areas". */
    note: text('note'),
    confirmedBy: userRef('confirmed_by'),
    confirmedAt: instant('confirmed_at').notNull(),
  },
  (t) => [unique('report_warning_confirmations_key').on(t.reportId, t.warningKey)],
);
