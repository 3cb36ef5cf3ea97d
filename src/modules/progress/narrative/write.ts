import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AuditRecord } from '../../../kernel/audit/record.js';
import { isoDay } from '../../../kernel/clock.js';
import type { TxContext } from '../../../kernel/context.js';
import { ValidationError } from '../../../kernel/errors.js';
import { StaleRecordError } from '../../../kernel/record-version.js';
import { inOfficeFor } from '../policy.js';
import { progressNarrative, progressReportVersions } from '../schema.js';
import { meetingWithWindowOr } from '../snapshot.js';
import { canWriteAs } from './policy.js';
import { findSlot, type WrittenSlot } from './slots.js';

/** The meeting as the calendar records it; refused when it has no reporting window. */
export const meetingWithWindow = (ctx: TxContext, code: string): Promise<string> =>
  meetingWithWindowOr(ctx.db, code, 'progressNarrative:errors.meeting');

/** Once a version is final, nothing of the report changes any more. */
export async function refuseWhenFinal(ctx: TxContext, meeting: string): Promise<void> {
  const [final] = await ctx.db
    .select({ number: progressReportVersions.number })
    .from(progressReportVersions)
    .where(and(eq(progressReportVersions.meetingCode, meeting), eq(progressReportVersions.status, 'final')));
  if (final) throw new ValidationError({ _: ['progressNarrative:errors.final'] });
}

/** Whether the actor may write the slot the input names (an unknown slot is refused by `run`, as input). */
export async function mayWriteSlot(
  ctx: TxContext,
  meeting: string,
  section: string,
  key: string,
): Promise<boolean> {
  const slot = findSlot(section, key);
  if (!slot) return true;
  const actor = await inOfficeFor(ctx.db, ctx.actor, meeting, isoDay(ctx.now));
  return canWriteAs(actor, slot.authorRole, section);
}

function slotOf(section: string, key: string, kind: WrittenSlot['kind']): WrittenSlot {
  const slot = findSlot(section, key);
  if (!slot || slot.kind !== kind) throw new ValidationError({ key: ['progressNarrative:errors.key'] });
  return slot;
}

/**
 * Writes a new revision of a written text, or agrees the current one (`text` null). The revision the
 * person read must still be the current one: a save made from an older revision is refused with
 * the text as it now stands (StaleRecordError), never written over it. The revision before is kept,
 * marked superseded.
 */
export async function writeRevision(
  ctx: TxContext,
  input: {
    meeting: string;
    section: string;
    key: string;
    kind: WrittenSlot['kind'];
    text: string | null;
    revision: number;
  },
) {
  const meeting = await meetingWithWindow(ctx, input.meeting);
  const slot = slotOf(input.section, input.key, input.kind);
  await refuseWhenFinal(ctx, meeting);
  await ctx.db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`progress-narrative:${meeting}:${slot.section}:${slot.key}`}))`,
  );
  const t = progressNarrative;
  const [current] = await ctx.db
    .select()
    .from(t)
    .where(
      and(
        eq(t.meetingCode, meeting),
        eq(t.section, slot.section),
        eq(t.key, slot.key),
        isNull(t.supersededAt),
      ),
    )
    .for('update');
  const currentRevision = current?.revision ?? 0;
  if (input.revision !== currentRevision) throw new StaleRecordError(current ?? {}, currentRevision);

  const agreeing = input.text === null;
  if (agreeing && !current) throw new ValidationError({ _: ['progressNarrative:errors.nothingToAgree'] });
  if (agreeing && current?.status === 'agreed')
    throw new ValidationError({ _: ['progressNarrative:errors.alreadyAgreed'] });
  const text = input.text ?? current!.text;
  // The same text written again changes nothing: no new revision, nothing to audit.
  if (!agreeing && current && current.text === text && current.status === 'draft')
    return { result: { revision: current.revision, unchanged: true }, audit: [] as AuditRecord[] };

  const audit: AuditRecord[] = [];
  if (current) {
    await ctx.db.update(t).set({ supersededAt: ctx.now }).where(eq(t.id, current.id));
  }
  const values = {
    meetingCode: meeting,
    section: slot.section,
    key: slot.key,
    kind: slot.kind,
    authorRole: slot.authorRole,
    text,
    status: agreeing ? ('agreed' as const) : ('draft' as const),
    revision: currentRevision + 1,
    writtenById: ctx.actor.kind === 'user' ? ctx.actor.id : null,
    writtenByLabel: ctx.actor.label,
    writtenAt: ctx.now,
  };
  const [row] = await ctx.db.insert(t).values(values).returning({ id: t.id });
  audit.push({
    subjectType: 'progress_narrative',
    subjectId: String(row!.id),
    before: current ?? undefined,
    after: values,
  });
  return { result: { revision: values.revision, unchanged: false }, audit };
}
