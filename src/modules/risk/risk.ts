import { addDays, addYears, comparePartialDates, latestDay, type PartialDate } from '../../kernel/dates.js';

/*
 * Deadline risk from the States' own numbers (decision 022). Pure: given what a State's standing
 * Article 7 reports say, year by year, about one Article 3 or Article 4 obligation, what remains,
 * the rate achieved, when the work would end at that rate (a low–high range), and how that stands
 * against the deadline in force. Nothing is guessed: a figure the reports do not give is named as
 * missing and the status is `not_enough_data`.
 */

/** How many of the latest standing reports the rates are read from. */
export const RATE_WINDOW = 3;
/** A completion further off than this is no date at all: "not within a century at this rate". */
const MAX_YEARS = 100;
const DAYS_PER_YEAR = 365;

export type RiskArticle = 3 | 4;
export type RiskStatus = 'on_track' | 'at_risk' | 'off_track' | 'not_enough_data';
export const riskStatuses: readonly RiskStatus[] = ['off_track', 'at_risk', 'not_enough_data', 'on_track'];
/** What is counted: Article 3 counts munitions and submunitions (Form B), Article 4 the area in m² (Form F). */
export type Quantity = 'munitions' | 'submunitions' | 'area';
export const quantitiesOf = (article: RiskArticle): Quantity[] =>
  article === 3 ? ['munitions', 'submunitions'] : ['area'];

/** Where a figure was read: the report (year, version), its form, and the table rows or the field. */
export interface FigureSource {
  reportId: number;
  year: number;
  version: number;
  /** Demonstration data, not a State's report: every page and answer showing the figure says so. */
  demonstration: boolean;
  form: string;
  /** The table the rows are in, or null when the figure is a single field. */
  table: string | null;
  /** The field a single figure is read from (the total remaining area), else null. */
  field: string | null;
  /** 1-based rows summed into the figure (empty for a field). */
  rows: number[];
}

export interface Figure {
  quantity: Quantity;
  value: number;
  source: FigureSource;
}

/** What one standing report says, by meaning, for one obligation. */
export interface YearFigures {
  reportId: number;
  year: number;
  version: number;
  demonstration: boolean;
  /** What remained at the end of the year covered (stocks held; contaminated area remaining). */
  remaining: Partial<Record<Quantity, Figure>>;
  /** What was destroyed or cleared in the year covered. */
  done: Partial<Record<Quantity, Figure>>;
  /**
   * The form holding what was done is marked "unchanged since the last report": its rows are last
   * year's, so they are not counted again as this year's work.
   */
  doneRepeated: boolean;
}

export interface RiskInput {
  article: RiskArticle;
  /** The deadline in force (a partial date counts to its last possible day). */
  deadline: PartialDate | null;
  today: string;
  /** The State's standing reports, any order. */
  years: readonly YearFigures[];
}

export type Missing =
  | { what: 'deadline' }
  | { what: 'reports' }
  | { what: 'remaining'; quantity: Quantity | null }
  | { what: 'rate'; quantity: Quantity };

/** The range of completion: at the best year's rate, at the average, at the worst (or net) rate. */
export interface Completion {
  /** At the highest yearly rate achieved. */
  earliest: string | null;
  /** At the average yearly rate; null when no progress is being made. */
  expected: string | null;
  /** At the lowest yearly rate, or the net reduction of what remains when that is lower; null: never. */
  latest: string | null;
}

export interface YearRate {
  year: number;
  value: number;
  figure: Figure;
}

/** What remained grew from one report to the next (new areas found, new stocks discovered). */
export interface Growth {
  from: Figure;
  to: Figure;
}

export interface QuantityProjection {
  quantity: Quantity;
  /** The latest figure of what remains, and the report it is from. */
  remaining: Figure;
  /** Each year's rate in the window, oldest first. */
  rates: YearRate[];
  /** Lowest–highest yearly rate (the spread) and the average; null without any rate. */
  rateLow: number | null;
  rateHigh: number | null;
  rateMean: number | null;
  /** Each rise of what remains between two reports in the window. */
  growth: Growth[];
  /** The net reduction of what remains per year between the first and last figure in the window; null with one figure. */
  netRate: number | null;
  completion: Completion;
}

export interface RiskProjection {
  article: RiskArticle;
  status: RiskStatus;
  deadline: PartialDate | null;
  /** What the reports do not give; empty unless the status is `not_enough_data`. */
  missing: Missing[];
  /** One per quantity the reports give a remaining figure for. */
  quantities: QuantityProjection[];
  /** The quantity whose work ends last: the obligation's projection. */
  binding: Quantity | null;
  completion: Completion | null;
  /** The reports read, latest last. */
  reports: Array<{ reportId: number; year: number; version: number; demonstration: boolean }>;
  /** Why the status is what it is, as keys the pages and the API explain. */
  reasons: RiskReason[];
  includesDemonstrationData: boolean;
}

export type RiskReason =
  | 'nothing_remaining'
  | 'single_report'
  | 'remaining_grew'
  | 'no_progress'
  | 'deadline_passed'
  | 'latest_before_deadline'
  | 'expected_before_deadline'
  | 'expected_after_deadline'
  | 'repeated_form_not_counted';

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

/** The day `remaining` is used up at `rate` a year, counting from the end of the year it was reported for. */
function completionAt(remaining: Figure, rate: number | null): string | null {
  if (rate === null || rate <= 0) return null;
  const years = remaining.value / rate;
  if (years > MAX_YEARS) return null;
  // Whole years as calendar years, the fraction in days (rounded up: work is done on a whole day).
  const whole = Math.floor(years);
  return addDays(
    addYears(`${remaining.source.year}-12-31`, whole),
    Math.ceil((years - whole) * DAYS_PER_YEAR - 1e-9),
  );
}

