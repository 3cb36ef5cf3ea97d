import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { defineVerb } from '../../../kernel/verb.js';
import { insertLedgerEntries, type NewLedgerEntry } from '../ledger/index.js';
import { iatiImports } from '../schema.js';
import { mayImportIati, partnerKey, partnerKeyOf } from '../shared/policy.js';
import type { ProposedEntry } from './extract.js';
import { ImportIatiInput, type ImportOutcome } from './inputs.js';
import { pairWithLedger, readIatiFile } from './preview.js';
import { iatiEntriesOf } from './queries.js';

/**
 * Whether an uploader may put this entry forward: the ISU (key null) any; a partner those it is the
 * provider of, and those of a funding chain it is the channel of (the money it received, in its
 * donors' names, which they then confirm or reject).
 */
export function mayAttribute(own: string | null, e: ProposedEntry): boolean {
  if (own === null) return true;
  if (partnerKey(e.providerIso3, e.providerIso3 ? null : e.providerName) === own) return true;
  return e.channel !== null && partnerKey(e.channelIso3, e.channelIso3 ? null : e.channel) === own;
}

type Attribution = 'publisher' | 'isu';

/**
 * The transactions of these activities that a refusal at review keeps out of this import. A rejected
 * entry the publisher itself had put forward is the publisher's no and keeps it out for good; one the
 * ISU had attributed keeps out only the ISU's own uploads, never the publisher's (whose word wins).
 */
async function refusedTransactions(
  db: Executor,
  activityIds: readonly string[],
  importing: Attribution,
): Promise<Set<string>> {
  const refused = new Set<string>();
  for (const r of await iatiEntriesOf(db, activityIds, 'rejected'))
    if (r.attribution === 'publisher' || importing === 'isu')
      refused.add(`${r.iatiActivityId}\u0000${r.iatiTransactionKey}`);
  return refused;
}

/**
 * Reads an IATI activity file and proposes a ledger entry per counted transaction, recipient State
 * and selected sector. All or nothing: a refused file writes nothing. Idempotent on entries: a
 * transaction with a live entry (proposed or confirmed, from this file or another) is counted as
 * already known, never doubled; money the other end of a funding chain already reported (the donor's
 * or the channel's activity, `pairing.ts`) is counted as reported by the other side, not proposed
 * again. A partner's upload proposes only its own publication's transactions.
 */
export const importIatiFile = defineVerb({
  name: 'cooperation.importIatiFile',
  input: ImportIatiInput,
  allow: mayImportIati,
  run: async (ctx, input) => {
    const sectors = [...new Set(input.sectors)];
    const extraction = await readIatiFile(ctx.db, { ...input, sectors });
    const [created] = await ctx.db
      .insert(iatiImports)
      .values({
        fileName: input.fileName,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        iatiVersion: extraction.iatiVersion,
        sectors,
        activitiesRead: extraction.activitiesRead,
        activitiesKept: extraction.activitiesKept,
        entriesAdded: 0,
        entriesAlreadyKnown: 0,
        uploadedBy: ctx.actor.id,
        createdAt: ctx.now,
      })
      .returning({ id: iatiImports.id });
    if (!created) throw new Error('iati import row not created');

    // A partner speaks for itself only: a transaction its file attributes to another publisher is
    // not stored in that publisher's name (the ISU may import it). The ISU vouches for what it uploads.
    const own = partnerKeyOf(ctx.actor);
    const attribution: Attribution = own === null ? 'isu' : 'publisher';
    const attributable = extraction.entries.filter((e) => mayAttribute(own, e));
    const refused = await refusedTransactions(
      ctx.db,
      attributable.map((e) => e.iatiActivityId),
      attribution,
    );
    const proposes = (e: ProposedEntry) => !refused.has(`${e.iatiActivityId}\u0000${e.iatiTransactionKey}`);
    // The same money reported from the other end is proposed once. Imports that could pair take
    // turns, so two uploads of the two ends at the same moment cannot both propose it.
    if (attributable.some((e) => e.counterpartActivityId !== null))
      await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext('cooperation.iati-pairs'))`);
    const { paired, notes } = await pairWithLedger(ctx.db, attributable, proposes);
    const rows: NewLedgerEntry[] = attributable
      .filter((e, i) => proposes(e) && !paired.has(i))
      .map((e) => ({
        origin: 'iati' as const,
        review: 'proposed' as const,
        providerIso3: e.providerIso3,
        providerName: e.providerName,
        recipientIso3: e.recipientIso3,
        year: e.year,
        area: e.area,
        type: 'financial' as const,
        amount: e.amount,
        currency: e.currency,
        status: e.status,
        channel: e.channel,
        note: e.sector ? `IATI ${e.iatiActivityId} (DAC ${e.sector})` : `IATI ${e.iatiActivityId}`,
        iatiSector: e.sector,
        iatiShare: e.share,
        iatiImportId: created.id,
        iatiActivityId: e.iatiActivityId,
        iatiTransactionKey: e.iatiTransactionKey,
        iatiCounterpartActivityId: e.counterpartActivityId,
        iatiAttribution: attribution,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
      }));
    const added = (await insertLedgerEntries(ctx, rows, { skipLiveIatiTransactions: true })).length;
    const otherPublishers = extraction.entries.length - attributable.length;
    const alreadyKnown = attributable.length - paired.size - added;
    await ctx.db
      .update(iatiImports)
      .set({
        entriesAdded: added,
        entriesAlreadyKnown: alreadyKnown,
        entriesReportedByOtherSide: paired.size,
      })
      .where(eq(iatiImports.id, created.id));

    const result: ImportOutcome = {
      importId: created.id,
      iatiVersion: extraction.iatiVersion,
      activitiesRead: extraction.activitiesRead,
      activitiesKept: extraction.activitiesKept,
      entriesAdded: added,
      entriesAlreadyKnown: alreadyKnown,
      entriesOfOtherPublishers: otherPublishers,
      skipped: { ...extraction.skipped, reportedByOtherSide: paired.size },
      reportedByOtherSide: notes,
    };
    return {
      result,
      audit: [
        {
          subjectType: 'iati_import',
          subjectId: String(created.id),
          after: { fileName: input.fileName, sectors, ...result },
        },
      ],
    };
  },
});
