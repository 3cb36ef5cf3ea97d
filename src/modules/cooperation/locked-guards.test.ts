import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { loggedDb, readsOf } from '../../../test/sql-log.js';
import type { Db } from '../../db/client.js';
import { type ConflictError, ForbiddenError } from '../../kernel/errors.js';
import { reviewIatiEntry } from './iati/review-iati-entry.js';
import { removeLedgerEntry } from './ledger/remove-ledger-entry.js';
import { updateLedgerEntry } from './ledger/update-ledger-entry.js';
import { reconfirmOffer } from './offers/reconfirm-offer.js';
import { updateOffer } from './offers/update-offer.js';
import { withdrawOffer } from './offers/withdraw-offer.js';
import { assistanceEntries, offers } from './schema.js';
import { insertLedgerEntry, insertOffer } from './testing.js';

/**
 * Every guard of offers, ledger entries and IATI review is checked on the row the verb has locked
 * (`select … for update` inside its transaction): the owner and the state it checks are the ones it
 * writes over. Each family is shown three ways: the statements read the row `for update`; a change
 * made by a transaction that holds the row is seen once it commits (the verb waits, then refuses);
 * and the guard refuses a wrong owner or a stale state.
 */

const at = new Date('2026-06-01T00:00:00Z');

const addOffer = (db: Db, ownerKey = 'state:DEU', partnerIso3: string | null = 'DEU') =>
  insertOffer(db, { ownerKey, partnerIso3, lastConfirmedOn: '2026-01-01' });

const addEntry = (db: Db, over: Partial<typeof assistanceEntries.$inferInsert> = {}) =>
  insertLedgerEntry(db, { createdAt: at, ...over });

const iatiEntry = (db: Db) =>
  addEntry(db, {
    origin: 'iati',
    review: 'proposed',
    iatiActivityId: 'DE-1-ACT',
    iatiTransactionKey: 'tx-1',
    iatiAttribution: 'publisher',
  });

/**
 * Runs `change` in a transaction that holds the row, starts `verb` while it is held, then commits:
 * the verb's guard must see the committed change, which it does only if it reads the row locked.
 */
async function whileHeld(db: Db, lock: (tx: Db) => Promise<unknown>, verb: () => Promise<unknown>) {
  let held!: () => void;
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const writer = db.transaction(async (tx) => {
    await lock(tx as unknown as Db);
    held();
    // Long enough for the verb to reach its guard and wait on the row.
    await new Promise((resolve) => setTimeout(resolve, 150));
  });
  await holding;
  const started = verb().then(
    () => null,
    (err: unknown) => err,
  );
  await writer;
  return started;
}

const edit = (o: typeof offers.$inferSelect) => ({
  id: o.id,
  version: o.version,
  title: 'Edited title',
  areas: ['art4'],
  types: ['financial'],
  priorityRegions: [],
  priorityStates: [],
  multiYear: false,
  contact: 'desk@example.org',
});

const ledgerEdit = (e: typeof assistanceEntries.$inferSelect) => ({
  id: e.id,
  version: e.version,
  providerIso3: 'DEU',
  recipientIso3: 'LBN',
  year: 2026,
  area: 'art4',
  amount: 250000,
  currency: 'EUR',
  status: 'disbursed',
});

