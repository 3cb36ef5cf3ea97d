/*
 * Pure rules of the calendar: dates, reporting windows, form lines, open action items.
 * No database, no clock.
 */
import { earliestDay, latestDay } from '../../kernel/dates.js';
import type { ActionItemStatus } from './vocabulary.js';

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(v: string): boolean {
  const m = FULL.exec(v);
  if (!m) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(v: string): boolean {
  const m = PARTIAL.exec(v);
  if (!m) return false;
  if (m[3]) return isIsoDay(v);
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return true;
}

export interface MeetingDatesInput {
  kind: string;
  startsOn: string | null;
  endsOn: string | null;
  reportingFrom: string | null;
  reportingTo: string | null;
  censusDate: string | null;
}

/**
 * What is wrong with a meeting's dates, as field → catalogue key. A meeting ends on or after it
 * starts; a reporting window is an MSP's or a Review Conference's, runs forward, closes before the
 * meeting opens, and its census date falls within it.
 */
export function meetingDateProblems(m: MeetingDatesInput): Record<string, string> {
  const out: Record<string, string> = {};
  if (m.startsOn && m.endsOn && m.endsOn < m.startsOn) out.endsOn = 'calendar:errors.endsBeforeStart';
  if (m.endsOn && !m.startsOn) out.startsOn = 'calendar:errors.endWithoutStart';
  const window = m.reportingFrom || m.reportingTo || m.censusDate;
  if (window && m.kind !== 'msp' && m.kind !== 'review_conference')
    out.reportingFrom = 'calendar:errors.windowOnlyFormal';
  if (window && !(m.reportingFrom && m.reportingTo)) out.reportingTo = 'calendar:errors.windowIncomplete';
  if (m.reportingFrom && m.reportingTo && m.reportingTo < m.reportingFrom)
    out.reportingTo = 'calendar:errors.windowBackwards';
  if (m.reportingTo && m.startsOn && m.reportingTo >= m.startsOn)
    out.reportingTo = 'calendar:errors.windowAfterMeeting';
  if (
    m.censusDate &&
    m.reportingFrom &&
    m.reportingTo &&
    (m.censusDate < m.reportingFrom || m.censusDate > m.reportingTo)
  )
    out.censusDate = 'calendar:errors.censusOutsideWindow';
  return out;
}

/** One item per non-empty line of a text area; a list typed on one line, separated by commas or semicolons. */
export { itemsOf as listOf, linesOf } from '../../kernel/form-text.js';

export interface DocumentLine {
  symbol: string | null;
  title: string;
  href: string | null;
}

const looksLikeAddress = (s: string) => /^https?:\/\//i.test(s);

/**
 * A document typed as one line: `symbol | title | address`. With two parts, the second is the
 * address if it is one (`title | address`), else the title (`symbol | title`); one part is a title.
 */
export function parseDocumentLine(line: string): DocumentLine {
  const parts = line.split('|').map((p) => p.trim());
  const none = (s: string | undefined) => (s ? s : null);
  if (parts.length >= 3) {
    return { symbol: none(parts[0]), title: parts.slice(1, -1).join(' | '), href: none(parts.at(-1)) };
  }
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    return looksLikeAddress(b)
      ? { symbol: null, title: a, href: b }
      : { symbol: none(a), title: b, href: null };
  }
  return { symbol: null, title: parts[0] ?? '', href: null };
}

/** The line a document is typed as, the inverse of parseDocumentLine for what it produced. */
export function documentLine(d: DocumentLine): string {
  return [d.symbol ?? '', d.title, d.href ?? ''].join(' | ');
}

/** Open means nobody has said it is done or dropped: an item whose status is not known stays on the list. */
export const isOpenActionItem = (status: ActionItemStatus) => status === 'open' || status === 'not_known';

/** The first and last day of an office's period, each open (null) where the record gives no end. */
export interface PeriodDays {
  from: string | null;
  to: string | null;
}

/** Where an office holder stands on a day: in office, before or after the period, or not placeable. */
export type OfficeTerm = 'current' | 'past' | 'future' | 'not_placed';

/**
 * The days an office's period covers. Each end is a date as precise as the source (a year runs from
 * its first day to its last) or a meeting's code (the period starts on the meeting's first day and
 * ends on its last); an end not given is open. A meeting whose dates are not known cannot be placed,
 * and nothing is guessed for it: the whole period is then `null`.
 */
export function periodDays(
  period: { from: string | null; to: string | null },
  meetingDays: ReadonlyMap<string, { from: string; to: string }>,
): PeriodDays | null {
  const end = (v: string | null, side: 'from' | 'to'): string | null | undefined => {
    if (v === null) return null;
    if (isPartialDate(v)) return side === 'from' ? earliestDay(v) : latestDay(v);
    return meetingDays.get(v)?.[side];
  };
  const from = end(period.from, 'from');
  const to = end(period.to, 'to');
  if (from === undefined || to === undefined) return null;
  return { from, to };
}

/** Whether an office is held on a day, from the days its period covers. */
export function termOn(days: PeriodDays | null, day: string): OfficeTerm {
  if (!days) return 'not_placed';
  if (days.from !== null && day < days.from) return 'future';
  if (days.to !== null && day > days.to) return 'past';
  return 'current';
}
