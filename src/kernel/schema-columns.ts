import { jsonb, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/*
 * More column builders tables share (see columns.ts for the first ones). Each call makes new
 * builders: a column is used as `jsonList('hosts').default([])`, a set spread into the table.
 */

/** A list kept as JSON, required (`.default([])` when a row may start without one). */
export const jsonList = <T = string>(name: string) => jsonb(name).$type<T[]>().notNull();

/** What a correction of a recorded row may do: replace the row's values, or withdraw the row. */
export const correctionActions = ['corrected', 'withdrawn'] as const;

/**
 * The columns of a correction appended to a record that is never edited: corrected (with the
 * values `V` it should have been recorded with) or withdrawn, the reason, when and by whom.
 */
export const correctionColumns = <V>() => ({
  action: text('action', { enum: correctionActions }).notNull(),
  values: jsonb('values').$type<V>(),
  reason: text('reason').notNull(),
  recordedAt: instant('recorded_at').notNull(),
  recordedBy: text('recorded_by'),
});
