import { addMonths, addYears, latestDay, type PartialDate } from '../../kernel/dates.js';

/*
 * The rules of an extension request (pure, table-tested in rules.test.ts; decision 028).
 * - The cap per request: Art 3(3) up to four years, Art 4(5) up to five years.
 * - "Not exceeding the number of years strictly necessary" (Art 3(3), Art 4(5)): a duration longer
 *   than the deadline-risk projection needs is flagged, with the projection's basis.
 * - Timeliness: a request is submitted at least nine months before the meeting that considers it
 *   (Art 3(5), Art 4(6); seed 004 §86 and the Guidelines CCM/MSP/2018/WP.1 and WP.2).
 * - The funding gap of a plan year: cost − national − external committed; unknown when a part is.
 */

export type RequestArticle = 3 | 4;

/** The most years one request may ask, by article (Art 3(3), Art 4(5)). */
export const CAP_YEARS: Record<RequestArticle, number> = { 3: 4, 4: 5 };
export const capRule = (article: RequestArticle) => (article === 3 ? 'Art 3(3)' : 'Art 4(5)');
export const SUBMISSION_MONTHS_BEFORE = 9;
export const submissionRule = (article: RequestArticle) => (article === 3 ? 'Art 3(5)' : 'Art 4(6)');

/** The duration asked, checked against the cap: the catalogue key of the refusal, or null. */
export function durationError(article: RequestArticle, years: number | null): string | null {
  if (years === null) return null;
  if (!Number.isInteger(years) || years < 1) return 'extensions:errors.durationWhole';
  if (years > CAP_YEARS[article]) return `extensions:errors.durationCap${article}`;
  return null;
}

/** The deadline a duration leads to, counted from the last possible day of the deadline in force. */
export function requestedDeadlineFor(current: PartialDate | null, years: number | null): string | null {
  if (current === null || years === null) return null;
  return addYears(latestDay(current), years);
}

/** What the projection says the work needs: its expected completion against the deadline in force. */
export interface ProjectionBasis {
  deadline: PartialDate | null;
  expected: string | null;
  /** The yearly rate (average) and what remains, with the year of the figure; shown as the basis. */
  rateMean: number | null;
  remaining: number | null;
  remainingYear: number | null;
  status: string;
}

/**
 * Whole years beyond the deadline until the expected completion (0 when it falls before the
 * deadline), or null when the projection gives no expected completion.
 */
export function yearsNeeded(basis: ProjectionBasis): number | null {
  if (basis.deadline === null || basis.expected === null) return null;
  const deadline = latestDay(basis.deadline);
  if (basis.expected <= deadline) return 0;
  let years = 1;
  while (addYears(deadline, years) < basis.expected && years < 100) years++;
  return years;
}

export interface StrictlyNecessaryFlag {
  requested: number;
  needed: number;
  basis: ProjectionBasis;
}

/** A request for more years than the projection needs, or null (no duration, or no projection). */
export function strictlyNecessaryFlag(
  durationYears: number | null,
  basis: ProjectionBasis | null,
): StrictlyNecessaryFlag | null {
  if (durationYears === null || basis === null) return null;
  const needed = yearsNeeded(basis);
  if (needed === null || durationYears <= needed) return null;
  return { requested: durationYears, needed, basis };
}

/** A plan year's money; null is "not stated". */
export interface PlanMoney {
  cost: number | null;
  nationalFunding: number | null;
  externalFunding: number | null;
}

/** cost − national − external committed; null when any part is not stated (never read as 0). */
export function fundingGap(row: PlanMoney): number | null {
  if (row.cost === null || row.nationalFunding === null || row.externalFunding === null) return null;
  return row.cost - row.nationalFunding - row.externalFunding;
}

export interface MeetingRef {
  code: string;
  title: string;
  kind: string;
  startsOn: string | null;
}

export interface Timeliness {
  /** The next MSP or Review Conference opening after the submission day, from the calendar; null: not known. */
  meeting: { code: string; title: string; startsOn: string } | null;
  /** Nine months before it opens; null when the meeting is not known. */
  submitBy: string | null;
  /** True in time, false late, null not known. */
  timely: boolean | null;
  rule: string;
}

const DECIDING = new Set(['msp', 'review_conference']);

/** The meeting that will consider a request submitted on `day`, and whether it came in time. */
export function timelinessOf(
  article: RequestArticle,
  day: string,
  meetings: readonly MeetingRef[],
): Timeliness {
  const next = meetings
    .filter((m): m is MeetingRef & { startsOn: string } => DECIDING.has(m.kind) && m.startsOn !== null)
    .filter((m) => m.startsOn > day)
    .sort((a, b) =>
      a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.code.localeCompare(b.code),
    )[0];
  if (!next) return { meeting: null, submitBy: null, timely: null, rule: submissionRule(article) };
  const submitBy = addMonths(next.startsOn, -SUBMISSION_MONTHS_BEFORE);
  return {
    meeting: { code: next.code, title: next.title, startsOn: next.startsOn },
    submitBy,
    timely: day <= submitBy,
    rule: submissionRule(article),
  };
}

/** Funding gaps summed per year and currency (a plan may mix currencies; they are never added). */
export function gapsByYear(
  rows: ReadonlyArray<PlanMoney & { year: number; currency: string | null }>,
): Array<{ year: number; currency: string; gap: number }> {
  const out = new Map<string, { year: number; currency: string; gap: number }>();
  for (const r of rows) {
    const gap = fundingGap(r);
    if (gap === null || gap <= 0 || r.currency === null) continue;
    const key = `${r.year}:${r.currency}`;
    const cur = out.get(key) ?? { year: r.year, currency: r.currency, gap: 0 };
    cur.gap += gap;
    out.set(key, cur);
  }
  return [...out.values()].sort((a, b) => a.year - b.year || a.currency.localeCompare(b.currency));
}
