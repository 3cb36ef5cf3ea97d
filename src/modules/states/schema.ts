import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { instant } from '../../kernel/columns.js';

/**
 * The States registry. Entry into force and every treaty deadline are computed from the dates
 * here by rules.ts, never stored, so correcting a date corrects every deadline that follows from it.
 */
export const states = pgTable(
  'states',
  {
    iso3: text('iso3').primaryKey(),
    name: text('name').notNull(),
    unRegion: text('un_region').notNull(),
    ccmStatus: text('ccm_status', { enum: ['state_party', 'signatory', 'not_party', 'withdrawn'] }).notNull(),
    signatureDate: text('signature_date'),
    provisionalApplicationDate: text('provisional_application_date'),
    instrumentDate: text('instrument_date'),
    instrumentType: text('instrument_type'),
    withdrawalNotified: text('withdrawal_notified'),
    withdrawalEffective: text('withdrawal_effective'),
    apmbcStatus: text('apmbc_status', { enum: ['state_party', 'not_party', 'withdrawn'] }).notNull(),
    apmbcInstrumentDate: text('apmbc_instrument_date'),
    apmbcInstrumentType: text('apmbc_instrument_type'),
    notes: text('notes'),
    sources: jsonb('sources').$type<string[]>().notNull().default([]),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [check('states_iso3_format', sql`${t.iso3} ~ '^[A-Z]{3}$'`)],
);

/** A column naming a State by its ISO3 code (`state_iso3` unless named otherwise), a reference to the registry. */
export const stateRef = (name = 'state_iso3') => text(name).references(() => states.iso3);

/** A treaty obligation of one State under one Article. Its status and deadline derive from its events. */
export const obligations = pgTable(
  'obligations',
  {
    id: serial('id').primaryKey(),
    stateIso3: stateRef().notNull(),
    article: smallint('article').notNull(),
    basis: text('basis'),
    source: text('source'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    unique('obligations_state_article').on(t.stateIso3, t.article),
    check('obligations_article', sql`${t.article} in (3, 4, 5, 7)`),
  ],
);

/** The history of an obligation: append-only facts, each with its source and whether it is confirmed. */
export const obligationEvents = pgTable(
  'obligation_events',
  {
    id: serial('id').primaryKey(),
    obligationId: integer('obligation_id')
      .notNull()
      .references(() => obligations.id),
    kind: text('kind', {
      enum: [
        'extension_requested',
        'extension_decided',
        'completion_declared',
        'obligation_reopened',
        'initial_report_submitted',
      ],
    }).notNull(),
    occurredOn: text('occurred_on'),
    meeting: text('meeting'),
    requestedDeadline: text('requested_deadline'),
    outcome: text('outcome', { enum: ['granted', 'granted_shorter', 'refused'] }),
    newDeadline: text('new_deadline'),
    confirmed: boolean('confirmed').notNull(),
    note: text('note'),
    source: text('source'),
    referenceKey: text('reference_key').unique(),
    recordedAt: instant('recorded_at').notNull(),
    recordedBy: text('recorded_by'),
  },
  (t) => [index('obligation_events_obligation_idx').on(t.obligationId)],
);
