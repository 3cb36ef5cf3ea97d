import { index, jsonb, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { serialId } from '../../kernel/columns.js';
import { jsonList } from '../../kernel/schema-columns.js';
import { editedRow } from '../accounts/schema.js';

/** A practice's text in one language: what it is called, what was done, what it achieved (null: not known). */
export interface PracticeText {
  title: string;
  done: string;
  achieved: string | null;
}

/**
 * The catalogue of good practices (LAP Action 39): one row per practice, its texts per language
 * (`texts[language]` is the original), the States and partners it concerns and the source it is
 * known from. Written only by this module's verbs.
 */
export const goodPractices = pgTable(
  'good_practices',
  {
    id: serialId(),
    /** Set on practices loaded from the source documents, so loading them again adds nothing. */
    referenceKey: text('reference_key').unique(),
    status: text('status', { enum: ['proposed', 'published', 'withdrawn'] }).notNull(),
    area: text('area').notNull(),
    /** The language the practice was written in: its text in that language is the original. */
    language: text('language', { enum: ['en', 'fr', 'es'] }).notNull(),
    texts: jsonb('texts').$type<Partial<Record<'en' | 'fr' | 'es', PracticeText>>>().notNull(),
    stateIso3s: jsonList('state_iso3s'),
    partners: jsonList('partners'),
    sourceKind: text('source_kind', { enum: ['report_row', 'meeting_statement', 'document'] }).notNull(),
    /** A report version, form and row; a meeting's code; a document's symbol, section or address. */
    sourceReference: text('source_reference').notNull(),
    sourceTitle: text('source_title').notNull(),
    /** The Lausanne Action Plan action it serves; null when nobody said. */
    lapAction: smallint('lap_action'),
    /** When it happened or was reported: YYYY, YYYY-MM or YYYY-MM-DD; null when not known. */
    practiceOn: text('practice_on'),
    ...editedRow(),
  },
  (t) => [index('good_practices_status_idx').on(t.status)],
);
