import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per write, written inside the write's own transaction (fail-closed). Append-only. */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    requestId: text('request_id').notNull(),
    verb: text('verb').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    stateIso3: text('state_iso3'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_entries_at_idx').on(t.at),
    index('audit_entries_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_entries_state_idx').on(t.stateIso3),
  ],
);

/**
 * One row counting committed writes. Every verb bumps it in its own transaction (with its audit
 * entry), so a reader that sees the same version knows nothing has changed, in any process.
 */
export const dataVersion = pgTable('data_version', {
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});
