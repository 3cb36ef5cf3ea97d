// How the ledger's pages write money, areas, statuses and sources: one wording for every page.
import { formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { type Sum, sumKnowledge } from '../summary.js';
import type { LedgerRow } from '../types.js';

export const usdText = (locale: Locale, n: number) =>
  formatNumber(locale, n, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

const amountText = (locale: Locale, n: number, currency: string | null) =>
  `${formatNumber(locale, n, { maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ''}`;

export const areaLabel = (t: Translate, a: string | null) => t(`cooperation:areaShort.${a ?? 'none'}`);

/** A row's amount as stated, in its own currency; one not given is unknown, never 0 (decision 033). */
export const rowAmount = (t: Translate, locale: Locale, r: Pick<LedgerRow, 'amount' | 'currency'>) =>
  r.amount === null ? t('common:unknown') : amountText(locale, r.amount, r.currency);

/** A row's dollars; an amount without a rate says so, never a guess. */
export const rowUsd = (t: Translate, locale: Locale, r: Pick<LedgerRow, 'amount' | 'usd'>) =>
  r.usd !== null ? usdText(locale, r.usd) : r.amount !== null ? t('ledger:notConverted') : '';

/** A row's status, marked when it does not count in totals. */
export const rowStatus = (t: Translate, r: Pick<LedgerRow, 'status' | 'counted'>) =>
  `${t(`ledger:status.${r.status}`)}${r.counted ? '' : ` (${t('ledger:notCounted')})`}`;

/**
 * A sum as every page and export writes it: the dollars when all converted, "at least" the known
 * dollars when some did not, "not known" when none did, then what is missing. Never a bare US$0
 * for amounts without a rate.
 */
export function sumText(t: Translate, locale: Locale, sum: Sum): string {
  const knowledge = sumKnowledge(sum);
  const head =
    knowledge === 'exact'
      ? usdText(locale, sum.usd)
      : knowledge === 'atLeast'
        ? t('ledger:sum.atLeast', { amount: usdText(locale, sum.usd) })
        : t('ledger:sum.unknown');
  return (
    head +
    (sum.notConverted > 0 ? t('ledger:sum.notConverted', { count: sum.notConverted }) : '') +
    (sum.withoutAmount > 0 ? t('ledger:sum.withoutAmount', { count: sum.withoutAmount }) : '')
  );
}
