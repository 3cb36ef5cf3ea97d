import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { systemActor } from '../../kernel/actor.js';
import { createApiToken } from '../accounts/index.js';
import { recordLedgerEntry } from '../cooperation/index.js';
import { assistanceEntries } from '../cooperation/schema.js';
import { norwayToLebanon2023 } from '../cooperation/testing.js';
import { LedgerDonors, LedgerList, LedgerReconciliation, RateList } from './ledger-api.js';

describe.each(engines)('the ledger in the JSON API on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('lists flows with totals, compares reports, follows donors and gives rates with sources', async () => {
    const { db } = database();
    const nor = await norwayToLebanon2023(db, [
      { counterpart: 'UNMAS', area: 'art4', amount: 10, currency: 'USD' },
    ]);
    const ctx = ctxFor(db, systemActor('test'));
    await recordLedgerEntry(ctx, {
      providerIso3: 'NOR',
      recipientIso3: 'LBN',
      year: 2024,
      area: 'art4',
      amount: 50,
      currency: 'USD',
      status: 'disbursed',
    });
    await db.insert(assistanceEntries).values({
      origin: 'iati',
      review: 'proposed',
      providerIso3: 'NOR',
      providerName: 'Norway',
      recipientIso3: 'LBN',
      year: 2024,
      area: 'art4',
      amount: 999,
      currency: 'USD',
      status: 'disbursed',
      iatiActivityId: 'NO-1',
      iatiTransactionKey: 't',
      createdAt: new Date(),
    });
    const app = testApp(database());

    const res = await app.request('/api/v1/ledger?recipient=lbn');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = LedgerList.parse(await res.json());
    expect(body.count).toBe(3);
    // 100 (NOR's report) + 50 (ISU entry); LBN's 90 for the same flow is not added again; IATI unreviewed left out.
    expect(body.totals.counted).toEqual({ rows: 2, usd: 150, notConverted: 0, withoutAmount: 0 });
    const donorRow = body.flows.find((f) => f.origin === 'donor_report');
    expect(donorRow).toMatchObject({
      providerIso3: 'NOR',
      usd: 100,
      status: 'disbursed',
      source: { reportId: nor, version: 1, form: 'I', table: 'assistanceProvided', row: 1 },
      href: `/reports/${nor}/versions/1#row-I-assistanceProvided-1`,
    });
    // Unreviewed entries: only for a caller with a token, never cached publicly.
    const anon = LedgerList.parse(await (await app.request('/api/v1/ledger?includeUnreviewed=true')).json());
    expect(anon.flows.some((f) => f.review === 'proposed')).toBe(false);
    const partner = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
    const { token } = await createApiToken(ctxFor(db, partner), { name: 'script' });
    const withToken = await app.request('/api/v1/ledger?includeUnreviewed=true', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(withToken.headers.get('cache-control')).toBe('private, no-store');
    const all = LedgerList.parse(await withToken.json());
    expect(all.flows.find((f) => f.review === 'proposed')).toMatchObject({ amount: 999, counted: false });
    expect((await app.request('/api/v1/ledger?area=art99')).status).toBe(400);
    expect((await app.request('/api/v1/ledger?year=abc')).status).toBe(400);

    const rec = LedgerReconciliation.parse(
      await (await app.request('/api/v1/ledger/reconciliation?year=2023')).json(),
    );
    expect(rec.counts).toEqual({ matched: 1, donor_only: 0, recipient_only: 0, unresolved: 1 });
    expect(rec.pairs[0]).toMatchObject({ providerIso3: 'NOR', recipientIso3: 'LBN', difference: 10 });
    expect(rec.unresolved[0]?.counterpartText).toBe('UNMAS');

    const donors = LedgerDonors.parse(await (await app.request('/api/v1/ledger/donors')).json());
    const norway = donors.donors.find((d) => d.donorKey === 'state:NOR');
    expect(norway?.years.map((y) => [y.year, y.usd, y.change])).toEqual([
      [2023, 110, null],
      [2024, 50, 'reduced'],
    ]);

    const rates = RateList.parse(await (await app.request('/api/v1/rates')).json());
    expect(rates.rates).toEqual([
      expect.objectContaining({ currency: 'NOK', year: 2023, usdPerUnit: 0.1, source: 'Test rate' }),
    ]);
  });
});
