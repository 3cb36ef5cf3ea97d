import { eq, sql } from 'drizzle-orm';
import type { AuditRecord } from '../../../kernel/audit/record.js';
import { defineVerb } from '../../../kernel/verb.js';
import { needs } from '../schema.js';
import { maySyncNeeds } from '../shared/policy.js';
import { SyncNeedsFromReportInput } from './inputs.js';
import { type NeedFields, needFieldKeys, needRowsOf } from './rows.js';
import { auditView, changes, lockNeedsOf, type NeedRecord } from './write.js';

/*
 * Needs follow the reports. The reports module publishes what happened to a report (submitted,
 * amended, recalled: kernel/events.ts) and cooperation's wiring (../wiring.ts) calls this verb and
 * withdrawNeedsOfRecall (withdraw-needs-of-recall.ts) from its subscribers, inside the report's
 * transaction. They are the needs register's own writers for what reports say: system-level (only
 * the system actor or an event's subscriber may call them), their input parsed, their audit in the
 * same transaction.
 */

/**
 * Every need a delivered version states (by the one rule of rows.ts) becomes a need of its State,
 * or reconfirms the one with the same match key: its fields and source follow the report, its last
 * confirmation becomes the day of receipt if that is later, and a withdrawn need carried again is
 * open again (met and partly met stay as they are; a lapsed need is open again by its new
 * confirmation). Rows left out are not touched here: the lapse rule (status.ts) reads the report's
 * day of receipt. All kinds count (initial, annual, voluntary).
 */
export const syncNeedsFromReport = defineVerb({
  name: 'cooperation.syncNeedsFromReport',
  input: SyncNeedsFromReportInput,
  allow: maySyncNeeds,
  caller: 'system',
  async run(ctx, r) {
    const rows = needRowsOf(r.needs);
    if (rows.length === 0) return { result: { changed: 0 }, audit: [] };
    await lockNeedsOf(ctx.db, r.stateIso3);
    // A State has tens of needs, not thousands: all of them, so a row is found by id or by key.
    const existing = await ctx.db.select().from(needs).where(eq(needs.stateIso3, r.stateIso3));
    const byKey = new Map(existing.map((n) => [n.matchKey, n]));
    const byId = new Map(existing.map((n) => [n.id, n]));
    const done = new Set<number>();
    const audit: AuditRecord[] = [];
    for (const row of rows) {
      const fields = Object.fromEntries(needFieldKeys.map((k) => [k, row[k]])) as unknown as NeedFields;
      const source = { sourceReportId: r.reportId, sourceVersion: r.version, sourceRow: row.row };
      // The row names the need it was pre-filled from: that need, whatever its text became.
      const known = (row.needId !== null ? byId.get(row.needId) : undefined) ?? byKey.get(row.matchKey);
      if (known && done.has(known.id)) continue;
      if (!known) {
        const [created] = await ctx.db
          .insert(needs)
          .values({
            stateIso3: r.stateIso3,
            origin: 'report',
            ...fields,
            status: 'open',
            isPublic: row.publish ?? false,
            matchKey: row.matchKey,
            ...source,
            lastConfirmedOn: r.receivedOn,
            createdBy: ctx.actor.id,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })
          .returning();
        if (!created) continue;
        byKey.set(created.matchKey, created);
        done.add(created.id);
        audit.push({
          subjectType: 'need',
          subjectId: String(created.id),
          stateIso3: r.stateIso3,
          after: { ...auditView(created), fromReport: { year: r.year, kind: r.kind } },
        });
        continue;
      }
      done.add(known.id);
      // A row that rewrote its need's text takes the new key, unless another need of the State has it.
      const rekey = row.matchKey !== known.matchKey && !byKey.has(row.matchKey);
      const update: Partial<NeedRecord> = {
        ...fields,
        ...source,
        lastConfirmedOn: r.receivedOn > known.lastConfirmedOn ? r.receivedOn : known.lastConfirmedOn,
        status: known.status === 'withdrawn' ? 'open' : known.status,
        ...(row.publish !== null ? { isPublic: row.publish } : {}),
        ...(rekey ? { matchKey: row.matchKey } : {}),
      };
      if (rekey) {
        byKey.delete(known.matchKey);
        byKey.set(row.matchKey, known);
      }
      const diff = changes(known, update);
      if (!diff) continue;
      await ctx.db
        .update(needs)
        .set({ ...update, version: sql`${needs.version} + 1`, updatedAt: ctx.now })
        .where(eq(needs.id, known.id));
      audit.push({
        subjectType: 'need',
        subjectId: String(known.id),
        stateIso3: r.stateIso3,
        before: diff.before,
        after: { ...diff.after, fromReport: { year: r.year, kind: r.kind } },
      });
    }
    return { result: { changed: audit.length }, audit };
  },
});
