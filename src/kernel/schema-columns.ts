import { jsonb, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/*
 * More column builders tables share (see columns.ts for the first ones). Each call makes new
 * builders: a column is used as `jsonList('hosts').default([])`, a set spread into the table.
 */

/** A list kept as JSON, required (`.default([])` when a row may start without one). */
export const jsonList = <T = string>(name: string) => jsonb(name).$type<T[]>().notNull();

/**
 * Columns named after a one-word verb: `columns` is given the column name of each suffix
 * (`name('at')` is `recorded_at`) and its keys are suffixed to the verb (`At` → `recordedAt`).
 */
export const verbColumns = <V extends string, C extends Record<string, unknown>>(
  verb: V,
  columns: (name: (suffix: string) => string) => C,
) =>
  Object.fromEntries(
    Object.entries(columns((suffix) => `${verb}_${suffix}`)).map(([key, column]) => [
      `${verb}${key}`,
      column,
    ]),
  ) as { [K in keyof C & string as `${V}${K}`]: C[K] };

/**
 * When something was done to a row, required, and by whom: a user id, null for the system and the
 * seeds (`doneBy('recorded')`: `recordedAt`, `recordedBy`).
 */
export const doneBy = <V extends string>(verb: V) =>
  verbColumns(verb, (name) => ({ At: instant(name('at')).notNull(), By: text(name('by')) }));

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
  ...doneBy('recorded'),
});
