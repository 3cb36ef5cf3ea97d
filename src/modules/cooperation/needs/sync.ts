import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { type AuditRecord, recordAudit } from '../../../kernel/audit/record.js';
import type { TxContext } from '../../../kernel/context.js';
import type { ReportContent } from '../../reports/index.js';
import { needs } from '../schema.js';
import { type NeedFields, needRowsOf } from './rows.js';

/*
 * Needs follow the reports. Called by reports' submitReport and recallReport inside their own
 * transaction; this file imports nothing from the reports module but types and so keeps the
 * reports → cooperation dependency acyclic.
 */

export const SYNC_VERB = 'cooperation.syncNeedsFromReport';
export const RECALL_VERB = 'cooperation.withdrawNeedsOfRecall';

/** One writer of a State's needs at a time, so a match key is never taken twice by a race. */
export async function lockNeedsOf(tx: Tx, iso3: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`needs:${iso3}`}))`);
}

export interface SubmittedReport {
  stateIso3: string;
  reportId: number;
  /** The number of the version just submitted. */
  version: number;
  year: number;
  kind: 'initial' | 'annual' | 'voluntary';
  content: ReportContent;
  /** The day the report reached the Convention: the day a need in it was last confirmed. */
  receivedOn: string;
}

const fieldKeys = [
  'area',
  'type',
  'description',
  'activitiesTimeframe',
  'estimatedCost',
  'currency',
  'nationalContribution',
  'planReference',
] as const satisfies ReadonlyArray<keyof NeedFields>;

type NeedRecord = typeof needs.$inferSelect;

/** The parts of a need an audit entry shows. */
export const auditView = (n: Partial<NeedRecord>) => {
  const { createdAt: _c, updatedAt: _u, createdBy: _b, ...rest } = n;
  return rest;
};

/** What changed between two versions of a need: both sides limited to the changed keys. */
export function changes(
  before: NeedRecord,
  after: Partial<NeedRecord>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if (k === 'updatedAt') continue;
    const old = before[k as keyof NeedRecord];
    if (old !== v) {
      b[k] = old;
      a[k] = v;
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

/**
 * Every Form J need row of a submitted version becomes a need of its State, or reconfirms the one
 * with the same match key: its fields and source follow the report, its last confirmation becomes
 * the day of receipt if that is later, and a withdrawn need carried again is open again (met and
 * partly met stay as they are; a lapsed need is open again by its new confirmation). Rows left
 * out are not touched here: the lapse rule (status.ts) reads the report's day of receipt.
 * All kinds count (initial, annual, voluntary). Writes its own audit entries in the caller's transaction.
 */
export async function syncNeedsFromReport(ctx: TxContext, r: SubmittedReport): Promise<AuditRecord[]> {
  const rows = needRowsOf(r.content);
  if (rows.length === 0) return [];
  await lockNeedsOf(ctx.db, r.stateIso3);
  // A State has tens of needs, not thousands: all of them, so a row is found by id or by key.
  const existing = await ctx.db.select().from(needs).where(eq(needs.stateIso3, r.stateIso3));
  const byKey = new Map(existing.map((n) => [n.matchKey, n]));
  const byId = new Map(existing.map((n) => [n.id, n]));
  const done = new Set<number>();
  const audit: AuditRecord[] = [];
  for (const row of rows) {
    const fields = Object.fromEntries(fieldKeys.map((k) => [k, row[k]])) as unknown as NeedFields;
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
  await recordAudit(ctx, SYNC_VERB, audit);
  return audit;
}

export interface RecalledVersion {
  number: number;
  submittedAt: Date | null;
  receivedOn: string | null;
}

/**
 * A recalled version counts as never sent, so what it alone said goes too. A need whose source is
 * the recalled version becomes withdrawn when that version created it and nothing confirmed it
 * since: origin `report`, created in the very transaction that submitted the version (created at
 * its submission instant) and last confirmed on its day of receipt. A need the version only
 * reconfirmed keeps its status; when the version that stands again holds the same row, the need
 * points back to that row. Last confirmations are not rewound (the trail keeps the history).
 */
export async function withdrawNeedsOfRecall(
  ctx: TxContext,
  r: {
    stateIso3: string;
    reportId: number;
    recalled: RecalledVersion;
    restored: { number: number; content: ReportContent } | null;
  },
): Promise<AuditRecord[]> {
  await lockNeedsOf(ctx.db, r.stateIso3);
  const sourced = await ctx.db
    .select()
    .from(needs)
    .where(and(eq(needs.sourceReportId, r.reportId), eq(needs.sourceVersion, r.recalled.number)));
  const restoredRows = new Map(
    r.restored ? needRowsOf(r.restored.content).map((row) => [row.matchKey, row.row]) : [],
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
  await recordAudit(ctx, RECALL_VERB, audit);
  return audit;
}
