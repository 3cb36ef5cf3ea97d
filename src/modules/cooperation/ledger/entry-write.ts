import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { ConflictError, ValidationError } from '../../../kernel/errors.js';
import { lockRowOr } from '../../../kernel/rows.js';
import { states } from '../../states/schema.js';
import { assistanceEntries, needs } from '../schema.js';
import { LedgerEntryNotFoundError, type RecordLedgerEntryInput } from './inputs.js';

/**
 * Ledger entries the ISU keys in (origin `isu`, review `confirmed`): flows no report holds. Only
 * these may be edited or removed here; IATI and handshake entries have their own verbs.
 */

export type Entry = typeof assistanceEntries.$inferSelect;

/** Checks what Zod cannot: the States exist, the need is the recipient's. Returns the provider's name. */
export async function checkReferences(db: Executor, input: RecordLedgerEntryInput): Promise<string> {
  const errors: Record<string, string[]> = {};
  const nameOf = async (iso3: string) =>
    (await db.select({ name: states.name }).from(states).where(eq(states.iso3, iso3)))[0]?.name;
  let providerName = input.providerName ?? '';
  if (input.providerIso3) {
    const name = await nameOf(input.providerIso3);
    if (!name) errors.providerIso3 = ['ledger:errors.unknownState'];
    else providerName = name;
  }
  if (!(await nameOf(input.recipientIso3))) errors.recipientIso3 = ['ledger:errors.unknownState'];
  else if (input.providerIso3 && input.providerIso3 === input.recipientIso3)
    errors.recipientIso3 = ['ledger:errors.sameParty'];
  if (input.needId !== undefined) {
    const [need] = await db
      .select({ id: needs.id })
      .from(needs)
      .where(and(eq(needs.id, input.needId), eq(needs.stateIso3, input.recipientIso3)));
    if (!need) errors.needId = ['ledger:errors.need'];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return providerName;
}

export const columnsOf = (input: RecordLedgerEntryInput, providerName: string) => ({
  providerIso3: input.providerIso3 ?? null,
  providerName,
  recipientIso3: input.recipientIso3,
  year: input.year,
  area: input.area,
  type: input.type ?? null,
  amount: input.amount ?? null,
  currency: input.currency ?? null,
  status: input.status,
  channel: input.channel ?? null,
  inResponseToRequest: input.inResponseToRequest,
  needId: input.needId ?? null,
  note: input.note ?? null,
});

/** What the audit trail shows of an entry: its columns, without bookkeeping. */
type AuditedColumns = Omit<
  Entry,
  | 'id'
  | 'createdAt'
  | 'createdBy'
  | 'reviewedAt'
  | 'reviewedBy'
  | 'iatiImportId'
  | 'iatiActivityId'
  | 'iatiTransactionKey'
  | 'iatiAttribution'
  | 'iatiSector'
  | 'iatiShare'
  | 'iatiCounterpartActivityId'
  | 'version'
>;
export const auditView = (e: AuditedColumns) => ({
  origin: e.origin,
  review: e.review,
  providerIso3: e.providerIso3,
  providerName: e.providerName,
  recipientIso3: e.recipientIso3,
  year: e.year,
  area: e.area,
  type: e.type,
  amount: e.amount,
  currency: e.currency,
  status: e.status,
  channel: e.channel,
  inResponseToRequest: e.inResponseToRequest,
  needId: e.needId,
  note: e.note,
});

export async function findIsuEntry(db: Executor, id: number): Promise<Entry> {
  // Locked: the verbs that call this write the entry in the same transaction.
  const entry = await lockRowOr(
    db,
    assistanceEntries,
    assistanceEntries.id,
    id,
    () => new LedgerEntryNotFoundError(id),
  );
  if (entry.origin !== 'isu') throw new ConflictError('LEDGER.NOT_ISU_ENTRY', 'ledger:errors.notIsuEntry');
  return entry;
}
