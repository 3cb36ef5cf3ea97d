import { z } from 'zod';
import {
  addDays,
  addMonths,
  addYears,
  dayParts,
  daysBetween,
  earliestDay,
  formatDay,
  isFullDate,
  isValidPartialDate,
  latestDay,
  type PartialDate,
} from '../../kernel/dates.js';

/*
 * Pure treaty rules of the Convention on Cluster Munitions: dates in, dates out, no I/O.
 * Full dates are ISO strings `YYYY-MM-DD`; the calendar arithmetic is the kernel's (kernel/dates.ts).
 */

// The calendar helpers live in the kernel; they are re-exported here as part of the rules' vocabulary.
export {
  addDays,
  addMonths,
  addYears,
  comparePartialDates,
  daysBetween,
  earliestDay,
  isFullDate,
  isValidPartialDate,
  latestDay,
  type PartialDate,
  type PartialDatePrecision,
  partialDatePrecision,
} from '../../kernel/dates.js';

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, 'Expected a date as YYYY-MM-DD, YYYY-MM or YYYY')
  .refine(isValidPartialDate, 'No such date');

export const fullDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine(isFullDate, 'No such date');

/** Art 17(1): the Convention entered into force on 1 Aug 2010 for the first 30 instruments. */
export const CONVENTION_ENTRY_INTO_FORCE = '2010-08-01';
/** The 30th instrument was deposited on 16 Feb 2010; everything up to that day counts as "the first 30". */
export const THIRTIETH_INSTRUMENT_DEPOSITED = '2010-02-16';

/**
 * Art 17: an instrument deposited on or before 16 Feb 2010 → 1 Aug 2010; a later one → the first
 * day of the sixth month after the month of deposit (28 Feb 2023 → 1 Aug 2023).
 */
export function entryIntoForce(instrumentDate: string): string {
  const { year, month } = dayParts(instrumentDate);
  if (instrumentDate <= THIRTIETH_INSTRUMENT_DEPOSITED) return CONVENTION_ENTRY_INTO_FORCE;
  return addMonths(formatDay(year, month, 1), 6);
}

/**
 * Art 7(1): the initial report is due "as soon as practicable, and in any event not later than
 * 180 days" after entry into force. EIF is day 0, as in the reference data (1 Aug 2023 → 28 Jan 2024).
 */
export function initialReportDue(entryIntoForceDate: string): string {
  return addDays(entryIntoForceDate, 180);
}

/** Art 3(2): stockpiles destroyed "as soon as possible but not later than eight years" after EIF. */
export function article3OriginalDeadline(entryIntoForceDate: string): string {
  return addYears(entryIntoForceDate, 8);
}

/** Art 4(1)(a): contaminated areas at EIF cleared "not later than ten years" after EIF. */
export function article4OriginalDeadline(entryIntoForceDate: string): string {
  return addYears(entryIntoForceDate, 10);
}

/** Art 7(2): annual reports are due by 30 April, covering the previous calendar year. */
export function nextAnnualReportDue(today: string): string {
  const { year } = dayParts(today);
  const thisYear = formatDay(year, 4, 30);
  return today <= thisYear ? thisYear : formatDay(year + 1, 4, 30);
}

export type CcmStatusCode = 'state_party' | 'signatory' | 'not_party' | 'withdrawn';

/**
 * A State's status under the Convention on a given day, from its dates: withdrawn once the
 * withdrawal has taken effect (Art 20(2)); a State Party from the deposit of its instrument (in
 * force six months later, Art 17); a signatory from its signature. When no date decides, the
 * recorded status stands, except that a party or a withdrawal needs the dates that make it one.
 */
export function statusOn(
  s: {
    ccmStatus: CcmStatusCode;
    signatureDate: string | null;
    instrumentDate: string | null;
    withdrawalEffective: string | null;
  },
  day: string,
): CcmStatusCode {
  if (s.withdrawalEffective && s.withdrawalEffective <= day) return 'withdrawn';
  if (s.instrumentDate && s.instrumentDate <= day) return 'state_party';
  if (s.signatureDate && s.signatureDate <= day) return 'signatory';
  if (s.ccmStatus === 'signatory' && !s.signatureDate) return 'signatory';
  return 'not_party';
}

export type ObligationEventKind =
  | 'extension_requested'
  | 'extension_decided'
  | 'completion_declared'
  | 'obligation_reopened'
  | 'initial_report_submitted';

export type ExtensionOutcome = 'granted' | 'granted_shorter' | 'refused';

/** One fact in the history of an obligation. `confirmed: false` keeps a fact the sources only imply. */
export type ObligationEvent = {
  kind: ObligationEventKind;
  occurredOn: PartialDate | null;
  meeting: string | null;
  requestedDeadline: PartialDate | null;
  outcome: ExtensionOutcome | null;
  newDeadline: PartialDate | null;
  confirmed: boolean;
  note: string | null;
  source: string | null;
};

export type ObligationStatus = 'open' | 'completed';

