import type { LedgerRow } from './types.js';

/**
 * Pure: the rows that make a sum, each flow once. When a donor and a recipient both report the same
 * flow (same provider, recipient, year and area), adding the two would count it twice: the donor's
 * figure is kept and the recipient's row stays visible in the ledger and in the reconciliation, but
 * is left out of sums. A recipient's row with no donor counterpart is kept.
 */
const pairKey = (r: LedgerRow) => `${r.providerIso3}|${r.recipientIso3}|${r.year}|${r.area ?? ''}`;

export function countOnce(rows: readonly LedgerRow[]): LedgerRow[] {
  const donor = new Set(
    rows.filter((r) => r.origin === 'donor_report' && r.providerIso3 && r.recipientIso3).map(pairKey),
  );
  return rows.filter(
    (r) => !(r.origin === 'recipient_report' && r.providerIso3 && r.recipientIso3 && donor.has(pairKey(r))),
  );
}

/** True when a recipient's row is left out of sums because the donor reported the same flow. */
export function reportedByDonorToo(rows: readonly LedgerRow[]): Set<string> {
  const kept = new Set(countOnce(rows).map((r) => r.key));
  return new Set(rows.filter((r) => !kept.has(r.key)).map((r) => r.key));
}
