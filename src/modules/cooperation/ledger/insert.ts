import { eq, sql } from 'drizzle-orm';
import type { TxContext } from '../../../kernel/context.js';
import { assistanceEntries } from '../schema.js';

/** A stored ledger entry as written; `id` and `version` are the table's. */
export type NewLedgerEntry = Omit<typeof assistanceEntries.$inferInsert, 'id' | 'version'>;

const CHUNK = 500;

/**
 * The one insert of the ledger's stored entries: ISU entries, confirmed deliveries and IATI
 * proposals all arrive here, inside their verb's transaction (the caller writes the audit). With
 * `skipLiveIatiTransactions`, an IATI transaction that already has a live (not rejected) entry is
 * left out instead of doubled; the ids returned are of the rows really added, in order.
 */
export async function insertLedgerEntries(
  ctx: TxContext,
  rows: readonly NewLedgerEntry[],
  opts: { skipLiveIatiTransactions?: boolean } = {},
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const insert = ctx.db.insert(assistanceEntries).values(rows.slice(i, i + CHUNK));
    const inserted = await (opts.skipLiveIatiTransactions
      ? insert.onConflictDoNothing({
          target: [assistanceEntries.iatiActivityId, assistanceEntries.iatiTransactionKey],
          // Must match the partial unique index's predicate (schema.ts).
          where: sql`origin = 'iati' and review <> 'rejected'`,
        })
      : insert
    ).returning({ id: assistanceEntries.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/** One entry through the same insert. */
export async function insertLedgerEntry(ctx: TxContext, row: NewLedgerEntry): Promise<number> {
  const [id] = await insertLedgerEntries(ctx, [row]);
  if (id === undefined) throw new Error('ledger entry not inserted');
  return id;
}

/**
 * The one change of a stored entry made from outside the ledger's own verbs: a confirmed delivery
 * links the partner's existing entry to the need it answered (the caller has locked the entry and
 * writes the audit). Bumps the entry's version like every other write.
 */
export async function linkLedgerEntryToNeed(
  ctx: TxContext,
  entry: { id: number; version: number },
  needId: number,
): Promise<void> {
  await ctx.db
    .update(assistanceEntries)
    .set({ needId, inResponseToRequest: true, version: entry.version + 1 })
    .where(eq(assistanceEntries.id, entry.id));
}
