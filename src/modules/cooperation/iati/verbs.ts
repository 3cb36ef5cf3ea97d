import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../../db/client.js';
import { type Actor, isIsu } from '../../../kernel/actor.js';
import { AppError, ConflictError } from '../../../kernel/errors.js';
import { rowId } from '../../../kernel/ids.js';
import { defineVerb } from '../../../kernel/verb.js';
import { states } from '../../states/schema.js';
import { assistanceEntries, iatiImports } from '../schema.js';
import { canWritePartnerItem, isPartner, mayImportIati, partnerKey } from '../shared/policy.js';
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
  skipped: Skipped;
}

const CHUNK = 500;

/**
 * Reads an IATI activity file and proposes a ledger entry per counted transaction, recipient State
 * and selected sector. All or nothing: a refused file writes nothing. Idempotent on entries: a
 * transaction already proposed (by this file or another) is counted as already known, never doubled.
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

    let added = 0;
    for (let i = 0; i < extraction.entries.length; i += CHUNK) {
      const rows = extraction.entries.slice(i, i + CHUNK).map((e) => ({
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
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
      }));
      const inserted = await ctx.db
        .insert(assistanceEntries)
        .values(rows)
        .onConflictDoNothing({
          target: [assistanceEntries.iatiActivityId, assistanceEntries.iatiTransactionKey],
          where: sql`origin = 'iati'`,
        })
        .returning({ id: assistanceEntries.id });
      added += inserted.length;
    }
    const alreadyKnown = extraction.entries.length - added;
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
) => canWritePartnerItem(actor, partnerKey(entry.providerIso3, entry.providerName));

async function entryOf(db: Executor, id: number) {
  const [row] = await db
    .select()
    .from(assistanceEntries)
    .where(sql`${assistanceEntries.id} = ${id} and ${assistanceEntries.origin} = 'iati'`);
  return row ?? null;
}

/**
 * The donor's word on a proposed entry: confirmed, it counts in the ledger; rejected, it stays
 * recorded as rejected (never deleted), so the next upload of the same file does not propose it again.
 */
export const reviewIatiEntry = defineVerb({
  name: 'cooperation.reviewIatiEntry',
  input: ReviewIatiInput,
  allow: (a) => isIsu(a) || isPartner(a),
  permit: async (ctx, input) => {
    const entry = await entryOf(ctx.db, input.entryId);
    if (!entry) throw new IatiEntryNotFound(input.entryId);
    return canReviewIatiEntry(ctx.actor, entry);
  },
  run: async (ctx, input) => {
    const entry = await entryOf(ctx.db, input.entryId);
    if (!entry) throw new IatiEntryNotFound(input.entryId);
    if (entry.review !== 'proposed') throw new ConflictError('IATI.ALREADY_REVIEWED', 'iati:alreadyReviewed');
    const review = input.decision === 'confirm' ? ('confirmed' as const) : ('rejected' as const);
    await ctx.db
      .update(assistanceEntries)
      .set({ review, reviewedBy: ctx.actor.id, reviewedAt: ctx.now })
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