export type DerivedObligation = {
  status: ObligationStatus;
  currentDeadline: PartialDate | null;
  currentDeadlineConfirmed: boolean;
  pendingRequest: ObligationEvent | null;
  completedOn: PartialDate | null;
  extensionsGranted: number;
};

const KIND_ORDER: Record<ObligationEventKind, number> = {
  extension_requested: 0,
  extension_decided: 1,
  obligation_reopened: 2,
  completion_declared: 3,
  initial_report_submitted: 3,
};

/**
 * The day a fact took place, as far as it is known: its own date (the first day it can stand
 * for), else the day its meeting closed (`meetingClosed`), else null.
 */
export function dateTaken(
  event: Pick<ObligationEvent, 'occurredOn' | 'meeting'>,
  meetingClosed: (code: string | null) => string | null,
): string | null {
  return event.occurredOn ? earliestDay(event.occurredOn) : meetingClosed(event.meeting);
}

/**
 * Puts a history in the order things happened, whatever order it was typed in: facts with a
 * known date are sorted by it (a request before the decision on it at the same meeting); a fact
 * with no known date keeps its recorded place among them, since nothing says where else it goes.
 * Stable, so typing order only decides between facts of the same day and kind.
 */
export function chronological<E extends Pick<ObligationEvent, 'occurredOn' | 'meeting' | 'kind'>>(
  events: readonly E[],
  meetingClosed: (code: string | null) => string | null,
): E[] {
  const dated = events
    .map((e, i) => ({ e, i, day: dateTaken(e, meetingClosed) }))
    .filter((x): x is { e: E; i: number; day: string } => x.day !== null);
  const sorted = [...dated].sort(
    (a, b) =>
      (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
      KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] ||
      a.i - b.i,
  );
  const out = [...events];
  dated.forEach((slot, k) => {
    out[slot.i] = (sorted[k] as { e: E }).e;
  });
  return out;
}

/**
 * Replays an obligation's events, in the order given (callers pass `chronological` order), over
 * its original (treaty-rule) deadline.
 * The original deadline counts as confirmed: it follows from the treaty text and a deposit date.
 * A decision of unknown outcome leaves the deadline but marks it unconfirmed, since it may have moved.
 * pendingRequest is the last request not followed by any decision, as the rule states, even if a
 * completion came after it (the request may still be on a meeting's agenda).
 */
export function deriveObligation(
  original: PartialDate | null,
  events: readonly ObligationEvent[],
): DerivedObligation {
  let status: ObligationStatus = 'open';
  let currentDeadline = original;
  let currentDeadlineConfirmed = true;
  let pendingRequest: ObligationEvent | null = null;
  let completedOn: PartialDate | null = null;
  let extensionsGranted = 0;

  for (const event of events) {
    switch (event.kind) {
      case 'extension_requested':
        pendingRequest = event;
        break;
      case 'extension_decided':
        pendingRequest = null;
        if (event.outcome === 'granted' || event.outcome === 'granted_shorter') {
          currentDeadline = event.newDeadline;
          currentDeadlineConfirmed = event.confirmed && event.newDeadline !== null;
          extensionsGranted += 1;
        } else if (event.outcome === null) {
          currentDeadlineConfirmed = false;
        }
        break;
      case 'obligation_reopened':
        status = 'open';
        completedOn = null;
        currentDeadline = event.newDeadline;
        currentDeadlineConfirmed = event.confirmed && event.newDeadline !== null;
        break;
      case 'completion_declared':
      case 'initial_report_submitted':
        status = 'completed';
        completedOn = event.occurredOn;
        break;
    }
  }

  return {
    status,
    currentDeadline,
    currentDeadlineConfirmed,
    pendingRequest,
    completedOn,
    extensionsGranted,
  };
}

export type TimeRemaining = {
  days: number | null;
  overdue: boolean;
  within24Months: boolean;
  /**
   * The deadline has passed while an extension request is recorded with no decision: the
   * platform cannot say the State is overdue — the meeting may have granted it — only that the
   * decision is not recorded.
   */
  decisionNotRecorded: boolean;
};

/**
 * Days from today to a deadline. A partial deadline is read as the last day it can stand for
 * (`2026` → 2026-12-31), so a vague deadline is never reported overdue before it surely is.
 * The deadline day itself is not overdue. within24Months: not overdue and due on or before the
 * same day 24 months from today. A passed deadline with a request pending is
 * `decisionNotRecorded`, never `overdue`.
 */
export function timeRemaining(
  deadline: PartialDate | null,
  today: string,
  requestPending = false,
): TimeRemaining {
  if (deadline === null)
    return { days: null, overdue: false, within24Months: false, decisionNotRecorded: false };
  const last = latestDay(deadline);
  const days = daysBetween(today, last);
  const passed = days < 0;
  return {
    days,
    overdue: passed && !requestPending,
    within24Months: !passed && last <= addMonths(today, 24),
    decisionNotRecorded: passed && requestPending,
  };
}
