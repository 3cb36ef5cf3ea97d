import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { cachedUntilWrite } from '../../../kernel/data-version.js';
import { exchangeRates } from '../schema.js';

/**
 * US dollars per unit of a currency in a year, as the ISU keeps them with their source. A figure
 * is converted only when a rate for exactly that currency and year exists: never a guess, never a
 * neighbouring year's rate.
 */

export interface Rate {
  currency: string;
  year: number;
  usdPerUnit: number;
  source: string;
  updatedAt: Date;
}

export interface RateTable {
  /** Every rate, sorted by currency then year (for pages and the API). */
  list: readonly Rate[];
  /** `CUR:year` → US dollars per unit. */
  byKey: ReadonlyMap<string, Rate>;
}

export const keyOf = (currency: string, year: number) => `${currency}:${year}`;

export function rateTable(list: readonly Rate[]): RateTable {
  const sorted = [...list].sort((a, b) => a.currency.localeCompare(b.currency) || a.year - b.year);
  return { list: sorted, byKey: new Map(sorted.map((r) => [keyOf(r.currency, r.year), r])) };
}

export function loadRates(db: Executor): Promise<RateTable> {
  return cachedUntilWrite(db, 'cooperation.ledger.rates', async () => {
    const rows = await db
      .select({
        currency: exchangeRates.currency,
        year: exchangeRates.year,
        usdPerUnit: exchangeRates.usdPerUnit,
        source: exchangeRates.source,
        updatedAt: exchangeRates.updatedAt,
      })
      .from(exchangeRates)
      .orderBy(asc(exchangeRates.currency), asc(exchangeRates.year));
    return rateTable(rows);
  });
}

/**
 * The amount in US dollars, or null when it cannot be known: no amount, no currency, the currency
 * `other`, or no rate for that currency in that year. US dollars are themselves.
 */
export function toUsd(
  rates: RateTable,
  amount: number | null | undefined,
  currency: string | null | undefined,
  year: number,
): number | null {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return null;
  if (!currency || currency === 'other') return null;
  if (currency === 'USD') return amount;
  const rate = rates.byKey.get(keyOf(currency, year));
  if (!rate) return null;
  // Cents: a converted figure never claims more precision than the rate gives.
  return Math.round(amount * rate.usdPerUnit * 100) / 100;
}
