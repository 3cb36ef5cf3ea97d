import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { belongsTo, createdUpdated, instant, serialId } from '../../kernel/columns.js';
import { correctionColumns, jsonList } from '../../kernel/schema-columns.js';
import { stateRef } from '../states/schema.js';
import {
  actionItemStatuses,
  genders,
  meetingKinds,
  officeAreas,
  officeKinds,
  ownerKinds,
  type StatementTag,
  statementTopics,
} from './vocabulary.js';

/**
 * The Convention's meetings. Dates are ISO days; a field no source gives stays null and is shown
 * as not known. An MSP's reporting window (from, to, census date) is what its Progress Report counts.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: serialId(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    title: text('title').notNull(),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    venue: text('venue'),
    presidingStateIso3: stateRef('presiding_state_iso3'),
    president: text('president'),
    hosts: jsonList('hosts').default([]),
    agenda: jsonList('agenda').default([]),
    reportingFrom: text('reporting_from'),
    reportingTo: text('reporting_to'),
    censusDate: text('census_date'),
    participantsTotal: integer('participants_total'),
    participantsApproximate: boolean('participants_approximate').notNull().default(false),
    participationNote: text('participation_note'),
    summary: text('summary'),
    keyPoints: jsonList('key_points').default([]),
    notes: text('notes'),
    sources: jsonList('sources').default([]),
    ...createdUpdated(),
  },
  (t) => [
    check('meetings_code_format', sql`${t.code} ~ '^[A-Za-z0-9][A-Za-z0-9-]*$'`),
    check(
      'meetings_dates_order',
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
    index('meetings_starts_on_idx').on(t.startsOn),
  ],
);

/** A column naming a meeting by its code (`meeting_code` unless named otherwise), a reference to the calendar. */
export const meetingRef = (name = 'meeting_code') => text(name).references(() => meetings.code);

/** The columns of a row that belongs to one meeting: its own id and the meeting's. */
const meetingPart = () => ({
  id: serialId(),
  meetingId: belongsTo('meeting_id', () => meetings.id),
});

/** A State (by its code) or an organisation (by its name): a check makes sure exactly one is given. */
const stateOrOrganisation = () => ({
  stateIso3: stateRef(),
  organisation: text('organisation'),
});

/** A meeting's documents, in the order the meeting lists them. A symbol is never guessed. */
export const meetingDocuments = pgTable(
  'meeting_documents',
  {
    ...meetingPart(),
    position: smallint('position').notNull(),
    symbol: text('symbol'),
    title: text('title').notNull(),
    href: text('href'),
  },
  (t) => [index('meeting_documents_meeting_idx').on(t.meetingId)],
);

/**
 * What someone is to do, by when, and where it stands: asked by a meeting, or agreed elsewhere (a
 * bilateral contact, a work plan), when the meeting is null and the module that links it says where
 * it comes from. The owner is a kind and a name; a person's account (`owner_user_id`) may be named
 * too. The area is a Coordinator's thematic area, for the follow-ups of an area.
 */
export const actionItems = pgTable(
  'action_items',
  {
    id: serialId(),
    meetingId: integer('meeting_id').references(() => meetings.id),
    what: text('what').notNull(),
    ownerKind: text('owner_kind', { enum: ownerKinds }).notNull(),
    owner: text('owner'),
    /** The account of the person who carries it out, when one does (a user id of the accounts module). */
    ownerUserId: text('owner_user_id'),
    area: text('area', { enum: officeAreas }),
    /** Who recorded it: a user id, or null for the seeds and the system. */
    recordedBy: text('recorded_by'),
    dueOn: text('due_on'),
    status: text('status', { enum: actionItemStatuses }).notNull(),
    note: text('note'),
    source: text('source'),
    referenceKey: text('reference_key').unique(),
    ...createdUpdated(),
  },
  (t) => [
    index('action_items_meeting_idx').on(t.meetingId),
    index('action_items_owner_user_idx').on(t.ownerUserId),
    index('action_items_recorded_by_idx').on(t.recordedBy),
  ],
);

/** The States an action item concerns. */
export const actionItemStates = pgTable(
  'action_item_states',
  {
    actionItemId: belongsTo('action_item_id', () => actionItems.id),
    stateIso3: stateRef().notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionItemId, t.stateIso3] })],
);