function projectQuantity(q: Quantity, window: readonly YearFigures[]): QuantityProjection | Missing | null {
  const remainingFigures = window.flatMap((y) => (y.remaining[q] ? [y.remaining[q]] : []));
  const remaining = remainingFigures.at(-1);
  if (!remaining) return null;
  const rates: YearRate[] = window.flatMap((y) => {
    const figure = y.done[q];
    return figure && !y.doneRepeated ? [{ year: y.year, value: figure.value, figure }] : [];
  });
  const growth: Growth[] = [];
  for (let i = 1; i < remainingFigures.length; i++) {
    const from = remainingFigures[i - 1] as Figure;
    const to = remainingFigures[i] as Figure;
    if (to.value > from.value) growth.push({ from, to });
  }
  const first = remainingFigures[0] as Figure;
  const span = remaining.source.year - first.source.year;
  const netRate = span > 0 ? (first.value - remaining.value) / span : null;
  if (remaining.value > 0 && rates.length === 0) return { what: 'rate', quantity: q };
  const values = rates.map((r) => r.value);
  const rateLow = values.length ? Math.min(...values) : null;
  const rateHigh = values.length ? Math.max(...values) : null;
  const rateMean = values.length ? sum(values) / values.length : null;
  // What remains did not shrink over the window: the clearance rate alone would pretend progress.
  const stalled = netRate !== null && netRate <= 0 && remaining.value > 0;
  const worst = netRate !== null && rateLow !== null ? Math.min(rateLow, netRate) : rateLow;
  const completion: Completion =
    remaining.value === 0
      ? { earliest: null, expected: null, latest: null }
      : {
          earliest: completionAt(remaining, rateHigh),
          expected: stalled ? null : completionAt(remaining, rateMean),
          latest: stalled ? null : completionAt(remaining, worst),
        };
  return { quantity: q, remaining, rates, rateLow, rateHigh, rateMean, growth, netRate, completion };
}

/** Later of two completion days, where null (never) is latest of all. */
const laterOf = (a: string | null, b: string | null) => (a === null || b === null ? null : a > b ? a : b);

/** The projection of one open Article 3 or 4 obligation from the State's standing reports. */
export function projectRisk(input: RiskInput): RiskProjection {
  const years = [...input.years].sort((a, b) => a.year - b.year);
  const window = years.slice(-RATE_WINDOW);
  const reports = window.map(({ reportId, year, version, demonstration }) => ({
    reportId,
    year,
    version,
    demonstration,
  }));
  const base = {
    article: input.article,
    deadline: input.deadline,
    reports,
    includesDemonstrationData: reports.some((r) => r.demonstration),
  };
  const missing: Missing[] = [];
  if (input.deadline === null) missing.push({ what: 'deadline' });
  if (window.length === 0) {
    missing.push({ what: 'reports' });
    return {
      ...base,
      status: 'not_enough_data',
      missing,
      quantities: [],
      binding: null,
      completion: null,
      reasons: [],
    };
  }
  const quantities: QuantityProjection[] = [];
  for (const q of quantitiesOf(input.article)) {
    const p = projectQuantity(q, window);
    if (p === null) continue;
    if ('what' in p) missing.push(p);
    else quantities.push(p);
  }
  if (quantities.length === 0 && !missing.some((m) => m.what === 'rate'))
    missing.push({ what: 'remaining', quantity: null });
  const reasons: RiskReason[] = [];
  if (window.length === 1) reasons.push('single_report');
  if (window.some((y) => y.doneRepeated)) reasons.push('repeated_form_not_counted');
  if (quantities.some((q) => q.growth.length > 0)) reasons.push('remaining_grew');
  if (missing.length > 0)
    return {
      ...base,
      status: 'not_enough_data',
      missing,
      quantities,
      binding: null,
      completion: null,
      reasons,
    };

  const open = quantities.filter((q) => q.remaining.value > 0);
  const deadlineLast = latestDay(input.deadline as string);
  if (open.length === 0) {
    reasons.push('nothing_remaining');
    return {
      ...base,
      status: 'on_track',
      missing,
      quantities,
      binding: null,
      completion: null,
      reasons,
    };
  }
  // The obligation is done when every quantity is: the one ending last binds.
  const binding = open.reduce((a, b) => {
    const ea = a.completion.expected;
    const eb = b.completion.expected;
    if (ea === null) return a;
    if (eb === null) return b;
    return comparePartialDates(eb, ea) > 0 ? b : a;
  });
  const completion: Completion = {
    earliest: open.map((q) => q.completion.earliest).reduce(laterOf),
    expected: open.map((q) => q.completion.expected).reduce(laterOf),
    latest: open.map((q) => q.completion.latest).reduce(laterOf),
  };
  let status: RiskStatus;
  if (deadlineLast < input.today) {
    status = 'off_track';
    reasons.push('deadline_passed');
  } else if (completion.expected === null) {
    status = 'off_track';
    reasons.push('no_progress');
  } else if (completion.latest !== null && completion.latest <= deadlineLast) {
    status = 'on_track';
    reasons.push('latest_before_deadline');
  } else if (completion.expected <= deadlineLast) {
    status = 'at_risk';
    reasons.push('expected_before_deadline');
  } else {
    status = 'off_track';
    reasons.push('expected_after_deadline');
  }
  return { ...base, status, missing, quantities, binding: binding.quantity, completion, reasons };
}

/** Sorting by risk: off track first, then at risk, not enough data, on track; among equals, by expected completion. */
export function riskRank(p: RiskProjection | null | undefined): number {
  if (!p) return riskStatuses.length;
  return riskStatuses.indexOf(p.status);
}
