import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../../db/client.js';
import { AppError, ConflictError, ValidationError } from '../../../kernel/errors.js';
import { iso3, iso3Of, rowId, rowIdOf } from '../../../kernel/ids.js';
import { nextVersion, recordVersion } from '../../../kernel/record-version.js';
import { defineVerb } from '../../../kernel/verb.js';
import { states } from '../../states/schema.js';
import { assistanceEntries, needResponses, needs } from '../schema.js';
import { canKeepLedger } from '../shared/policy.js';
import { areas, assistanceTypes, currencies, ledgerStatuses } from '../shared/vocabulary.js';
import { insertLedgerEntry } from './insert.js';

/**
 * Ledger entries the ISU keys in (origin `isu`, review `confirmed`): flows no report holds. Only
 * these may be edited or removed here; IATI and handshake entries have their own verbs.
 */

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number) =>
  z.preprocess(blank, z.string().trim().max(max, 'errors:tooLong').optional());
const optionalIso3 = z.preprocess(blank, iso3.optional());
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === 'yes', z.boolean());

const EntryFields = z.object({
  /** A State as provider; or, instead, an organisation's name. */
  providerIso3: optionalIso3,
  providerName: optionalText(200),
  recipientIso3: z.preprocess(
    blank,
    iso3Of('ledger:errors.recipientRequired', 'ledger:errors.recipientRequired'),
  ),
  year: z.preprocess(
    blank,
    z.coerce
      .number({ message: 'ledger:errors.year' })
      .int('ledger:errors.year')
      .min(1990, 'ledger:errors.year')
      .max(2100, 'ledger:errors.year'),
  ),
  area: z.enum(areas, { message: 'ledger:errors.area' }),
  type: z.preprocess(blank, z.enum(assistanceTypes, { message: 'ledger:errors.type' }).optional()),
  amount: z.preprocess(
    blank,
    z.coerce
      .number({ message: 'ledger:errors.amount' })
      .refine((n) => Number.isFinite(n) && n >= 0 && n < 1e13, 'ledger:errors.amount')
      .optional(),
  ),
  currency: z.preprocess(blank, z.enum(currencies, { message: 'ledger:errors.currency' }).optional()),
  status: z.enum(ledgerStatuses, { message: 'ledger:errors.status' }),
  channel: optionalText(500),
  inResponseToRequest: checkbox,
  needId: z.preprocess(blank, rowIdOf('ledger:errors.need').optional()),
  note: optionalText(1000),
});

/** Checks across columns; they run even when another column failed, so a form shows every error at once. */
const always = { when: () => true };
const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
type Loose = Record<string, unknown>;
const withCrossChecks = <S extends z.ZodType<Loose>>(schema: S) =>
  schema
    .refine((v: Loose) => present(v.providerIso3) !== present(v.providerName), {
      path: ['providerIso3'],
      message: 'ledger:errors.providerOneOf',
      ...always,
    })
    .refine((v: Loose) => !present(v.amount) || present(v.currency), {
      path: ['currency'],
      message: 'ledger:errors.currencyRequired',
      ...always,
    });

export const RecordLedgerEntryInput = withCrossChecks(EntryFields);
export type RecordLedgerEntryInput = z.output<typeof EntryFields>;

/** An edit names the version it was read at (the form's hidden field): see kernel/record-version.ts. */
export const UpdateLedgerEntryInput = withCrossChecks(
  EntryFields.extend({ id: rowId, version: recordVersion }),
);
export const RemoveLedgerEntryInput = z.object({ id: rowId });

export class LedgerEntryNotFoundError extends AppError {
  constructor(id: number) {
    super('LEDGER.ENTRY_NOT_FOUND', 404, 'ledger:errors.entryNotFound', { id });
  }
}

type Entry = typeof assistanceEntries.$inferSelect;

/** Checks what Zod cannot: the States exist, the need is the recipient's. Returns the provider's name. */
async function checkReferences(db: Executor, input: RecordLedgerEntryInput): Promise<string> {
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

const columnsOf = (input: RecordLedgerEntryInput, providerName: string) => ({
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
  | 'version'
>;
const auditView = (e: AuditedColumns) => ({
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

async function findIsuEntry(db: Executor, id: number): Promise<Entry> {
  // Locked: the verbs that call this write the entry in the same transaction.
  const [entry] = await db.select().from(assistanceEntries).where(eq(assistanceEntries.id, id)).for('update');
  if (!entry) throw new LedgerEntryNotFoundError(id);
  if (entry.origin !== 'isu') throw new ConflictError('LEDGER.NOT_ISU_ENTRY', 'ledger:errors.notIsuEntry');
  return entry;
}

/** The ISU records a flow no report holds: confirmed at once, since the ISU vouches for it. */
export const recordLedgerEntry = defineVerb({
  name: 'cooperation.recordLedgerEntry',
  input: RecordLedgerEntryInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const providerName = await checkReferences(ctx.db, input);
    const actorId = ctx.actor.kind === 'user' ? ctx.actor.id : null;
    const values = {
      origin: 'isu' as const,
      review: 'confirmed' as const,
      ...columnsOf(input, providerName),
      createdBy: actorId,
      createdAt: ctx.now,
      reviewedBy: actorId,
      reviewedAt: ctx.now,
    };
    const id = await insertLedgerEntry(ctx, values);
    return {
      result: { id },
      audit: [
        {
          subjectType: 'assistance_entry',
          subjectId: String(id),
          stateIso3: input.recipientIso3,
          before: null,
          after: auditView(values),
        },
      ],
    };
  },
});

/** The ISU corrects one of its own entries. */
export const updateLedgerEntry = defineVerb({
  name: 'cooperation.updateLedgerEntry',
  input: UpdateLedgerEntryInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const before = await findIsuEntry(ctx.db, input.id);
    const version = nextVersion(before, input.version);
    const providerName = await checkReferences(ctx.db, input);
    const set = columnsOf(input, providerName);
    const after = { ...before, ...set };
    if (JSON.stringify(auditView(before)) === JSON.stringify(auditView(after)))
      return { result: { id: input.id, changed: false }, audit: [] };
    await ctx.db
      .update(assistanceEntries)
      .set({ ...set, version })
      .where(eq(assistanceEntries.id, input.id));
    return {
      result: { id: input.id, changed: true },
      audit: [
        {
          subjectType: 'assistance_entry',
          subjectId: String(input.id),
          stateIso3: input.recipientIso3,
          before: auditView(before),
          after: auditView(after),
        },
      ],
    };
  },
});

/** The ISU removes one of its own entries, unless a confirmed delivery points at it. */
export const removeLedgerEntry = defineVerb({
  name: 'cooperation.removeLedgerEntry',
  input: RemoveLedgerEntryInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const before = await findIsuEntry(ctx.db, input.id);
    const [linked] = await ctx.db
      .select({ id: needResponses.id })
      .from(needResponses)
      .where(eq(needResponses.ledgerEntryId, input.id));
    if (linked) throw new ConflictError('LEDGER.ENTRY_LINKED', 'ledger:errors.entryLinked');
    await ctx.db.delete(assistanceEntries).where(eq(assistanceEntries.id, input.id));
    return {
      result: { id: input.id },
      audit: [
        {
          subjectType: 'assistance_entry',
          subjectId: String(input.id),
          stateIso3: before.recipientIso3,
          before: auditView(before),
          after: null,
        },
      ],
    };
  },
});
