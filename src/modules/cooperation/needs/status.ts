import { addDays, addMonths } from '../../../kernel/dates.js';
import { CONFIRMATION_VALID_MONTHS, type NeedStatus } from '../shared/vocabulary.js';

/**
 * A need's status today, computed from stored facts (pure, no I/O). `lapsed` is never stored: a
 * need lapses by itself when its confirmation runs out, so a page read on any day is right that day.
 */

// Re-exported: the need rules speak of calendar months and days (kernel/dates.ts).
export { addDays, addMonths };

/** The last day a confirmation holds: CONFIRMATION_VALID_MONTHS calendar months after it. */
export const confirmedUntil = (lastConfirmedOn: string) =>
  addMonths(lastConfirmedOn, CONFIRMATION_VALID_MONTHS);

/** The first day the need is lapsed unless reconfirmed: the day after `confirmedUntil`. */
export const lapsesOnOf = (lastConfirmedOn: string) => addDays(confirmedUntil(lastConfirmedOn), 1);

export type StoredNeedStatus = Exclude<NeedStatus, 'lapsed'>;

/** Why a need is lapsed: its confirmation ran out, or the State's next annual report left it out. */
export type LapseReason = 'expired' | 'left_out';

export interface StatusFacts {
  storedStatus: StoredNeedStatus;
  lastConfirmedOn: string;
  /**
   * For the State's latest standing (submitted, not superseded or recalled) ANNUAL report: its day
   * of receipt, or the day its draft was opened when earlier (a need confirmed since was not shown
   * to the submitter), or null. Initial and voluntary reports never make a need lapse.
   */
  latestAnnualReceivedOn: string | null;
}

export interface EffectiveStatus {
  status: NeedStatus;
  lapsesOn: string;
  lapseReason: LapseReason | null;
}

/**
 * Met and withdrawn stand as stored (a closed need does not lapse). An open or partly met need is
 * lapsed when today is past its confirmation (today ≥ lapsesOn), or when an annual report received
 * after its last confirmation stands: that report left the need out, or it would have confirmed it.
 */
export function effectiveStatus(f: StatusFacts, today: string): EffectiveStatus {
  const lapsesOn = lapsesOnOf(f.lastConfirmedOn);
  if (f.storedStatus === 'met' || f.storedStatus === 'withdrawn') {
    return { status: f.storedStatus, lapsesOn, lapseReason: null };
  }
  if (f.latestAnnualReceivedOn !== null && f.latestAnnualReceivedOn > f.lastConfirmedOn) {
    return { status: 'lapsed', lapsesOn, lapseReason: 'left_out' };
  }
  if (today >= lapsesOn) return { status: 'lapsed', lapsesOn, lapseReason: 'expired' };
  return { status: f.storedStatus, lapsesOn, lapseReason: null };
}

/** Needs the public may see: consented to, and neither lapsed nor withdrawn. */
export const isPubliclyVisible = (n: { isPublic: boolean; status: NeedStatus }) =>
  n.isPublic && n.status !== 'lapsed' && n.status !== 'withdrawn';
