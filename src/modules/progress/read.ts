import type { AnswerMeaningName } from '../reports/index.js';
import type {
  Basis,
  DeliveredReport,
  Evidence,
  Figure,
  Population,
  Snapshot,
  StateAtCensus,
  Unit,
} from './model.js';

/*
 * The reading rules every computation shares, so that "received in the window", "latest report
 * in the window", "latest report ever" and each population mean one thing everywhere. Pure.
 */

export const inWindow = (s: Snapshot, day: string | null): boolean =>
  day !== null && day >= s.window.from && day <= s.window.to;

/**
 * Per snapshot, computed once: a report is looked up for every State of every indicator, so the
 * lookups are indexed rather than scanned. A snapshot is never changed after it is loaded.
 */
const indexes = new WeakMap<
  Snapshot,
  { inWindow: DeliveredReport[]; byState: Map<string, DeliveredReport[]> }
>();
function indexOf(s: Snapshot) {
  let index = indexes.get(s);
  if (!index) {
    const byState = new Map<string, DeliveredReport[]>();
    for (const r of s.reports) byState.set(r.iso3, [...(byState.get(r.iso3) ?? []), r]);
    index = { inWindow: s.reports.filter((r) => inWindow(s, r.firstReceivedOn)), byState };
    indexes.set(s, index);
  }
  return index;
}

/** Reports whose first delivery fell in the window, of any year covered (seed 004 §3). */
export const receivedInWindow = (s: Snapshot): DeliveredReport[] => indexOf(s).inWindow;

const reportsOf = (s: Snapshot, iso3: string): DeliveredReport[] => indexOf(s).byState.get(iso3) ?? [];

const newest = (rs: DeliveredReport[]): DeliveredReport | undefined =>
  rs.reduce<DeliveredReport | undefined>(
    (best, r) =>
      !best || r.year > best.year || (r.year === best.year && r.firstReceivedOn > best.firstReceivedOn)
        ? r
        : best,
    undefined,
  );

/** The State's report received in the window that covers the latest year (a late report for the year before counts). */
export const latestInWindow = (s: Snapshot, iso3: string): DeliveredReport | undefined =>
  newest(reportsOf(s, iso3).filter((r) => inWindow(s, r.firstReceivedOn)));

/** The State's latest report delivered by the census date, whenever it was received. */
export const latestEver = (s: Snapshot, iso3: string): DeliveredReport | undefined =>
  newest(reportsOf(s, iso3));

/** Where a report says something: the version, form and question or table row. */
export function reportBasis(
  r: DeliveredReport,
  at: { form: string; question?: string; table?: string; row?: number; answer?: string },
): Basis {
  return {
    kind: 'report',
    reportId: r.reportId,
    year: r.year,
    version: r.version.number,
    receivedOn: r.firstReceivedOn,
    demonstration: r.demonstration,
    ...at,
  };
}

export const noReport = (reason: 'noReportInWindow' | 'noReport'): Basis => ({ kind: 'none', reason });

/** A State's answer by meaning, as the content adapter reads it (undefined: the template does not ask it). */
export const answerOf = (r: DeliveredReport, meaning: AnswerMeaningName) => r.facts.answer[meaning];

export const parties = (s: Snapshot): StateAtCensus[] => s.states.filter((st) => st.status === 'state_party');

export const hasOpen = (st: StateAtCensus, article: number): boolean =>
  st.obligations.some((o) => o.article === article && o.status === 'open');

/** Whether the latest report ever delivered shows munitions or submunitions retained under Art 3.6. */
export function retains(s: Snapshot, iso3: string): DeliveredReport | undefined {
  const r = latestEver(s, iso3);
  return r?.facts.retained.some((row) => (row.munitions ?? 0) > 0 || (row.submunitions ?? 0) > 0)
    ? r
    : undefined;
}

