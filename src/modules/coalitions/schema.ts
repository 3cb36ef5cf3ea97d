import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { belongsTo, createdUpdated, instant, serialId } from '../../kernel/columns.js';
import { jsonList } from '../../kernel/schema-columns.js';
import { meetings } from '../calendar/schema.js';
import { needs } from '../cooperation/schema.js';
import { stateRef } from '../states/schema.js';
import { coalitionStatuses, memberKinds } from './vocabulary.js';

/**
 * Country Coalitions (German 7MSP Presidency, 2017): a partnership around one affected State. The
 * status shown is computed from the stored one and the last confirmation (dormancy.ts): an active
 * coalition without a confirmed update for a year shows as dormant, and nothing is written for it.
 * `establishedOn` is a day, a month or a year as precise as the source, or null when not known.
 */
export const coalitions = pgTable(
  'coalitions',
  {
    id: serialId(),
    stateIso3: stateRef().notNull(),
    name: text('name').notNull(),
    /** Cooperation areas (art3, art4, risk_education, art5, art7, art9, other). */
    areas: jsonList('areas').default([]),
    establishedOn: text('established_on'),
    status: text('status', { enum: coalitionStatuses }).notNull(),
    /** Where the facts come from: a seed document's section, a document, or who told the ISU. */
    source: text('source').notNull(),
    /** The State agrees to publish it: only then has it a public page. */
    published: boolean('published').notNull().default(false),
    lastConfirmedOn: text('last_confirmed_on').notNull(),
    notes: text('notes'),
    referenceKey: text('reference_key').unique(),
    ...createdUpdated(),
  },
  (t) => [index('coalitions_state_idx').on(t.stateIso3)],
);

/** A coalition's partners, in the order the source names them. */
export const coalitionMembers = pgTable(
  'coalition_members',
  {
    id: serialId(),
    coalitionId: belongsTo('coalition_id', () => coalitions.id),
    position: smallint('position').notNull(),
    kind: text('kind', { enum: memberKinds }).notNull(),
    stateIso3: stateRef(),
    name: text('name'),
    /** What the member does in the coalition as the source says (secretariat, facilitator…). */
    role: text('role'),
  },
  (t) => [
    check(
      'coalition_members_who',
      sql`(${t.kind} = 'state') = (${t.stateIso3} is not null) and (${t.kind} = 'state') = (${t.name} is null)`,
    ),
    index('coalition_members_coalition_idx').on(t.coalitionId),
  ],
);

/** The calendar's meetings a coalition held or was discussed at. */
export const coalitionMeetings = pgTable(
  'coalition_meetings',
  {
    coalitionId: belongsTo('coalition_id', () => coalitions.id),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    linkedAt: instant('linked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.coalitionId, t.meetingId] })],
);

/** The needs of the coalition's State that it covers. */
export const coalitionNeeds = pgTable(
  'coalition_needs',
  {
    coalitionId: belongsTo('coalition_id', () => coalitions.id),
    needId: belongsTo('need_id', () => needs.id),
    linkedAt: instant('linked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.coalitionId, t.needId] })],
);
