import { eq } from 'drizzle-orm';
import type { AuditRecord } from '../../../../kernel/audit/record.js';
import { isoDay } from '../../../../kernel/clock.js';
import type { TxContext } from '../../../../kernel/context.js';
import { nextVersion } from '../../../../kernel/record-version.js';
import { needs } from '../../schema.js';
import { canWriteNeedsOf } from '../../shared/policy.js';
import { lockNeed, stateOfNeed } from '../queries.js';
import { auditView, changes } from '../sync.js';

type NeedRecord = typeof needs.$inferSelect;

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

export { auditView };
