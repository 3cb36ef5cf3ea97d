import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { systemActor } from '../../../kernel/actor.js';
import { createContext, withTransaction } from '../../../kernel/context.js';
import { assistanceEntries, exchangeRates } from '../schema.js';
import { DEMO_MARK, DEMO_RATE_MARK } from '../shared/demo-mark.js';
import { recordLedgerEntry } from './record-ledger-entry.js';
import { setExchangeRate } from './set-exchange-rate.js';

/**
 * Demonstration ledger: a few exchange rates and ISU entries between donors and recipients named in
 * the 2022 demonstration reports, so the ledger's charts, matrix and map show something. Built
 * through the ledger's own verbs with a system actor; idempotent; never overwrites a rate or an
 * entry someone set.
 *
 * The 2022 and 2023 rates are the annual averages published by the Board of Governors of the
 * Federal Reserve System (G.5A, release of 1 February 2024), turned into US dollars per unit where
 * the release quotes units per dollar. Later years are not in that release: they are marked as
 * demonstration rates. The entries' amounts are invented and say so.
 */

export const DEMO_NOTE = `${DEMO_MARK}: an invented figure, not reported by any State.`;
const G5A =
  'Federal Reserve Board, G.5A Foreign Exchange Rates (Annual), release of 1 February 2024, annual average';
const DEMO_RATE = `${DEMO_RATE_MARK}, not an official figure`;

/** Six significant digits: enough for a rate, without a float's noise. */
const sig6 = (n: number) => Number(n.toPrecision(6));
/** A rate the release gives in dollars per unit (euro, pound, Australian dollar). */
const perUnit = (currency: string, year: number, usd: number) => ({
  currency,
  year,
  usdPerUnit: usd,
  source: `${G5A} ${year}: ${usd} USD per ${currency}`,
});
/** A rate the release gives in units per dollar (krone, franc, krona): inverted. */
const perDollar = (currency: string, year: number, units: number) => ({
  currency,
  year,
  usdPerUnit: sig6(1 / units),
  source: `${G5A} ${year}: ${units} ${currency} per USD (inverted)`,
});

export const demoRates = [
  perUnit('EUR', 2022, 1.0534),
  perUnit('EUR', 2023, 1.0817),
  perDollar('NOK', 2022, 9.6138),
  perDollar('NOK', 2023, 10.5659),
  perUnit('AUD', 2022, 0.6951),
  perUnit('AUD', 2023, 0.6644),
  perUnit('GBP', 2022, 1.2371),
  perUnit('GBP', 2023, 1.244),
  perDollar('CHF', 2022, 0.955),
  perDollar('CHF', 2023, 0.8984),
  perDollar('SEK', 2022, 10.1177),
  perDollar('SEK', 2023, 10.6089),
  { currency: 'EUR', year: 2024, usdPerUnit: 1.08, source: DEMO_RATE },
  { currency: 'NOK', year: 2024, usdPerUnit: 0.093, source: DEMO_RATE },
  { currency: 'AUD', year: 2024, usdPerUnit: 0.66, source: DEMO_RATE },
  { currency: 'EUR', year: 2025, usdPerUnit: 1.1, source: DEMO_RATE },
];

type Entry = {
  providerIso3: string;
  recipientIso3: string;
  year: number;
  area: 'art4' | 'art5';
  amount: number;
  currency: string;
  status: 'pledged' | 'committed' | 'disbursed';
  channel?: string;
};

export const demoEntries: Entry[] = [
  {
    providerIso3: 'NOR',
    recipientIso3: 'LBN',
    year: 2022,
    area: 'art4',
    amount: 5_000_000,
    currency: 'NOK',
    status: 'disbursed',
  },
  {
    providerIso3: 'NOR',
    recipientIso3: 'LBN',
    year: 2023,
    area: 'art4',
    amount: 6_500_000,
    currency: 'NOK',
    status: 'disbursed',
  },
  {
    providerIso3: 'NOR',
    recipientIso3: 'LBN',
    year: 2024,
    area: 'art4',
    amount: 4_000_000,
    currency: 'NOK',
    status: 'committed',
  },
  {
    providerIso3: 'DEU',
    recipientIso3: 'LAO',
    year: 2022,
    area: 'art4',
    amount: 1_500_000,
    currency: 'EUR',
    status: 'disbursed',
  },
  {
    providerIso3: 'DEU',
    recipientIso3: 'LAO',
    year: 2023,
    area: 'art4',
    amount: 1_200_000,
    currency: 'EUR',
    status: 'committed',
  },
  {
    providerIso3: 'AUS',
    recipientIso3: 'IRQ',
    year: 2023,
    area: 'art5',
    amount: 800_000,
    currency: 'AUD',
    status: 'disbursed',
  },
  {
    providerIso3: 'AUS',
    recipientIso3: 'IRQ',
    year: 2024,
    area: 'art5',
    amount: 900_000,
    currency: 'AUD',
    status: 'pledged',
  },
  {
    providerIso3: 'GBR',
    recipientIso3: 'LAO',
    year: 2023,
    area: 'art4',
    amount: 2_000_000,
    currency: 'USD',
    status: 'disbursed',
  },
];

/** Idempotent: adds only the rates not set yet, and the entries only once. */
export async function ensureDemoLedger(
  db: Db,
  now?: Date,
): Promise<{ ratesAdded: number; entriesAdded: number }> {
  const base = createContext(db, systemActor('cooperation.ledger.demo'), now ? { now } : {});
  return withTransaction(base, async (ctx) => {
    let ratesAdded = 0;
    for (const r of demoRates) {
      const [existing] = await ctx.db
        .select({ currency: exchangeRates.currency })
        .from(exchangeRates)
        .where(and(eq(exchangeRates.currency, r.currency), eq(exchangeRates.year, r.year)));
      if (existing) continue;
      await setExchangeRate(ctx, r);
      ratesAdded++;
    }
    const [already] = await ctx.db
      .select({ id: assistanceEntries.id })
      .from(assistanceEntries)
      .where(and(eq(assistanceEntries.origin, 'isu'), like(assistanceEntries.note, 'Demonstration data%')));
    let entriesAdded = 0;
    if (!already) {
      for (const e of demoEntries) {
        await recordLedgerEntry(ctx, { ...e, note: DEMO_NOTE });
        entriesAdded++;
      }
    }
    return { ratesAdded, entriesAdded };
  });
}
