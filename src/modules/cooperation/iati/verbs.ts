import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../../db/client.js';
import type { Actor } from '../../../kernel/actor.js';
import { AppError, ConflictError } from '../../../kernel/errors.js';
import { rowId } from '../../../kernel/ids.js';
import { defineVerb } from '../../../kernel/verb.js';
import { states } from '../../states/schema.js';
import { insertLedgerEntries, type NewLedgerEntry } from '../ledger/index.js';
import { assistanceEntries, iatiImports } from '../schema.js';
import { canReviewIatiOf, mayImportIati, partnerKey, partnerKeyOf } from '../shared/policy.js';
import { areas } from '../shared/vocabulary.js';
import { extractEntries, MINE_ACTION_SECTOR, type Registry, type Skipped } from './extract.js';
import { IATI_MAX_BYTES, parseIatiXml } from './parse.js';

/** A file the import will not read: the message says why (size, declarations, XML error with its place, version). */
export class IatiFileRefused extends AppError {
  constructor(key: string, params: Record<string, string | number> = {}) {
    super('IATI.FILE_REFUSED', 422, key, params);
  }
}

export class IatiEntryNotFound extends AppError {
  constructor(id: number) {
    super('NOT_FOUND', 404, 'iati:entryNotFound', { id });
  }
}

/** The States registry as the rules need it: CCM States are States Parties and signatories. */
export async function loadRegistry(db: Executor): Promise<Registry> {
  const rows = await db
    .select({ iso3: states.iso3, name: states.name, ccmStatus: states.ccmStatus })
    .from(states);
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  return {
    isCcmState: (iso3) => {
      const s = byIso3.get(iso3);
      return s?.ccmStatus === 'state_party' || s?.ccmStatus === 'signatory';
    },
    nameOf: (iso3) => byIso3.get(iso3)?.name ?? null,
  };
}

const DacCode = z.string().regex(/^\d{5}$/, 'iati:form.badSector');

export const ImportIatiInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
  sectors: z.array(DacCode).min(1, 'iati:form.noSector').max(20).default([MINE_ACTION_SECTOR]),
  otherArea: z.enum(areas).default('other'),
});

export interface ImportOutcome {
  importId: number;
  iatiVersion: string;
  activitiesRead: number;
  activitiesKept: number;
  entriesAdded: number;
  entriesAlreadyKnown: number;
  /** Transactions a partner's file attributes to another publisher: never stored in its name. */
  entriesOfOtherPublishers: number;
  skipped: Skipped;
}

const CHUNK = 500;

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
  const ids = [...new Set(activityIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({
        activity: assistanceEntries.iatiActivityId,
        key: assistanceEntries.iatiTransactionKey,
        attribution: assistanceEntries.iatiAttribution,
      })
      .from(assistanceEntries)
      .where(
        and(
          eq(assistanceEntries.origin, 'iati'),
          eq(assistanceEntries.review, 'rejected'),
          inArray(assistanceEntries.iatiActivityId, ids.slice(i, i + CHUNK)),
        ),
      );
    for (const r of rows)
      if (r.attribution === 'publisher' || importing === 'isu') refused.add(`${r.activity}\u0000${r.key}`);
  }
  return refused;
}

/**
 * Reads an IATI activity file and proposes a ledger entry per counted transaction, recipient State
 * and selected sector. All or nothing: a refused file writes nothing. Idempotent on entries: a
 * transaction with a live entry (proposed or confirmed, from this file or another) is counted as
 * already known, never doubled. A partner's upload proposes only its own publication's transactions.
 */
export const importIatiFile = defineVerb({
  name: 'cooperation.importIatiFile',
  input: ImportIatiInput,
  allow: mayImportIati,
  run: async (ctx, input) => {
    const parsed = parseIatiXml(input.bytes, IATI_MAX_BYTES);
    if (!parsed.ok) throw new IatiFileRefused(parsed.problem.key, parsed.problem.params);
    const sectors = [...new Set(input.sectors)];
    const extraction = extractEntries(parsed.activities, await loadRegistry(ctx.db), {
      sectors,
      otherArea: input.otherArea,
    });
    const [created] = await ctx.db
      .insert(iatiImports)
      .values({
        fileName: input.fileName,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        iatiVersion: parsed.version,
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
    const attributable = extraction.entries.filter(
      (e) => own === null || partnerKey(e.providerIso3, e.providerIso3 ? null : e.providerName) === own,
    );
    const refused = await refusedTransactions(
      ctx.db,
      attributable.map((e) => e.iatiActivityId),
      attribution,
    );
    const rows: NewLedgerEntry[] = attributable
      .filter((e) => !refused.has(`${e.iatiActivityId}\u0000${e.iatiTransactionKey}`))
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
        note: `IATI ${e.iatiActivityId} (DAC ${e.sector})`,
        iatiImportId: created.id,
        iatiActivityId: e.iatiActivityId,
        iatiTransactionKey: e.iatiTransactionKey,
        iatiAttribution: attribution,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
      }));
    const added = (await insertLedgerEntries(ctx, rows, { skipLiveIatiTransactions: true })).length;
    const otherPublishers = extraction.entries.length - attributable.length;
    const alreadyKnown = attributable.length - added;
    await ctx.db
      .update(iatiImports)
      .set({ entriesAdded: added, entriesAlreadyKnown: alreadyKnown })
      .where(eq(iatiImports.id, created.id));

    const result: ImportOutcome = {
      importId: created.id,
      iatiVersion: parsed.version,
      activitiesRead: extraction.activitiesRead,
      activitiesKept: extraction.activitiesKept,
      entriesAdded: added,
      entriesAlreadyKnown: alreadyKnown,
      entriesOfOtherPublishers: otherPublishers,
      skipped: extraction.skipped,
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

export const ReviewIatiInput = z.object({
  entryId: rowId,
  decision: z.enum(['confirm', 'reject']),
});

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
    return {
      result: { entryId: entry.id, review, importId: entry.iatiImportId },
      audit: [
        {
          subjectType: 'assistance_entry',
          subjectId: String(entry.id),
          stateIso3: entry.providerIso3 ?? entry.recipientIso3,
          before: { review: entry.review },
          after: { review },
        },
      ],
    };
  },
});

/** Proposed entries of one import the actor may review, for "confirm all". */
export async function reviewableIds(db: Executor, importId: number): Promise<number[]> {
  const rows = await db
    .select({ id: assistanceEntries.id })
    .from(assistanceEntries)
    .where(sql`${assistanceEntries.iatiImportId} = ${importId} and ${assistanceEntries.review} = 'proposed'`);
  return rows.map((r) => r.id);
}
