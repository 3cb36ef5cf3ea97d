import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { Actor } from '../../../kernel/actor.js';
import { ConflictError } from '../../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { assistanceEntries } from '../schema.js';
import { canReviewIatiOf, mayImportIati, partnerKey } from '../shared/policy.js';
import { IatiEntryNotFound, ReviewIatiInput } from './inputs.js';

/** The ISU, or a person of the partner the entry names as provider, may review it. */
export const canReviewIatiEntry = (
  actor: Actor,
  entry: { providerIso3: string | null; providerName: string },
) => canReviewIatiOf(actor, partnerKey(entry.providerIso3, entry.providerName));

/** The entry under review, locked until the transaction ends: the reviewer and the review checked are the row written. */
async function lockEntry(db: Executor, id: number) {
  const [row] = await db
    .select()
    .from(assistanceEntries)
    .where(sql`${assistanceEntries.id} = ${id} and ${assistanceEntries.origin} = 'iati'`)
    .for('update');
  return row ?? null;
}

/**
 * The donor's word on a proposed entry: confirmed, it counts in the ledger; rejected, it stays
 * recorded as rejected (never deleted), so the next upload of the same file does not propose it again.
 */
export const reviewIatiEntry = defineVerb({
  name: 'cooperation.reviewIatiEntry',
  input: ReviewIatiInput,
  allow: mayImportIati,
  permit: async (ctx, input) => {
    const entry = await lockEntry(ctx.db, input.entryId);
    if (!entry) throw new IatiEntryNotFound(input.entryId);
    return canReviewIatiEntry(ctx.actor, entry);
  },
  run: async (ctx, input) => {
    const entry = await lockEntry(ctx.db, input.entryId);
    if (!entry) throw new IatiEntryNotFound(input.entryId);
    if (entry.review !== 'proposed') throw new ConflictError('IATI.ALREADY_REVIEWED', 'iati:alreadyReviewed');
    const review = input.decision === 'confirm' ? ('confirmed' as const) : ('rejected' as const);
    await ctx.db
      .update(assistanceEntries)
      .set({ review, reviewedBy: ctx.actor.id, reviewedAt: ctx.now, version: entry.version + 1 })
      .where(eq(assistanceEntries.id, entry.id));
    return outcomeOn(
      { type: 'assistance_entry', id: entry.id, stateIso3: entry.providerIso3 ?? entry.recipientIso3 },
      { entryId: entry.id, review, importId: entry.iatiImportId },
      { before: { review: entry.review }, after: { review } },
    );
  },
});
