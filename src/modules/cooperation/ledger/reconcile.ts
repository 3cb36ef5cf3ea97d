import { compareText, stateName } from '../../../kernel/i18n/state-names.js';
import type { Area } from '../shared/vocabulary.js';
import type { LedgerRow } from './types.js';

/**
 * Pure: what donors say they gave against what recipients say they received. Donor-reported and
 * recipient-reported rows are paired by (provider, recipient, year, area); a row whose other party
 * could not be resolved to a State cannot be paired and is listed apart, with its words.
 */

export type ReconciliationStatus = 'matched' | 'donor_only' | 'recipient_only';

export interface SideTotal {
  rows: LedgerRow[];
  /** Sum in US dollars when every row with an amount could be converted; null otherwise. */
  usd: number | null;
  /** Rows with an amount that could not be converted (no rate, currency `other` or missing). */
  unconverted: number;
  /** Rows without any amount. */
  withoutAmount: number;
}

export interface ReconciliationPair {
  providerIso3: string;
  providerName: string;
  recipientIso3: string;
  recipientName: string;
  year: number;
  area: Area | null;
  status: ReconciliationStatus;
  donor: SideTotal;
  recipient: SideTotal;
  /** Donor's USD minus recipient's USD, when both are known; null otherwise. */
  difference: number | null;
}

export interface Reconciliation {
  pairs: ReconciliationPair[];
  /** Report rows whose other party names no State (an organisation, a fund, a blank). */
  unresolved: LedgerRow[];
  counts: Record<ReconciliationStatus, number> & { unresolved: number };
}

const cents = (n: number) => Math.round(n * 100) / 100;

export function sideTotal(rows: LedgerRow[]): SideTotal {
  let sum = 0;
  let unconverted = 0;
  let withoutAmount = 0;
  for (const r of rows) {
    if (r.amount === null) withoutAmount++;
    else if (r.usd === null) unconverted++;
    else sum += r.usd;
  }
  // A sum is known only when every row had a known dollar figure: a partial sum would read as the whole.
  const known = rows.length > 0 && unconverted === 0 && withoutAmount === 0;
  return { rows, usd: known ? cents(sum) : null, unconverted, withoutAmount };
}

const statusOf = (donor: number, recipient: number): ReconciliationStatus =>
  donor > 0 && recipient > 0 ? 'matched' : donor > 0 ? 'donor_only' : 'recipient_only';

/** Pairs newest year first, then by donor and recipient as named in `locale` (English when not given). */
export function reconcile(rows: readonly LedgerRow[], year?: number, locale = 'en'): Reconciliation {
  const groups = new Map<string, { donor: LedgerRow[]; recipient: LedgerRow[]; first: LedgerRow }>();
  const unresolved: LedgerRow[] = [];
  for (const r of rows) {
    if (r.origin !== 'donor_report' && r.origin !== 'recipient_report') continue;
    if (year !== undefined && r.year !== year) continue;
    if (!r.providerIso3 || !r.recipientIso3) {
      unresolved.push(r);
      continue;
    }
    const key = [r.providerIso3, r.recipientIso3, r.year, r.area ?? ''].join('|');
    const g = groups.get(key) ?? { donor: [], recipient: [], first: r };
    (r.origin === 'donor_report' ? g.donor : g.recipient).push(r);
    groups.set(key, g);
  }
  const pairs: ReconciliationPair[] = [...groups.values()].map(({ donor, recipient, first }) => {
    const d = sideTotal(donor);
    const rc = sideTotal(recipient);
    return {
      providerIso3: first.providerIso3 as string,
      providerName: first.providerName,
      recipientIso3: first.recipientIso3 as string,
      recipientName: first.recipientName,
      year: first.year,
      area: first.area,
      status: statusOf(donor.length, recipient.length),
      donor: d,
      recipient: rc,
      difference: d.usd !== null && rc.usd !== null ? cents(d.usd - rc.usd) : null,
    };
  });
  const compare = compareText(locale);
  const name = (iso3: string, fallback: string) => stateName(locale, iso3, fallback);
  pairs.sort(
    (a, b) =>
      b.year - a.year ||
      compare(name(a.providerIso3, a.providerName), name(b.providerIso3, b.providerName)) ||
      compare(name(a.recipientIso3, a.recipientName), name(b.recipientIso3, b.recipientName)) ||
      (a.area ?? '').localeCompare(b.area ?? ''),
  );
  const count = (s: ReconciliationStatus) => pairs.filter((p) => p.status === s).length;
  return {
    pairs,
    unresolved,
    counts: {
      matched: count('matched'),
      donor_only: count('donor_only'),
      recipient_only: count('recipient_only'),
      unresolved: unresolved.length,
    },
  };
}
