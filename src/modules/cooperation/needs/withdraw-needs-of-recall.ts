import { and, eq, sql } from 'drizzle-orm';
import type { AuditRecord } from '../../../kernel/audit/record.js';
import { defineVerb } from '../../../kernel/verb.js';
import { needs } from '../schema.js';
import { maySyncNeeds } from '../shared/policy.js';
import { WithdrawNeedsOfRecallInput } from './inputs.js';
import { needRowsOf } from './rows.js';
import { changes, lockNeedsOf, type NeedRecord } from './write.js';

/**
 * A recalled version counts as never sent, so what it alone said goes too. A need whose source is
 * the recalled version becomes withdrawn when that version created it and nothing confirmed it
 * since: origin `report`, created in the very transaction that submitted the version (created at
 * its submission instant) and last confirmed on its day of receipt. A need the version only
 * reconfirmed keeps its status; when the version that stands again holds the same row, the need
 * points back to that row. Last confirmations are not rewound (the trail keeps the history).
 */
export const withdrawNeedsOfRecall = defineVerb({
  name: 'cooperation.withdrawNeedsOfRecall',
  input: WithdrawNeedsOfRecallInput,
  allow: maySyncNeeds,
  caller: 'system',
  async run(ctx, r) {
    await lockNeedsOf(ctx.db, r.stateIso3);
    const sourced = await ctx.db
      .select()
      .from(needs)
      .where(and(eq(needs.sourceReportId, r.reportId), eq(needs.sourceVersion, r.recalled.number)));
    const restoredRows = new Map(
      r.restored ? needRowsOf(r.restored.needs).map((row) => [row.matchKey, row.row]) : [],
    );
    const submittedAt = r.recalled.submittedAt?.getTime();
    const audit: AuditRecord[] = [];
    for (const n of sourced) {
      const createdByIt =
        n.origin === 'report' &&
        submittedAt !== undefined &&
        n.createdAt.getTime() === submittedAt &&
        n.lastConfirmedOn === r.recalled.receivedOn;
      let update: Partial<NeedRecord> | null = null;
      if (createdByIt) {
        if (n.status !== 'withdrawn') update = { status: 'withdrawn' };
      } else {
        const row = restoredRows.get(n.matchKey);
        if (r.restored && row !== undefined) {
          update = { sourceVersion: r.restored.number, sourceRow: row };
        }
      }
      const diff = update && changes(n, update);
      if (!update || !diff) continue;
      await ctx.db
        .update(needs)
        .set({ ...update, version: sql`${needs.version} + 1`, updatedAt: ctx.now })
        .where(eq(needs.id, n.id));
      audit.push({
        subjectType: 'need',
        subjectId: String(n.id),
        stateIso3: n.stateIso3,
        before: diff.before,
        after: { ...diff.after, recalledVersion: r.recalled.number, reportId: r.reportId },
      });
    }
    return { result: { changed: audit.length }, audit };
  },
});
