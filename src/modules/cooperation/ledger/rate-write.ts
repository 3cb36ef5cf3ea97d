import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { exchangeRates } from '../schema.js';

export const findRate = async (db: Executor, currency: string, year: number) => {
  const [row] = await db
    .select()
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.year, year)));
  return row;
};

export const auditView = (r: { usdPerUnit: number; source: string }) => ({
  usdPerUnit: r.usdPerUnit,
  source: r.source,
});
