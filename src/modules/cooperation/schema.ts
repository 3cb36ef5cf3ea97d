import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { belongsTo, createdUpdated, instant, serialId } from '../../kernel/columns.js';
import { doneBy, jsonList } from '../../kernel/schema-columns.js';
import { doneByUser, editedRow, userRef } from '../accounts/schema.js';
import { actionItems } from '../calendar/schema.js';
import { reports } from '../reports/schema.js';
import { stateRef } from '../states/schema.js';
import {
  areas,
  assistanceTypes,
  ledgerStatuses,
  responseStages,
  reviewStates,
  storedLedgerOrigins,
  storedNeedStatuses,
} from './shared/vocabulary.js';

/** Money as reported: amounts are whole or two-decimal figures well inside a double's exact range. */
const money = (name: string) => doublePrecision(name);

/**
 * A State's need for assistance. Most come from Form J rows of submitted reports (origin `report`,
 * with the row behind them); a State or the ISU may add or update one between reports (origin
 * `direct`). A need lapses when not confirmed for 12 months or when a later annual report leaves it
 * out; that is computed from `last_confirmed_on`, never stored.
 */
export const needs = pgTable(
  'needs',
  {
    id: serialId(),
    stateIso3: stateRef().notNull(),
    origin: text('origin', { enum: ['report', 'direct'] }).notNull(),
    area: text('area', { enum: areas }).notNull(),
    type: text('type', { enum: assistanceTypes }),
    description: text('description').notNull(),
    activitiesTimeframe: text('activities_timeframe'),
    estimatedCost: money('estimated_cost'),
    currency: text('currency'),
    nationalContribution: money('national_contribution'),
    planReference: text('plan_reference'),
    status: text('status', { enum: storedNeedStatuses }).notNull().default('open'),
    /** The State agreed that the public may see this need. Without it, only signed-in people do. */
    isPublic: boolean('is_public').notNull().default(false),
    /** Area and description normalised: how a row of next year's report is recognised as this need. */
    matchKey: text('match_key').notNull(),
    /** The report row it was last read from (a need follows the State's latest report). */
    sourceReportId: integer('source_report_id').references(() => reports.id),
    sourceVersion: smallint('source_version'),
    sourceRow: smallint('source_row'),
    /** ISO day of the last confirmation: the report's day of receipt, or the click that reconfirmed it. */
    lastConfirmedOn: text('last_confirmed_on').notNull(),
    ...editedRow(),
  },
  (t) => [
    unique('needs_state_match').on(t.stateIso3, t.matchKey),
    index('needs_state_idx').on(t.stateIso3),
    check(
      'needs_report_source',
      sql`${t.origin} = 'direct' or (${t.sourceReportId} is not null and ${t.sourceRow} is not null)`,
    ),
  ],
);

/**
 * A partner's declared capacity: what it can help with, where, how, and roughly how much a year.
 * Owned by the partner (a donor State or an organisation, `owner_key`); lapses like a need.
 */
export const offers = pgTable(
  'offers',
  {
    id: serialId(),
    /** `state:DEU` or `org:<organisation>`: the partner, whichever of its people acts. */
    ownerKey: text('owner_key').notNull(),
    partnerIso3: stateRef('partner_iso3'),
    organisation: text('organisation'),
    title: text('title').notNull(),
    areas: jsonList('areas'),
    types: jsonList('types'),
    /** UN M49 region names as in the States registry. */
    priorityRegions: jsonList('priority_regions'),
    priorityStates: jsonList('priority_states'),
    multiYear: boolean('multi_year').notNull().default(false),
    annualAmount: money('annual_amount'),
    currency: text('currency'),
    contact: text('contact').notNull(),
    status: text('status', { enum: ['active', 'withdrawn'] })
      .notNull()
      .default('active'),
    lastConfirmedOn: text('last_confirmed_on').notNull(),
    ...editedRow(),
  },
  (t) => [index('offers_owner_idx').on(t.ownerKey)],
);

