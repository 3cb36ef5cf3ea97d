import { type AnyPgColumn, integer, serial, timestamp } from 'drizzle-orm/pg-core';

/*
 * Column sets that many tables share, written once. Each call makes new column builders, so a
 * table spreads the result into its own columns (`...createdUpdated()`).
 */

/** A moment as every table stores it: `timestamptz`, read as a Date. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** When a row was made and last changed, both required. */
export const createdUpdated = () => ({
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

/** A table's own key: a serial integer `id`. */
export const serialId = () => serial('id').primaryKey();

/** The row of another table this row belongs to: that row's integer id, required. */
export const belongsTo = (name: string, parent: () => AnyPgColumn) =>
  integer(name).notNull().references(parent);