/**
 * Who came to a meeting: one delegation per State or organisation. A State's status on the day is
 * not stored; it is read from the registry as of the meeting's first day.
 */
export const meetingDelegations = pgTable(
  'meeting_delegations',
  {
    ...meetingPart(),
    ...stateOrOrganisation(),
  },
  (t) => [
    check('meeting_delegations_one_party', sql`(${t.stateIso3} is null) <> (${t.organisation} is null)`),
    unique('meeting_delegations_state').on(t.meetingId, t.stateIso3),
    unique('meeting_delegations_organisation').on(t.meetingId, t.organisation),
  ],
);

/** A member of a delegation, as the list of participants gives them. */
export const delegates = pgTable(
  'delegates',
  {
    id: serialId(),
    delegationId: belongsTo('delegation_id', () => meetingDelegations.id),
    position: smallint('position').notNull(),
    name: text('name').notNull(),
    gender: text('gender', { enum: genders }).notNull(),
    head: boolean('head').notNull(),
    /** A survivor or a representative of survivors. */
    survivor: boolean('survivor').notNull(),
    role: text('role'),
  },
  (t) => [index('delegates_delegation_idx').on(t.delegationId)],
);

/** What a State or an organisation said at a meeting, by topic, as the record summarises it. */
export const meetingStatements = pgTable(
  'meeting_statements',
  {
    ...meetingPart(),
    ...stateOrOrganisation(),
    topic: text('topic', { enum: statementTopics }).notNull(),
    summary: text('summary').notNull(),
    tags: jsonList<StatementTag>('tags').default([]),
    href: text('href'),
    source: text('source'),
    referenceKey: text('reference_key').unique(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    check('meeting_statements_one_speaker', sql`(${t.stateIso3} is null) <> (${t.organisation} is null)`),
    index('meeting_statements_meeting_idx').on(t.meetingId),
  ],
);

/**
 * Who held an office of the Convention, and when: a State, a person, or both, as the source names
 * them. A Coordinator has a thematic area; no other office has one. A period's ends are a meeting's
 * code or a date as precise as the source; what the source does not give stays null.
 */
export const officeHolders = pgTable(
  'office_holders',
  {
    id: serialId(),
    office: text('office', { enum: officeKinds }).notNull(),
    area: text('area', { enum: officeAreas }),
    stateIso3: stateRef(),
    personName: text('person_name'),
    gender: text('gender', { enum: genders }).notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    sourceTitle: text('source_title').notNull(),
    sourceHref: text('source_href'),
    referenceKey: text('reference_key').unique(),
    ...createdUpdated(),
  },
  (t) => [
    check('office_holders_someone', sql`${t.stateIso3} is not null or ${t.personName} is not null`),
    check('office_holders_area', sql`(${t.office} = 'thematic_coordinator') = (${t.area} is not null)`),
    index('office_holders_office_idx').on(t.office),
  ],
);

/** The fields of an office holder's record a correction replaces (all of them). */
export type OfficeHolderValues = {
  office: (typeof officeKinds)[number];
  area: (typeof officeAreas)[number] | null;
  stateIso3: string | null;
  personName: string | null;
  gender: (typeof genders)[number];
  periodFrom: string | null;
  periodTo: string | null;
  sourceTitle: string;
  sourceHref: string | null;
};

/**
 * Corrections of recorded office holders: the ISU corrects (new values for every field) or
 * withdraws a record, saying why. The record itself is never edited; its latest correction is the
 * one that counts, and the history shows the record as first recorded with every correction.
 */
export const officeHolderCorrections = pgTable(
  'office_holder_corrections',
  {
    id: serialId(),
    officeHolderId: belongsTo('office_holder_id', () => officeHolders.id),
    ...correctionColumns<OfficeHolderValues>(),
  },
  (t) => [
    check('office_holder_corrections_values', sql`(${t.action} = 'corrected') = (${t.values} is not null)`),
    index('office_holder_corrections_holder_idx').on(t.officeHolderId),
  ],
);

/** The thematic areas, for other modules' tables that record one (their schema reads only schemas). */
export { officeAreas };
