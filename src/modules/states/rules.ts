import { z } from 'zod';

/*
 * Pure treaty rules of the Convention on Cluster Munitions: dates in, dates out, no I/O.
 * Full dates are ISO strings `YYYY-MM-DD`; all arithmetic is done in UTC so the result never
 * depends on the server's time zone.
 */

/**
 * A date known only as precisely as the sources allow: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * "2026 (exact date not found)" is `2026`, never a guessed `2026-01-01`.
 */
export type PartialDate = string;

export type PartialDatePrecision = 'day' | 'month' | 'year';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type DateParts = { year: number; month: number | null; day: number | null };

/** Splits a partial date into its parts, or null if it is malformed or impossible (2023-02-30). */
function parsePartialDate(d: string): DateParts | null {
  const m = PARTIAL_DATE.exec(d);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

function requirePartialDate(d: string): DateParts {
  const parts = parsePartialDate(d);
  if (!parts) throw new RangeError(`Not a valid date (YYYY-MM-DD, YYYY-MM or YYYY): "${d}"`);
  return parts;
}

function requireFullDate(d: string): { year: number; month: number; day: number } {
  const parts = parsePartialDate(d);
  if (!parts || parts.month === null || parts.day === null) {
    throw new RangeError(`Not a valid full date (YYYY-MM-DD): "${d}"`);
  }
  return { year: parts.year, month: parts.month, day: parts.day };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtcMs(d: string): number {
  const { year, month, day } = requireFullDate(d);
  return Date.UTC(year, month - 1, day);
}

const DAY_MS = 86_400_000;

export function isValidPartialDate(d: string): boolean {
  return parsePartialDate(d) !== null;
}

export function isFullDate(d: string): boolean {
  const parts = parsePartialDate(d);
  return parts !== null && parts.day !== null;
}

export function partialDatePrecision(d: PartialDate): PartialDatePrecision {
  const parts = requirePartialDate(d);
  if (parts.day !== null) return 'day';
  if (parts.month !== null) return 'month';
  return 'year';
}

/** The first day a partial date can stand for: `2026` → 2026-01-01, `2023-06` → 2023-06-01. */
export function earliestDay(d: PartialDate): string {
  const { year, month, day } = requirePartialDate(d);
  return formatDate(year, month ?? 1, day ?? 1);
}

/** The last day a partial date can stand for: `2026` → 2026-12-31, `2024-02` → 2024-02-29. */
export function latestDay(d: PartialDate): string {
  const { year, month, day } = requirePartialDate(d);
  const m = month ?? 12;
  return formatDate(year, m, day ?? daysInMonth(year, m));
}

const PRECISION_RANK: Record<PartialDatePrecision, number> = { day: 0, month: 1, year: 2 };

/**
 * Orders partial dates by the earliest day each can stand for. On a tie (`2026-01-01`, `2026-01`,
 * `2026`) the fuller date comes first: it is certainly that early, the vaguer one may be later.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ea = earliestDay(a);
  const eb = earliestDay(b);
  if (ea !== eb) return ea < eb ? -1 : 1;
  return PRECISION_RANK[partialDatePrecision(a)] - PRECISION_RANK[partialDatePrecision(b)];
}

export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, 'Expected a date as YYYY-MM-DD, YYYY-MM or YYYY')
  .refine(isValidPartialDate, 'No such date');

export const fullDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine(isFullDate, 'No such date');

export function addDays(date: string, days: number): string {
  const d = new Date(toUtcMs(date) + days * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds calendar months; a day that does not exist in the target month falls back to its last day. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = requireFullDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatDate(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Art 17(1): the Convention entered into force on 1 Aug 2010 for the first 30 instruments. */
export const CONVENTION_ENTRY_INTO_FORCE = '2010-08-01';
/** The 30th instrument was deposited on 16 Feb 2010; everything up to that day counts as "the first 30". */
export const THIRTIETH_INSTRUMENT_DEPOSITED = '2010-02-16';

/**
 * Art 17: an instrument deposited on or before 16 Feb 2010 → 1 Aug 2010; a later one → the first
 * day of the sixth month after the month of deposit (28 Feb 2023 → 1 Aug 2023).
 */
export function entryIntoForce(instrumentDate: string): string {
  const { year, month } = requireFullDate(instrumentDate);
  if (instrumentDate <= THIRTIETH_INSTRUMENT_DEPOSITED) return CONVENTION_ENTRY_INTO_FORCE;
  return addMonths(formatDate(year, month, 1), 6);
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
  const { year } = requireFullDate(today);
  const thisYear = formatDate(year, 4, 30);
  return today <= thisYear ? thisYear : formatDate(year + 1, 4, 30);
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
