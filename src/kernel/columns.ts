import { timestamp } from 'drizzle-orm/pg-core';

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
