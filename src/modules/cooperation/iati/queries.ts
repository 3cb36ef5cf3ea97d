import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../accounts/schema.js';
import { states } from '../../states/schema.js';
import { assistanceEntries, iatiImports } from '../schema.js';
import { type Registry, registryOf } from './extract.js';
import type { LiveEntry } from './pairing.js';

/** What the pages show of an upload: its counts and who uploaded it. */
const importsWithUploader = (db: Executor) =>
  db
    .select({
      id: iatiImports.id,
      fileName: iatiImports.fileName,
      iatiVersion: iatiImports.iatiVersion,
      sectors: iatiImports.sectors,
      activitiesRead: iatiImports.activitiesRead,
      activitiesKept: iatiImports.activitiesKept,
      entriesAdded: iatiImports.entriesAdded,
      entriesAlreadyKnown: iatiImports.entriesAlreadyKnown,
      entriesReportedByOtherSide: iatiImports.entriesReportedByOtherSide,
      createdAt: iatiImports.createdAt,
      uploadedBy: users.name,
    })
    .from(iatiImports)
    .leftJoin(users, eq(users.id, iatiImports.uploadedBy));

export async function listImports(db: Executor, limit = 50) {
  return importsWithUploader(db).orderBy(desc(iatiImports.id)).limit(limit);
}

export type ImportRow = Awaited<ReturnType<typeof listImports>>[number];

export async function getImport(db: Executor, id: number): Promise<ImportRow | null> {
  const [row] = await importsWithUploader(db).where(eq(iatiImports.id, id));
  return row ?? null;
}

/** The entries an import added, with the recipient's registry name. */
export async function entriesOfImport(db: Executor, importId: number) {
  return db
    .select({
      id: assistanceEntries.id,
      iatiActivityId: assistanceEntries.iatiActivityId,
      iatiTransactionKey: assistanceEntries.iatiTransactionKey,
      providerIso3: assistanceEntries.providerIso3,
      providerName: assistanceEntries.providerName,
      recipientIso3: assistanceEntries.recipientIso3,
      channel: assistanceEntries.channel,
      recipientName: states.name,
      year: assistanceEntries.year,
      area: assistanceEntries.area,
      status: assistanceEntries.status,
      amount: assistanceEntries.amount,
      currency: assistanceEntries.currency,
      sector: assistanceEntries.iatiSector,
      share: assistanceEntries.iatiShare,
      review: assistanceEntries.review,
    })
    .from(assistanceEntries)
    .innerJoin(states, eq(states.iso3, assistanceEntries.recipientIso3))
    .where(sql`${assistanceEntries.iatiImportId} = ${importId} and ${assistanceEntries.origin} = 'iati'`)
    .orderBy(assistanceEntries.iatiActivityId, assistanceEntries.id);
}

export type ImportEntry = Awaited<ReturnType<typeof entriesOfImport>>[number];

/** The States registry as the rules need it: CCM States are States Parties and signatories. */
export async function loadRegistry(db: Executor): Promise<Registry> {
  const rows = await db
    .select({ iso3: states.iso3, name: states.name, ccmStatus: states.ccmStatus })
    .from(states);
  return registryOf(
    rows.map((r) => ({ ...r, ccm: r.ccmStatus === 'state_party' || r.ccmStatus === 'signatory' })),
  );
}

const CHUNK = 500;

/** A stored IATI entry as the import reads it: its transaction, who vouched for it, and the money it reports. */
export interface StoredIatiEntry extends LiveEntry {
  attribution: 'publisher' | 'isu' | null;
}

/**
 * The IATI entries of these activities, read in chunks: the rejected ones (refusals the import
 * respects) or the live ones (not rejected: what a transaction or the other end of its money has).
 */
export async function iatiEntriesOf(
  db: Executor,
  activityIds: Iterable<string>,
  review: 'rejected' | 'live',
): Promise<StoredIatiEntry[]> {
  const ids = [...new Set(activityIds)];
  const out: StoredIatiEntry[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({
        iatiActivityId: assistanceEntries.iatiActivityId,
        iatiTransactionKey: assistanceEntries.iatiTransactionKey,
        attribution: assistanceEntries.iatiAttribution,
        counterpartActivityId: assistanceEntries.iatiCounterpartActivityId,
        channel: assistanceEntries.channel,
        providerIso3: assistanceEntries.providerIso3,
        providerName: assistanceEntries.providerName,
        recipientIso3: assistanceEntries.recipientIso3,
        year: assistanceEntries.year,
        status: assistanceEntries.status,
        amount: assistanceEntries.amount,
        currency: assistanceEntries.currency,
      })
      .from(assistanceEntries)
      .where(
        and(
          eq(assistanceEntries.origin, 'iati'),
          review === 'rejected'
            ? eq(assistanceEntries.review, 'rejected')
            : ne(assistanceEntries.review, 'rejected'),
          inArray(assistanceEntries.iatiActivityId, ids.slice(i, i + CHUNK)),
        ),
      );
    // origin 'iati' holds an activity id and a transaction key (a check of the table).
    for (const r of rows)
      out.push({
        ...r,
        iatiActivityId: r.iatiActivityId ?? '',
        iatiTransactionKey: r.iatiTransactionKey ?? '',
      });
  }
  return out;
}
