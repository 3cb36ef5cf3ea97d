import { doublePrecision, index, integer, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { belongsTo, instant, serialId } from '../../kernel/columns.js';
import { editedRow } from '../accounts/schema.js';
import { needs } from '../cooperation/schema.js';
import { reports } from '../reports/schema.js';
import { stateRef } from '../states/schema.js';

/** Where a request stands: a draft only its writers and the Analysis Group read; submitted; withdrawn. */
export const requestStatuses = ['draft', 'submitted', 'withdrawn'] as const;

/**
 * An extension request under Article 3 (stockpiles) or Article 4 (clearance), structured by the
 * elements the Convention requires (Art 3(4)(a)–(f), Art 4(6)(a)–(i)). Figures are as the State's
 * reports give them when the request was started (their sources in `extension_request_sources`),
 * then as the writers correct them. Unknown stays null, never 0.
 */
export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: serialId(),
    stateIso3: stateRef().notNull(),
    article: smallint('article').notNull(),
    status: text('status', { enum: requestStatuses }).notNull().default('draft'),
    /** (a) the duration asked, whole years, and the deadline it leads to. */
    durationYears: integer('duration_years'),
    requestedDeadline: text('requested_deadline'),
    /** The deadline in force when the request was started (partial dates as the registry keeps them). */
    currentDeadline: text('current_deadline'),
    /** (b) reasons; means available and required (financial and technical). */
    reasons: text('reasons'),
    meansAvailable: text('means_available'),
    meansRequired: text('means_required'),
    /** Art 4(6)(c) / Art 3(4)(c): work done and the plan for the work ahead. */
    workDone: text('work_done'),
    workPlanned: text('work_planned'),
    /** Art 4(6)(d)–(f): areas in m². */
    areaAtEntryIntoForce: doublePrecision('area_at_entry_into_force'),
    areaFoundSince: doublePrecision('area_found_since'),
    areaCleared: doublePrecision('area_cleared'),
    areaRemaining: doublePrecision('area_remaining'),
    /** Art 3(4)(d)–(f): quantities of cluster munitions and submunitions. */
    munitionsAtEntryIntoForce: integer('munitions_at_entry_into_force'),
    submunitionsAtEntryIntoForce: integer('submunitions_at_entry_into_force'),
    munitionsDestroyed: integer('munitions_destroyed'),
    submunitionsDestroyed: integer('submunitions_destroyed'),
    munitionsRemaining: integer('munitions_remaining'),
    submunitionsRemaining: integer('submunitions_remaining'),
    /** Art 3(4)(f): the annual destruction rate expected. */
    annualRate: doublePrecision('annual_rate'),
    /** Art 4(6)(g): what impeded progress and may impede it. */
    impediments: text('impediments'),
    /** Art 4(6)(h): humanitarian, social, economic and environmental implications. */
    implications: text('implications'),
    /** Art 4(6)(i), Art 3(4)(b) exceptional circumstances: anything else. */
    otherInformation: text('other_information'),
    /** Form I and the ledger, as pre-filled: the State's own resources and assistance received. */
    nationalResources: text('national_resources'),
    assistanceReceived: text('assistance_received'),
    /** Needs of the register the request points to (pre-filled from the open needs). */
    statedNeeds: text('stated_needs'),
    /** Set on submission: the day, the meeting that will consider it, the last day to be in time. */
    submittedOn: text('submitted_on'),
    meetingCode: text('meeting_code'),
    meetingStartsOn: text('meeting_starts_on'),
    submitBy: text('submit_by'),
    /** The obligation fact recorded in the registry on submission. */
    obligationEventId: integer('obligation_event_id'),
    withdrawnOn: text('withdrawn_on'),
    ...editedRow(),
  },
  (t) => [index('extension_requests_state_idx').on(t.stateIso3, t.article)],
);

/**
 * Where a pre-filled element came from: the report (its year and version), the form, the table and
 * rows, or the register; and the value as pre-filled, so a page shows when the writers changed it.
 */
export const extensionRequestSources = pgTable(
  'extension_request_sources',
  {
    id: serialId(),
    requestId: belongsTo('request_id', () => extensionRequests.id),
    field: text('field').notNull(),
    prefilledValue: text('prefilled_value'),
    reportId: integer('report_id').references(() => reports.id),
    reportYear: integer('report_year'),
    reportVersion: integer('report_version'),
    form: text('form'),
    tableName: text('table_name'),
    /** 1-based rows, comma-separated; empty for a single field. */
    rows: text('rows'),
    /** How the value was reached when it is computed or not from a report (`register`, `ledger`, a sum). */
    basis: text('basis'),
  },
  (t) => [uniqueIndex('extension_request_sources_field_idx').on(t.requestId, t.field)],
);

/** The costed work plan, one row per year and milestone. Money in `currency`; unknown stays null. */
export const extensionPlanRows = pgTable(
  'extension_plan_rows',
  {
    id: serialId(),
    requestId: belongsTo('request_id', () => extensionRequests.id),
    position: integer('position').notNull(),
    year: integer('year').notNull(),
    milestone: text('milestone').notNull(),
    /** m² (Article 4) or munitions (Article 3) planned in the year. */
    quantity: doublePrecision('quantity'),
    cost: doublePrecision('cost'),
    currency: text('currency'),
    nationalFunding: doublePrecision('national_funding'),
    externalFunding: doublePrecision('external_funding'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('extension_plan_rows_request_idx').on(t.requestId, t.position)],
);

/** The needs of the cooperation register a plan year's funding gap became (point 4 of issue 13). */
export const extensionRequestNeeds = pgTable(
  'extension_request_needs',
  {
    id: serialId(),
    requestId: belongsTo('request_id', () => extensionRequests.id),
    year: integer('year').notNull(),
    currency: text('currency').notNull(),
    needId: belongsTo('need_id', () => needs.id),
  },
  (t) => [uniqueIndex('extension_request_needs_year_idx').on(t.requestId, t.year, t.currency)],
);
