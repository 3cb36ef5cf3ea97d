import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { type Actor, anonymous, systemActor } from '../../../kernel/actor.js';
import { createContext } from '../../../kernel/context.js';
import {
  createReport,
  markFormUnchanged,
  recallReport,
  saveForm,
  submitReport,
} from '../../reports/index.js';
import { deleteExchangeRate } from './delete-exchange-rate.js';
import { DEMO_NOTE, demoEntries, demoRates, ensureDemoLedger } from './demo.js';
import { loadLedger } from './queries.js';
import { loadRates } from './rates.js';
import { recordLedgerEntry } from './record-ledger-entry.js';
import { removeLedgerEntry } from './remove-ledger-entry.js';
import { setExchangeRate } from './set-exchange-rate.js';
import { ledgerTotals } from './summary.js';
import { ledgerSnapshot, submitFormI } from './testing.js';
import { updateLedgerEntry } from './update-ledger-entry.js';

const isu = systemActor('ledger.test');

describe.each(engines)('ledger on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it("counts a row in the State's own US-dollar figure when the ISU has no rate, and by the ISU's rate when it has one", async () => {
    const { db } = database();
    // Lebanon 2016 reported contributions in their currencies with the dollar value beside them.
    await submitFormI(db, {
      iso3: 'LBN',
      year: 2016,
      received: [
        { counterpart: 'Norway', area: 'art4', amount: 1000, currency: 'NOK', amountUsd: 119 },
        { counterpart: 'Japan', area: 'art4', amount: 5000, currency: 'JPY' },
      ],
    });
    const rows = await loadLedger(db, { stateIso3: 'LBN' });
    expect(rows.map((r) => [r.currency, r.usd])).toEqual([
      ['JPY', null],
      ['NOK', 119],
    ]);
    await setExchangeRate(ctxFor(db, isu), {
      currency: 'NOK',
      year: 2016,
      usdPerUnit: 0.12,
      source: 'Test rate',
    });
    expect((await loadLedger(db, { stateIso3: 'LBN' })).map((r) => r.usd)).toEqual([null, 120]);
  });

  it('merges donor and recipient report rows and stored entries, in dollars where a rate exists', async () => {
    const { db } = database();
    const nor = await submitFormI(db, {
      iso3: 'NOR',
      year: 2023,
      provided: [
        { counterpart: 'Lebanon', area: 'art4', amount: 1000, currency: 'NOK', inResponseToRequest: 'yes' },
        { counterpart: 'Norwegian People’s Aid', area: 'art4', amount: 50, currency: 'USD' },
      ],
    });
    const lbn = await submitFormI(db, {
      iso3: 'LBN',
      year: 2023,
      received: [
        { counterpart: 'Norway', area: 'art4', amount: 90, currency: 'USD', inResponseToRequest: 'no' },
      ],
    });
    await submitFormI(db, {
      iso3: 'SSD',
      year: 2023,
      kind: 'voluntary',
      received: [{ counterpart: 'Germany', area: 'art5', amount: 10, currency: 'EUR', year: 2022 }],
    });

    const rows = await loadLedger(db);
    expect(rows).toHaveLength(4);
    const norLbn = rows.find((r) => r.origin === 'donor_report' && r.recipientIso3 === 'LBN');
    expect(norLbn).toMatchObject({
      key: `report:${nor}:1:assistanceProvided:1`,
      providerIso3: 'NOR',
      providerName: 'Norway',
      recipientName: 'Lebanon',
      year: 2023,
      amount: 1000,
      currency: 'NOK',
      usd: null, // no rate yet: never a guess
      status: 'disbursed',
      counted: true,
      inResponseToRequest: true,
      source: { reportId: nor, version: 1, form: 'I', table: 'assistanceProvided', row: 1 },
      nonPartyReport: false,
    });
    const org = rows.find((r) => r.counterpartText === 'Norwegian People’s Aid');
    expect(org).toMatchObject({ recipientIso3: null, recipientName: 'Norwegian People’s Aid', usd: 50 });
    const lbnRow = rows.find((r) => r.origin === 'recipient_report' && r.recipientIso3 === 'LBN');
    expect(lbnRow).toMatchObject({
      key: `report:${lbn}:1:assistanceReceived:1`,
      providerIso3: 'NOR',
      usd: 90,
      inResponseToRequest: false,
    });
    // The row's own year, and the voluntary report marked.
    const ssd = rows.find((r) => r.recipientIso3 === 'SSD');
    expect(ssd).toMatchObject({ providerIso3: 'DEU', year: 2022, nonPartyReport: true });

    await setExchangeRate(ctxFor(db, isu), {
      currency: 'NOK',
      year: 2023,
      usdPerUnit: 0.1,
      source: 'Test rate',
    });
    const converted = await loadLedger(db, { recipientIso3: 'LBN', origin: 'donor_report' });
    expect(converted.map((r) => r.usd)).toEqual([100]);
    // Another year's rate is not used.
    await setExchangeRate(ctxFor(db, isu), {
      currency: 'EUR',
      year: 2023,
      usdPerUnit: 1.1,
      source: 'Test rate',
    });
    expect((await loadLedger(db, { stateIso3: 'SSD' }))[0]?.usd).toBeNull();

    // Stored entries: an ISU entry counts; a pledge is listed but not counted.
    const ctx = ctxFor(db, isu);
    await recordLedgerEntry(ctx, {
      providerIso3: 'DEU',
      recipientIso3: 'LAO',
      year: 2024,
      area: 'art4',
      amount: 200,
      currency: 'USD',
      status: 'committed',
    });
    await recordLedgerEntry(ctx, {
      providerName: 'UNDP',
      recipientIso3: 'LAO',
      year: 2024,
      area: 'art5',
      amount: 300,
      currency: 'USD',
      status: 'pledged',
    });
    const lao = await loadLedger(db, { stateIso3: 'LAO' });
    expect(lao.map((r) => [r.origin, r.providerName, r.status, r.counted, r.review])).toEqual([
      ['isu', 'Germany', 'committed', true, 'confirmed'],
      ['isu', 'UNDP', 'pledged', false, 'confirmed'],
    ]);

    // Filters.
    expect((await loadLedger(db, { year: 2024 })).length).toBe(2);
    expect((await loadLedger(db, { providerIso3: 'NOR' })).map((r) => r.origin).sort()).toEqual([
      'donor_report',
      'donor_report',
      'recipient_report',
    ]);
    expect((await loadLedger(db, { area: 'art5' })).map((r) => r.recipientIso3).sort()).toEqual([
      'LAO',
      'SSD',
    ]);

    // A recalled report leaves the ledger at once.
    await recallReport(ctx, { reportId: lbn, reason: 'Sent by mistake, a corrected one follows.' });
    expect(await loadLedger(db, { origin: 'recipient_report', recipientIso3: 'LBN' })).toEqual([]);
  });

  it('a flow repeated by a later report (Form I "unchanged", or a row kept) is one flow, of its own year', async () => {
    const { db } = database();
    const first = await submitFormI(db, {
      iso3: 'NOR',
      year: 2022,
      provided: [
        { counterpart: 'Lebanon', area: 'art4', amount: 1000, currency: 'USD', year: 2022 },
        { counterpart: 'Iraq', area: 'art4', amount: 500, currency: 'USD' },
      ],
    });
    // 2023: pre-filled from 2022, Form I marked "unchanged", submitted.
    const ctx = createContext(db, isu, { now: new Date('2026-03-01T00:00:00Z') });
    const draft = await createReport(ctx, { iso3: 'NOR', year: 2023, kind: 'annual' });
    const ref = { reportId: draft.reportId, versionId: draft.versionId };
    const submit = (version: typeof ref, lockVersion: number, receivedOn: string) =>
      submitReport(ctx, { ...version, lockVersion, channel: 'other', receivedOn });
    const donorRows = async () => (await loadLedger(db)).filter((r) => r.origin === 'donor_report');
    const flows = (rows: Awaited<ReturnType<typeof donorRows>>) =>
      rows.map((r) => `${r.recipientIso3}:${r.year}:${r.source?.reportId}`).sort();
    const marked = await markFormUnchanged(ctx, { ...ref, lockVersion: 0, form: 'I' });
    await submit(ref, marked.lockVersion, '2024-04-30');

    const rows = await donorRows();
    // Each flow once, from the report that first stated it, in the year it happened.
    expect(flows(rows)).toEqual([`IRQ:2022:${first}`, `LBN:2022:${first}`].sort());
    expect(ledgerTotals(rows).counted.usd).toBe(1500);

    // 2024: Form I changed; the 2022 row with its year is kept and a new 2024 flow added.
    const next = await createReport(ctx, { iso3: 'NOR', year: 2024, kind: 'annual' });
    const nextRef = { reportId: next.reportId, versionId: next.versionId };
    const saved = await saveForm(ctx, {
      ...nextRef,
      lockVersion: 0,
      form: 'I',
      status: 'changed',
      values: {
        assistanceProvided: [2022, 2024].map((year) => ({
          recipient: 'Lebanon',
          area: 'art4',
          type: null,
          amount: 1000,
          currency: 'USD',
          channel: null,
          year,
          inResponseToRequest: null,
        })),
        assistanceReceived: [],
      },
    });
    await submit(nextRef, saved.lockVersion, '2025-04-30');
    expect(flows(await donorRows())).toEqual(
      [`IRQ:2022:${first}`, `LBN:2022:${first}`, `LBN:2024:${next.reportId}`].sort(),
    );
  });

  it('leaves proposed and rejected entries out unless asked, and never counts them', async () => {
    const { db } = database();
    const { assistanceEntries } = await import('../schema.js');
    const base = {
      origin: 'iati' as const,
      providerIso3: 'DEU',
      providerName: 'Germany',
      recipientIso3: 'LAO',
      year: 2024,
      area: 'art4' as const,
      amount: 5,
      currency: 'USD',
      status: 'disbursed' as const,
      iatiActivityId: 'DE-1',
      createdAt: new Date(),
    };
    await db.insert(assistanceEntries).values([
      { ...base, review: 'proposed', iatiTransactionKey: 't1' },
      { ...base, review: 'rejected', iatiTransactionKey: 't2' },
      { ...base, review: 'confirmed', iatiTransactionKey: 't3' },
    ]);
    expect((await loadLedger(db)).map((r) => r.review)).toEqual(['confirmed']);
    const all = await loadLedger(db, { includeUnreviewed: true });
    expect(all.map((r) => [r.review, r.counted]).sort()).toEqual([
      ['confirmed', true],
      ['proposed', false],
      ['rejected', false],
    ]);
  });

  it('sets, corrects and deletes exchange rates with an audit; validates them', async () => {
    const { db } = database();
    const ctx = ctxFor(db, isu);
    const auditBefore = (await ledgerSnapshot(db)).audit;
    await setExchangeRate(ctx, { currency: 'EUR', year: 2023, usdPerUnit: '1.08', source: 'ECB' });
    await setExchangeRate(ctx, { currency: 'EUR', year: 2023, usdPerUnit: 1.09, source: 'ECB corrected' });
    const again = await setExchangeRate(ctx, {
      currency: 'EUR',
      year: 2023,
      usdPerUnit: 1.09,
      source: 'ECB corrected',
    });
    expect(again.changed).toBe(false);
    expect((await loadRates(db)).list.map((r) => [r.currency, r.year, r.usdPerUnit, r.source])).toEqual([
      ['EUR', 2023, 1.09, 'ECB corrected'],
    ]);
    expect((await ledgerSnapshot(db)).audit - auditBefore).toBe(2);
    for (const bad of [
      { currency: 'USD', year: 2023, usdPerUnit: 1, source: 'x source' },
      { currency: 'other', year: 2023, usdPerUnit: 1, source: 'x source' },
      { currency: 'EUR', year: 2023, usdPerUnit: 0, source: 'x source' },
      { currency: 'EUR', year: 2023, usdPerUnit: -1, source: 'x source' },
      { currency: 'EUR', year: 1900, usdPerUnit: 1, source: 'x source' },
      { currency: 'EUR', year: 2023, usdPerUnit: 1, source: '' },
    ]) {
      await expect(setExchangeRate(ctx, bad)).rejects.toMatchObject({ status: 422 });
    }
    await deleteExchangeRate(ctx, { currency: 'EUR', year: 2023 });
    expect((await loadRates(db)).list).toEqual([]);
    await expect(deleteExchangeRate(ctx, { currency: 'EUR', year: 2023 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('validates ISU entries column by column, and edits only ISU entries', async () => {
    const { db } = database();
    const ctx = ctxFor(db, isu);
    const fieldsOf = async (input: unknown) => {
      try {
        await recordLedgerEntry(ctx, input);
        return null;
      } catch (e) {
        return Object.keys((e as { fieldErrors: Record<string, string[]> }).fieldErrors ?? {}).sort();
      }
    };
    const ok = { providerIso3: 'NOR', recipientIso3: 'LBN', year: 2024, area: 'art4', status: 'disbursed' };
    expect(await fieldsOf({})).toEqual(['area', 'providerIso3', 'recipientIso3', 'status', 'year']);
    expect(await fieldsOf({ ...ok, providerName: 'UNDP' })).toEqual(['providerIso3']);
    expect(await fieldsOf({ ...ok, amount: '12' })).toEqual(['currency']);
    expect(await fieldsOf({ ...ok, amount: '-1', currency: 'EUR' })).toEqual(['amount']);
    expect(await fieldsOf({ ...ok, currency: 'XXX', type: 'cash', area: 'art99' })).toEqual([
      'area',
      'currency',
      'type',
    ]);
    expect(await fieldsOf({ ...ok, recipientIso3: 'ZZZ', providerIso3: 'QQQ' })).toEqual([
      'providerIso3',
      'recipientIso3',
    ]);
    expect(await fieldsOf({ ...ok, recipientIso3: 'NOR' })).toEqual(['recipientIso3']);
    expect(await fieldsOf({ ...ok, needId: '999' })).toEqual(['needId']);
    expect((await ledgerSnapshot(db)).entries).toEqual([]);

    const { id } = await recordLedgerEntry(ctx, {
      ...ok,
      amount: '10',
      currency: 'NOK',
      inResponseToRequest: 'on',
    });
    await updateLedgerEntry(ctx, {
      ...ok,
      id,
      version: 0,
      amount: '20',
      currency: 'NOK',
      status: 'committed',
    });
    const [row] = (await ledgerSnapshot(db)).entries;
    expect(row).toMatchObject({ amount: 20, status: 'committed', inResponseToRequest: false, origin: 'isu' });
    await removeLedgerEntry(ctx, { id });
    expect((await ledgerSnapshot(db)).entries).toEqual([]);
    await expect(removeLedgerEntry(ctx, { id })).rejects.toMatchObject({ status: 404 });

    // An IATI entry is not the ISU's to edit here.
    const { assistanceEntries } = await import('../schema.js');
    const [iati] = await db
      .insert(assistanceEntries)
      .values({
        origin: 'iati',
        review: 'proposed',
        providerName: 'Germany',
        providerIso3: 'DEU',
        recipientIso3: 'LAO',
        year: 2024,
        area: 'art4',
        status: 'disbursed',
        iatiActivityId: 'DE-1',
        iatiTransactionKey: 't',
        createdAt: new Date(),
      })
      .returning({ id: assistanceEntries.id });
    await expect(updateLedgerEntry(ctx, { ...ok, id: iati?.id, version: 0 })).rejects.toMatchObject({
      status: 409,
    });
    await expect(removeLedgerEntry(ctx, { id: iati?.id })).rejects.toMatchObject({ status: 409 });
  });

  it('refuses every ledger verb to anyone but the ISU, changing nothing', async () => {
    const { db } = database();
    const ctx = ctxFor(db, isu);
    await setExchangeRate(ctx, { currency: 'EUR', year: 2023, usdPerUnit: 1.08, source: 'ECB' });
    const { id } = await recordLedgerEntry(ctx, {
      providerIso3: 'NOR',
      recipientIso3: 'LBN',
      year: 2024,
      area: 'art4',
      status: 'disbursed',
    });
    const people: Actor[] = [
      await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      await makeUser(db, { role: 'focal_point', stateIso3: 'NOR' }),
      await makeUser(db, { role: 'partner', stateIso3: 'NOR' }),
      await makeUser(db, { role: 'partner', organisation: 'UNDP' }),
      await makeUser(db, { role: 'coordinator' }),
      anonymous,
    ];
    const entry = {
      providerIso3: 'NOR',
      recipientIso3: 'LBN',
      year: 2024,
      area: 'art4',
      status: 'disbursed',
    };
    const before = await ledgerSnapshot(db);
    for (const actor of people) {
      const c = ctxFor(db, actor);
      const status = actor.kind === 'anonymous' ? 401 : 403;
      await expect(
        setExchangeRate(c, { currency: 'EUR', year: 2023, usdPerUnit: 2, source: 'mine' }),
      ).rejects.toMatchObject({ status });
      await expect(deleteExchangeRate(c, { currency: 'EUR', year: 2023 })).rejects.toMatchObject({ status });
      await expect(recordLedgerEntry(c, entry)).rejects.toMatchObject({ status });
      await expect(
        updateLedgerEntry(c, { ...entry, id, version: 0, status: 'pledged' }),
      ).rejects.toMatchObject({
        status,
      });
      await expect(removeLedgerEntry(c, { id })).rejects.toMatchObject({ status });
    }
    expect(await ledgerSnapshot(db)).toEqual(before);
  });

  it('builds the demonstration ledger once, through the verbs, without overwriting a rate', async () => {
    const { db } = database();
    await setExchangeRate(ctxFor(db, isu), {
      currency: 'EUR',
      year: 2022,
      usdPerUnit: 1.5,
      source: 'Set by the ISU',
    });
    expect(await ensureDemoLedger(db)).toEqual({
      ratesAdded: demoRates.length - 1,
      entriesAdded: demoEntries.length,
    });
    expect(await ensureDemoLedger(db)).toEqual({ ratesAdded: 0, entriesAdded: 0 });
    const rates = await loadRates(db);
    expect(rates.byKey.get('EUR:2022')?.source).toBe('Set by the ISU');
    expect(rates.byKey.get('NOK:2023')?.usdPerUnit).toBe(0.0946441);
    expect(rates.byKey.get('EUR:2025')?.source).toBe('Demonstration rate, not an official figure');
    const rows = await loadLedger(db);
    expect(rows).toHaveLength(demoEntries.length);
    expect(rows.every((r) => r.origin === 'isu' && r.usd !== null)).toBe(true);
    const snap = await ledgerSnapshot(db);
    expect(snap.entries.every((e) => e.note === DEMO_NOTE)).toBe(true);
    const totals = ledgerTotals(rows);
    expect(totals.pledged.rows).toBe(1);
    expect(totals.counted.rows).toBe(demoEntries.length - 1);
  });
});
