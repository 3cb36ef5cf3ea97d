import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId } from '../../kernel/columns.js';
import { jsonList } from '../../kernel/schema-columns.js';
import { editedRow } from '../accounts/schema.js';
import { stateRef } from '../states/schema.js';

/**
 * The directory of national focal points (seed 004 §50's "Focal Point Database"): one row per
 * contact a State names for an area. Personal data: only entered by the State's focal point or the
 * ISU, shown to each reader as `visibility.ts` allows, removed for good when the State asks.
 */
export const directoryEntries = pgTable(
  'directory_entries',
  {
    id: serialId(),
    stateIso3: stateRef('state_iso3').notNull(),
    area: text('area', {
      enum: ['article7_reporting', 'stockpiles', 'clearance', 'victim_assistance', 'cooperation'],
    }).notNull(),
    name: text('name').notNull(),
    functionTitle: text('function_title'),
    organisation: text('organisation'),
    email: text('email'),
    phone: text('phone'),
    /** Languages of work (ISO 639-1); empty when not known. */
    languages: jsonList('languages'),
    /** The State's official contact for the area (other States see these). */
    official: boolean('official').notNull(),
    /** The State agrees to publish it: the public sees it. */
    published: boolean('published').notNull(),
    lastConfirmedOn: text('last_confirmed_on').notNull(),
    ...editedRow(),
  },
  (t) => [index('directory_entries_state_idx').on(t.stateIso3)],
);
