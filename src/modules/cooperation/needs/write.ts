import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import type { AuditRecord } from '../../../kernel/audit/record.js';
import { isoDay } from '../../../kernel/clock.js';
import type { TxContext } from '../../../kernel/context.js';
import { nextVersion } from '../../../kernel/record-version.js';
import { needs } from '../schema.js';
import { canWriteNeedsOf } from '../shared/policy.js';
import { lockNeed, stateOfNeed } from './queries.js';

/**
 * What the needs register's verbs (one file each) share: the per-State lock, the audit's picture of
 * a need and its changes, the fine check on an existing need and the one way to change it.
 */

export type NeedRecord = typeof needs.$inferSelect;

/** One writer of a State's needs at a time, so a match key is never taken twice by a race. */
export async function lockNeedsOf(tx: Tx, iso3: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`needs:${iso3}`}))`);
}

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

/** The fine check of every verb on an existing need: the ISU, or a focal point of the need's State. */
export const permitOnNeed = async (ctx: TxContext, input: { id: number }) =>
  canWriteNeedsOf(ctx.actor, await stateOfNeed(ctx.db, input.id));

/**
 * Applies a change to one need (locked), and returns the audit record of what really changed; an
 * unchanged need is not written and not audited. An edit names the version it was read at
 * (`expectedVersion`): a need saved meanwhile refuses it (RECORD.STALE). Every write bumps the version.
 */
export async function changeNeed(
  ctx: TxContext,
  id: number,
  plan: (n: NeedRecord, today: string) => Partial<NeedRecord>,
  extra: Record<string, unknown> = {},
  expectedVersion?: number,
): Promise<{ need: NeedRecord; audit: AuditRecord[] }> {
  const current = await lockNeed(ctx.db, id);
  const version = nextVersion(current, expectedVersion);
  const update = plan(current, isoDay(ctx.now));
  const diff = changes(current, update);
  if (!diff) return { need: current, audit: [] };
  const [updated] = await ctx.db
    .update(needs)
    .set({ ...update, version, updatedAt: ctx.now })
    .where(eq(needs.id, id))
    .returning();
  return {
    need: updated ?? current,
    audit: [
      {
        subjectType: 'need',
        subjectId: String(id),
        stateIso3: current.stateIso3,
        before: diff.before,
        after: { ...diff.after, ...extra },
      },
    ],
  };
}