describe.each(engines)('guards on locked rows (%s)', (engine) => {
  const database = useFreshDatabase(engine);

  describe('offers', () => {
    it('the owner check reads the offer for update, in the verb’s transaction', async () => {
      const deu = await makeUser(database().db, { role: 'partner', stateIso3: 'DEU' });
      const offer = await addOffer(database().db);
      const { db, statements } = loggedDb(database());
      await reconfirmOffer(ctxFor(db, deu), { id: offer.id });
      await withdrawOffer(ctxFor(db, deu), { id: offer.id });
      const reads = readsOf(statements, 'offers');
      expect(reads.length).toBeGreaterThanOrEqual(4);
      for (const s of reads) expect(s).toMatch(/for update$/);
    });

    it('an offer handed to another partner meanwhile is refused to its former owner', async () => {
      const db = database().db;
      const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
      const offer = await addOffer(db);
      const err = await whileHeld(
        db,
        (tx) =>
          tx
            .update(offers)
            .set({ ownerKey: 'state:NOR', partnerIso3: 'NOR' })
            .where(eq(offers.id, offer.id))
            .returning(),
        () => withdrawOffer(ctxFor(db, deu), { id: offer.id }),
      );
      expect(err).toBeInstanceOf(ForbiddenError);
      const [after] = await db.select().from(offers).where(eq(offers.id, offer.id));
      expect(after?.status).toBe('active');
    });

    it('an offer withdrawn meanwhile is not edited back to life; a stale version is refused', async () => {
      const db = database().db;
      const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
      const offer = await addOffer(db);
      const err = await whileHeld(
        db,
        (tx) => tx.update(offers).set({ status: 'withdrawn' }).where(eq(offers.id, offer.id)),
        () => updateOffer(ctxFor(db, deu), edit(offer)),
      );
      expect((err as ConflictError).code).toBe('OFFERS.WITHDRAWN');
      const other = await addOffer(db);
      const stale = await whileHeld(
        db,
        (tx) =>
          tx
            .update(offers)
            .set({ version: other.version + 1 })
            .where(eq(offers.id, other.id)),
        () => updateOffer(ctxFor(db, deu), edit(other)),
      );
      expect((stale as ConflictError).code).toBe('RECORD.STALE');
    });
  });

  describe('ledger entries', () => {
    it('the origin and version checks read the entry for update', async () => {
      const isu = await makeUser(database().db, { role: 'isu' });
      const entry = await addEntry(database().db);
      const { db, statements } = loggedDb(database());
      await updateLedgerEntry(ctxFor(db, isu), ledgerEdit(entry));
      await removeLedgerEntry(ctxFor(db, isu), { id: entry.id });
      const reads = readsOf(statements, 'assistance_entries');
      expect(reads.length).toBe(2);
      for (const s of reads) expect(s).toMatch(/for update$/);
    });

    it('an entry changed meanwhile is a stale edit; one that is no longer the ISU’s own is not removed', async () => {
      const db = database().db;
      const isu = await makeUser(db, { role: 'isu' });
      const entry = await addEntry(db);
      const stale = await whileHeld(
        db,
        (tx) =>
          tx
            .update(assistanceEntries)
            .set({ version: entry.version + 1 })
            .where(eq(assistanceEntries.id, entry.id)),
        () => updateLedgerEntry(ctxFor(db, isu), ledgerEdit(entry)),
      );
      expect((stale as ConflictError).code).toBe('RECORD.STALE');
      const notIsu = await whileHeld(
        db,
        (tx) =>
          tx.update(assistanceEntries).set({ origin: 'handshake' }).where(eq(assistanceEntries.id, entry.id)),
        () => removeLedgerEntry(ctxFor(db, isu), { id: entry.id }),
      );
      expect((notIsu as ConflictError).code).toBe('LEDGER.NOT_ISU_ENTRY');
      expect(
        await db.select().from(assistanceEntries).where(eq(assistanceEntries.id, entry.id)),
      ).toHaveLength(1);
    });
  });

  describe('IATI review', () => {
    it('the reviewer check reads the entry for update', async () => {
      const deu = await makeUser(database().db, { role: 'partner', stateIso3: 'DEU' });
      const entry = await iatiEntry(database().db);
      const { db, statements } = loggedDb(database());
      await reviewIatiEntry(ctxFor(db, deu), { entryId: entry.id, decision: 'confirm' });
      const reads = readsOf(statements, 'assistance_entries');
      expect(reads.length).toBe(2);
      for (const s of reads) expect(s).toMatch(/for update$/);
    });

    it('an entry attributed to another provider meanwhile is refused; one reviewed meanwhile is not reviewed twice', async () => {
      const db = database().db;
      const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
      const entry = await iatiEntry(db);
      const refused = await whileHeld(
        db,
        (tx) =>
          tx
            .update(assistanceEntries)
            .set({ providerIso3: 'NOR', providerName: 'Norway' })
            .where(eq(assistanceEntries.id, entry.id)),
        () => reviewIatiEntry(ctxFor(db, deu), { entryId: entry.id, decision: 'reject' }),
      );
      expect(refused).toBeInstanceOf(ForbiddenError);
      await db
        .update(assistanceEntries)
        .set({ providerIso3: 'DEU', providerName: 'Germany' })
        .where(eq(assistanceEntries.id, entry.id));
      const twice = await whileHeld(
        db,
        (tx) =>
          tx.update(assistanceEntries).set({ review: 'confirmed' }).where(eq(assistanceEntries.id, entry.id)),
        () => reviewIatiEntry(ctxFor(db, deu), { entryId: entry.id, decision: 'reject' }),
      );
      expect((twice as ConflictError).code).toBe('IATI.ALREADY_REVIEWED');
      const [after] = await db.select().from(assistanceEntries).where(eq(assistanceEntries.id, entry.id));
      expect(after?.review).toBe('confirmed');
    });
  });
});