/** US dollars per unit of a currency in a year, kept by the ISU with where the rate came from. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    year: smallint('year').notNull(),
    usdPerUnit: doublePrecision('usd_per_unit').notNull(),
    source: text('source').notNull(),
    setBy: userRef('set_by'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.currency, t.year] }),
    check('exchange_rates_positive', sql`${t.usdPerUnit} > 0`),
  ],
);

/** One uploaded IATI activity file: what it held and what it added. */
export const iatiImports = pgTable('iati_imports', {
  id: serialId(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  iatiVersion: text('iati_version'),
  /** The sectors the uploader asked for (DAC 5-digit codes); 15250 by default. */
  sectors: jsonList('sectors'),
  activitiesRead: integer('activities_read').notNull(),
  activitiesKept: integer('activities_kept').notNull(),
  entriesAdded: integer('entries_added').notNull(),
  entriesAlreadyKnown: integer('entries_already_known').notNull(),
  /** Entries not proposed because the other end of the same money had been proposed first (IATI README). */
  entriesReportedByOtherSide: integer('entries_reported_by_other_side').notNull().default(0),
  uploadedBy: userRef('uploaded_by'),
  createdAt: instant('created_at').notNull(),
});

/**
 * Ledger entries that do not come from a report row: proposed from an IATI file, keyed in by the
 * ISU, or created when a recipient confirms a delivery. Report rows are read from the reports
 * themselves and never copied here.
 */
export const assistanceEntries = pgTable(
  'assistance_entries',
  {
    id: serialId(),
    origin: text('origin', { enum: storedLedgerOrigins }).notNull(),
    review: text('review', { enum: reviewStates }).notNull(),
    providerIso3: stateRef('provider_iso3'),
    /** The provider as named (a State's name or an organisation). */
    providerName: text('provider_name').notNull(),
    recipientIso3: stateRef('recipient_iso3').notNull(),
    year: smallint('year').notNull(),
    area: text('area', { enum: areas }).notNull(),
    type: text('type', { enum: assistanceTypes }),
    amount: money('amount'),
    currency: text('currency'),
    status: text('status', { enum: ledgerStatuses }).notNull(),
    channel: text('channel'),
    inResponseToRequest: boolean('in_response_to_request').notNull().default(false),
    needId: integer('need_id').references(() => needs.id),
    note: text('note'),
    iatiImportId: integer('iati_import_id').references(() => iatiImports.id),
    iatiActivityId: text('iati_activity_id'),
    /** Identifies the transaction inside the activity: its ref, else type, date and value. */
    iatiTransactionKey: text('iati_transaction_key'),
    /**
     * IATI entries: who vouched that the publisher named as provider published it: `publisher` (the
     * uploader speaks for it) or `isu` (the ISU uploaded it). Null for other origins.
     */
    iatiAttribution: text('iati_attribution', { enum: ['publisher', 'isu'] }),
    /** IATI entries: the DAC 5-digit sector the amount was taken for ('' when the activity names none). */
    iatiSector: text('iati_sector'),
    /** IATI entries: the part of the transaction's value in this entry (country share × sector share), 0–1. */
    iatiShare: doublePrecision('iati_share'),
    /**
     * IATI entries: the activity at the other end of the money as the file names it (the donor's
     * activity a fund's incoming money came from, or the activity a donor's own money went to), else
     * null. The same money reported from both ends is proposed once (iati/pairing.ts).
     */
    iatiCounterpartActivityId: text('iati_counterpart_activity_id'),
    /** Bumped by every write, as for needs. */
    version: integer('version').notNull().default(0),
    createdBy: userRef('created_by'),
    createdAt: instant('created_at').notNull(),
    ...doneByUser('reviewed'),
  },
  (t) => [
    // One live entry per IATI transaction; a rejected one no longer holds the place, so a wrong
    // attribution refused at review never blocks the real publisher's import (iati/import-iati-file.ts).
    uniqueIndex('assistance_entries_iati_transaction')
      .on(t.iatiActivityId, t.iatiTransactionKey)
      .where(sql`${t.origin} = 'iati' and ${t.review} <> 'rejected'`),
    index('assistance_entries_recipient_idx').on(t.recipientIso3, t.year),
    index('assistance_entries_provider_idx').on(t.providerIso3, t.year),
    check('assistance_entries_year', sql`${t.year} between 1990 and 2100`),
    check(
      'assistance_entries_iati_key',
      sql`${t.origin} <> 'iati' or (${t.iatiActivityId} is not null and ${t.iatiTransactionKey} is not null)`,
    ),
  ],
);

/**
 * A partner's response to a need: interest, then commitment, then delivered; the recipient State
 * confirms delivery, which creates or links the ledger entry and moves the need's status.
 */
export const needResponses = pgTable(
  'need_responses',
  {
    id: serialId(),
    needId: belongsTo('need_id', () => needs.id),
    ownerKey: text('owner_key').notNull(),
    partnerIso3: stateRef('partner_iso3'),
    organisation: text('organisation'),
    offerId: integer('offer_id').references(() => offers.id),
    stage: text('stage', { enum: responseStages }).notNull(),
    amount: money('amount'),
    currency: text('currency'),
    note: text('note'),
    deliveredOn: text('delivered_on'),
    ledgerEntryId: integer('ledger_entry_id').references(() => assistanceEntries.id),
    ...doneByUser('confirmed'),
    createdBy: userRef('created_by'),
    ...createdUpdated(),
  },
  (t) => [
    index('need_responses_need_idx').on(t.needId),
    // One open response per partner and need: a second click continues the first.
    // Once a delivery is confirmed (or the response withdrawn) the partner may answer again.
    uniqueIndex('need_responses_one_open')
      .on(t.needId, t.ownerKey)
      .where(sql`${t.stage} not in ('withdrawn', 'confirmed')`),
  ],
);

/**
 * The needs a meeting's action item concerns: the ISU links an action item of the calendar to the
 * needs of the register it is about. The link is cooperation's; the action item stays the calendar's.
 */
export const actionItemNeeds = pgTable(
  'action_item_needs',
  {
    actionItemId: belongsTo('action_item_id', () => actionItems.id),
    needId: belongsTo('need_id', () => needs.id),
    ...doneBy('linked'),
  },
  (t) => [
    primaryKey({ columns: [t.actionItemId, t.needId] }),
    index('action_item_needs_need_idx').on(t.needId),
  ],
);
