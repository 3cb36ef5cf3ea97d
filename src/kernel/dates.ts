import { z } from 'zod';

/*
 * Calendar days as ISO strings, the one set of date helpers every module uses. A day is
 * `YYYY-MM-DD`; a partial date (`YYYY-MM`, `YYYY`) is a day known only as precisely as the sources
 * allow. All arithmetic is done in UTC, so no result depends on the server's time zone; ISO days
 * compare as text in calendar order. "Today" is read from a clock with `isoDay` (clock.ts).
 */

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: "2026 (exact date not found)" is `2026`, never a guessed `2026-01-01`. */
export type PartialDate = string;

export type PartialDatePrecision = 'day' | 'month' | 'year';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;

/** Days in a month (1-12): day 0 of the next month is the last day of this one. */
export function daysInMonth(year: number, month: number): number {
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

/** The year, month and day of an ISO day; a RangeError for anything else (`2023-02-30`, `2023-02`). */
export function dayParts(d: string): { year: number; month: number; day: number } {
  const parts = parsePartialDate(d);
  if (!parts || parts.month === null || parts.day === null) {
    throw new RangeError(`Not a valid full date (YYYY-MM-DD): "${d}"`);
  }
  return { year: parts.year, month: parts.month, day: parts.day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The ISO day of a year, month (1-12) and day. */
export const formatDay = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const toUtcMs = (d: string) => {
  const { year, month, day } = dayParts(d);
  return Date.UTC(year, month - 1, day);
};

export const isValidPartialDate = (d: string): boolean => parsePartialDate(d) !== null;

/** A real calendar day written `YYYY-MM-DD` (not 2023-02-30). */
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
  return formatDay(year, month ?? 1, day ?? 1);
}

/** The last day a partial date can stand for: `2026` → 2026-12-31, `2024-02` → 2024-02-29. */
export function latestDay(d: PartialDate): string {
  const { year, month, day } = requirePartialDate(d);
  const m = month ?? 12;
  return formatDay(year, m, day ?? daysInMonth(year, m));
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

export function addDays(date: string, days: number): string {
  const d = new Date(toUtcMs(date) + days * DAY_MS);
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = dayParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatDay(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Adds calendar years: 29 February becomes 28 February in a common year. */
export const addYears = (date: string, years: number): string => addMonths(date, years * 12);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/**
 * A day typed in a form: `YYYY-MM-DD` and a real day (not 2023-02-30), else the catalogue key
 * `errors:date`. `missing` is the key when there is no string at all (Zod's own code otherwise).
 */
export const isoDateField = (missing?: string) =>
  z
    .string(missing === undefined ? undefined : { message: missing })
    .trim()
    .regex(FULL_DATE, 'errors:date')
    .refine(isFullDate, 'errors:date');