/** The States a population rule names, as the registry and reports stood on the census date. */
export function statesOf(s: Snapshot, rule: Population): StateAtCensus[] {
  const sp = parties(s);
  switch (rule) {
    case 'affected_art4':
      return sp.filter((st) => hasOpen(st, 4));
    case 'art3':
      return sp.filter((st) => hasOpen(st, 3));
    case 'victims':
      return sp.filter((st) => hasOpen(st, 5));
    case 'retaining':
      return sp.filter((st) => retains(s, st.iso3));
    case 'art3_art4_art5':
      return sp.filter((st) => hasOpen(st, 3) || hasOpen(st, 4) || hasOpen(st, 5));
    case 'art3_art4_retaining':
      return sp.filter((st) => hasOpen(st, 3) || hasOpen(st, 4) || retains(s, st.iso3));
    case 'parties_reporting':
      return sp.filter((st) => latestInWindow(s, st.iso3));
    case 'parties_by_deposit':
      return sp;
    case 'parties_in_force':
      return sp.filter((st) => st.inForce);
    case 'donors':
      return sp.filter((st) => (latestInWindow(s, st.iso3)?.facts.assistanceProvided.length ?? 0) > 0);
    case 'requesters':
      return sp.filter((st) => (latestInWindow(s, st.iso3)?.facts.needs.length ?? 0) > 0);
    case 'states_not_party':
      return s.states.filter((st) => st.status !== 'state_party');
    default:
      return [];
  }
}

/**
 * A figure counting States of a population: each State is tested once, and what the test read is
 * its evidence. The denominator is the population's size when the report prints "x of y".
 */
export function countStates(
  states: readonly StateAtCensus[],
  test: (st: StateAtCensus) => { counted: boolean; bases: Basis[] },
  opts: { unit?: Unit; denominator?: boolean } = {},
): Figure {
  const evidence: Evidence[] = states.map((st) => ({ iso3: st.iso3, label: st.name, ...test(st) }));
  return {
    value: evidence.filter((e) => e.counted).length,
    denominator: opts.denominator === false ? null : states.length,
    unit: opts.unit ?? 'states',
    noData: null,
    evidence,
  };
}

/**
 * A State counted when its report (latest in the window, or latest ever) answers yes, read by meaning.
 * A State with no such report is listed, not counted, and says so.
 */
export function countAnswers(
  s: Snapshot,
  population: readonly StateAtCensus[],
  meaning: AnswerMeaningName,
  read: 'window' | 'ever' = 'window',
): Figure {
  const figure = countStates(population, (st) => {
    const r = read === 'window' ? latestInWindow(s, st.iso3) : latestEver(s, st.iso3);
    if (!r) return { counted: false, bases: [noReport(read === 'window' ? 'noReportInWindow' : 'noReport')] };
    const a = answerOf(r, meaning);
    if (!a) return { counted: false, bases: [reportBasis(r, { form: 'cover', answer: 'not asked' })] };
    return {
      counted: a.answer === 'yes',
      bases: [reportBasis(r, { form: a.form, question: a.question, answer: a.answer ?? 'not answered' })],
    };
  });
  return unknownWithoutAnswers(figure);
}

/**
 * A figure of answers where no State of the population answered at all is unknown, not 0: the
 * reports are silent, which says nothing about what the States have done.
 */
export function unknownWithoutAnswers(f: Figure): Figure {
  const answered = f.evidence.some((e) =>
    e.bases.some(
      (b) =>
        b.kind === 'report' && (b.row !== undefined || (b.answer !== undefined && !silent.has(b.answer))),
    ),
  );
  return answered || f.evidence.length === 0 ? f : { ...f, value: null, noData: 'noAnswers' };
}

/** What a report says when it says nothing: the question left blank, the form not filled. */
export const silent = new Set(['not answered', 'not asked', 'form not filled']);

/** No data anywhere the platform keeps: the value is unknown, never 0. */
export const noData = (reason: string, unit: Unit = 'states'): Figure => ({
  value: null,
  denominator: null,
  unit,
  noData: reason,
  evidence: [],
});
