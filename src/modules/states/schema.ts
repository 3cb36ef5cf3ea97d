import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, smallint, text, unique } from 'drizzle-orm/pg-core';
import { belongsTo, instant, serialId } from '../../kernel/columns.js';
import { correctionColumns, doneBy, jsonList } from '../../kernel/schema-columns.js';

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
    sources: jsonList('sources').default([]),
    /**
     * The language the State corresponds in with the Convention's bodies (reminders are written in
     * it); null while unknown, and then English is used and the page says so.
     */
    workingLanguage: text('working_language', { enum: ['en', 'fr', 'es', 'ar'] }),
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
    id: serialId(),
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
    id: serialId(),
    obligationId: belongsTo('obligation_id', () => obligations.id),
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
    /** For a completion: the day it was declared (at `meeting`), apart from `occurredOn`, the day it was completed. */
    declaredOn: text('declared_on'),
    /** The document the fact is recorded in (a decision's final report, a declaration): title, symbol, address. */
    documentTitle: text('document_title'),
    documentSymbol: text('document_symbol'),
    documentUrl: text('document_url'),
    referenceKey: text('reference_key').unique(),
    ...doneBy('recorded'),
  },
  (t) => [index('obligation_events_obligation_idx').on(t.obligationId)],
);

/**
 * Corrections of recorded obligation facts: the ISU corrects (new values for the fact's fields, all
 * of them) or withdraws a fact, saying why. The fact itself is never edited; the latest correction of
 * a fact is the one that counts, and the history shows the fact as first recorded with every correction.
 */
export const obligationEventCorrections = pgTable(
  'obligation_event_corrections',
  {
    id: serialId(),
    eventId: belongsTo('event_id', () => obligationEvents.id),
    ...correctionColumns<CorrectedValues>(),
  },
  (t) => [index('obligation_event_corrections_event_idx').on(t.eventId)],
);

/** The fields of a fact a correction may set; the kind and the obligation stay as recorded. */
export type CorrectedValues = {
  occurredOn: string | null;
  meeting: string | null;
  requestedDeadline: string | null;
  outcome: 'granted' | 'granted_shorter' | 'refused' | null;
  newDeadline: string | null;
  confirmed: boolean;
  note: string | null;
  source: string | null;
  declaredOn: string | null;
  documentTitle: string | null;
  documentSymbol: string | null;
  documentUrl: string | null;
};
