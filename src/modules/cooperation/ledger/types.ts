import type { Source } from '../derive.js';
import type { Area, AssistanceType, LedgerOrigin, LedgerStatus } from '../shared/vocabulary.js';

/**
 * One flow of assistance, whatever its origin: a row of a donor's or a recipient's report
 * (computed, never copied), or a stored entry (IATI file, ISU entry, confirmed delivery).
 * This is the contract every cooperation view reads.
 */
export interface LedgerRow {
  /** Stable: `report:<reportId>:<version>:<table>:<row>` or `entry:<id>`. */
  key: string;
  origin: LedgerOrigin;
  providerIso3: string | null;
  /** The provider as named: the State's registry name, or the organisation as written. */
  providerName: string;
  recipientIso3: string | null;
  recipientName: string;
  year: number;
  area: Area | null;
  type: AssistanceType | null;
  amount: number | null;
  currency: string | null;
  /** US dollars at the ISU's rate for the currency and year; null without an amount or a rate. */
  usd: number | null;
  status: LedgerStatus;
  /** Whether it counts in totals: committed or disbursed, and not a proposed or rejected entry. */
  counted: boolean;
  channel: string | null;
  inResponseToRequest: boolean;
  needId: number | null;
  /** The report row behind it, for report origins. */
  source: Source | null;
  /** The stored entry behind it, for stored origins. */
  entryId: number | null;
  review: 'proposed' | 'confirmed' | 'rejected' | null;
  /** Report rows: the other party exactly as the reporting State wrote it (null when left blank). */
  counterpartText?: string | null;
  /** Report rows: the row comes from a voluntary report of a State not party; shown, and marked. */
  nonPartyReport?: boolean;
  /** Demonstration data (a demonstration report's row, or an entry marked so): pages, exports and API answers say so. */
  demonstration: boolean;
}

export interface LedgerFilter {
  year?: number;
  /** Either side of the flow. */
  stateIso3?: string;
  providerIso3?: string;
  recipientIso3?: string;
  area?: Area;
  origin?: LedgerOrigin;
  /** Proposed and rejected IATI entries are left out unless asked for. */
  includeUnreviewed?: boolean;
}
