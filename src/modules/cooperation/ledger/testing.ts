// Test helpers for the ledger's tests (not imported by application code).
import { asc } from 'drizzle-orm';
import { ctxFor } from '../../../../test/app.js';
import type { Db } from '../../../db/client.js';
import { systemActor } from '../../../kernel/actor.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import { createContext } from '../../../kernel/context.js';
import { keyInReport } from '../../reports/index.js';
import { assistanceEntries, exchangeRates } from '../schema.js';
import { setExchangeRate } from './set-exchange-rate.js';

type Cell = string | number | null;
export interface FormIRow {
  counterpart: string | null;
  area?: string | null;
  type?: string | null;
  amount?: number | null;
  currency?: string | null;
  channel?: string | null;
  year?: number | null;
  inResponseToRequest?: 'yes' | 'no' | null;
  /** The State's own US-dollar figure beside its currency. */
  amountUsd?: number | null;
}

const cells = (r: FormIRow): Record<string, Cell> => ({
  area: r.area ?? null,
  type: r.type ?? null,
  amount: r.amount ?? null,
  currency: r.currency ?? null,
  channel: r.channel ?? null,
  year: r.year ?? null,
  inResponseToRequest: r.inResponseToRequest ?? null,
  amountUsd: r.amountUsd ?? null,
});

/** Creates and submits a report with Form I rows, through the report verbs. Returns the report id. */
export async function submitFormI(
  db: Db,
  spec: {
    iso3: string;
    year: number;
    kind?: 'annual' | 'voluntary';
    provided?: FormIRow[];
    received?: FormIRow[];
    now?: Date;
  },
): Promise<number> {
  const ctx = createContext(db, systemActor('ledger.test'), spec.now ? { now: spec.now } : {});
  const { reportId } = await keyInReport(
    ctx,
    { iso3: spec.iso3, year: spec.year, kind: spec.kind ?? 'annual' },
    [
      {
        form: 'cover',
        status: null,
        values: { reportingPeriodFrom: `${spec.year}-01-01`, reportingPeriodTo: `${spec.year}-12-31` },
      },
      {
        form: 'I',
        status: 'changed',
        values: {
          assistanceProvided: (spec.provided ?? []).map((r) => ({ recipient: r.counterpart, ...cells(r) })),
          assistanceReceived: (spec.received ?? []).map((r) => ({ provider: r.counterpart, ...cells(r) })),
        },
      },
    ],
    { channel: 'other', receivedOn: `${spec.year + 1}-04-30` },
  );
  return reportId;
}

/**
 * One 2023 flow stated by both sides: Norway's report gives 1000 NOK to Lebanon for clearance (then
 * `alsoProvided`), Lebanon's receives 90 USD from Norway; the ISU's rate for NOK in 2023 is 0.1 USD,
 * so the flow counts US$100. Returns Norway's report id.
 */
export async function norwayToLebanon2023(db: Db, alsoProvided: FormIRow[], rateSource = 'Test rate') {
  const nor = await submitFormI(db, {
    iso3: 'NOR',
    year: 2023,
    provided: [{ counterpart: 'Lebanon', area: 'art4', amount: 1000, currency: 'NOK' }, ...alsoProvided],
  });
  await submitFormI(db, {
    iso3: 'LBN',
    year: 2023,
    received: [{ counterpart: 'Norway', area: 'art4', amount: 90, currency: 'USD' }],
  });
  await setExchangeRate(ctxFor(db, systemActor('ledger.test')), {
    currency: 'NOK',
    year: 2023,
    usdPerUnit: 0.1,
    source: rateSource,
  });
  return nor;
}

/** What a refused ledger write must leave as it was. */
export async function ledgerSnapshot(db: Db) {
  return {
    rates: await db
      .select()
      .from(exchangeRates)
      .orderBy(asc(exchangeRates.currency), asc(exchangeRates.year)),
    entries: await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id)),
    audit: (await db.select({ id: auditEntries.id }).from(auditEntries)).length,
  };
}

/**
 * A ledger row written straight to the table, as a test's starting state: by default Germany's
 * confirmed 100,000 EUR disbursed to Lebanon for mine clearance in 2026.
 */
export async function insertLedgerEntry(db: Db, over: Partial<typeof assistanceEntries.$inferInsert> = {}) {
  const [row] = await db
    .insert(assistanceEntries)
    .values({
      origin: 'isu',
      review: 'confirmed',
      providerIso3: 'DEU',
      providerName: 'Germany',
      recipientIso3: 'LBN',
      year: 2026,
      area: 'art4',
      amount: 100000,
      currency: 'EUR',
      status: 'disbursed',
      createdAt: new Date('2026-10-01T00:00:00Z'),
      ...over,
    })
    .returning();
  return row!;
}
