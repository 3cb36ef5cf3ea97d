import { clusterMunitionCasualties, peopleReached } from '../reports/index.js';
import { asked, def, hasRows, missing, rowsInWindow } from './catalogue.js';
import type {
  Basis,
  DeliveredReport,
  Evidence,
  Figure,
  IndicatorDef,
  Snapshot,
  StateAtCensus,
} from './model.js';
import { countStates, latestInWindow, noReport, reportBasis, statesOf } from './read.js';

/*
 * The figures seed 004 prints only in its summary (its opening bullets and §25, §27, §33, §43),
 * with no row of an action's table: PROGRESS-REPORT.md §1, "Figures printed only in the summary".
 * Each is defined like an indicator (population, period, pure computation, evidence), under an id
 * `S<paragraph><letter>` and action 0: they belong to no action. Their words are in the catalogue
 * beside the indicators' (progress:indicators.<id>). Figures the summary repeats from a table
 * (annual reports, overdue initial reports, national measures) are the table's indicators.
 */

/** The paragraph of seed 004 each summary figure is printed with. */
export const summaryParagraphs: Record<string, number> = {
  S3a: 3,
  S25a: 25,
  S25b: 25,
  S33a: 33,
  S35a: 35,
  S40a: 40,
  S43a: 43,
  S44a: 44,
  S44b: 44,
  S45a: 45,
  S45b: 45,
};

/** A number a report row gives, with the row as its basis; a row that gives none says so ("unknown"). */
function rowBasis(
  r: DeliveredReport,
  row: { source: { form: string; table: string; row: number } },
  value: number | null,
): Basis {
  return reportBasis(r, {
    form: row.source.form,
    table: row.source.table,
    row: row.source.row,
    answer: value === null ? 'unknown' : String(value),
  });
}

/**
 * §45: the States with Article 5 obligations whose latest report in the window gives their new
 * cluster munition casualties, read through the content adapter (`clusterMunitionCasualties`: by
 * device when the State gives it, so casualties of other remnants are not cluster munition victims).
 * `some`: States reporting new victims; `none`: States reporting none. A State whose rows do not say
 * is listed, counted in neither; no State saying anything leaves the figure unknown, never 0.
 */
const newVictims =
  (which: 'some' | 'none') =>
  (s: Snapshot): Figure => {
    let known = 0;
    const f = countStates(statesOf(s, 'victims'), (st: StateAtCensus) => {
      const r = latestInWindow(s, st.iso3);
      if (!r) return { counted: false, bases: [noReport('noReportInWindow')] };
      const rows = r.facts.victims.filter((v) => v.category === 'new');
      if (rows.length === 0)
        return {
          counted: false,
          bases: [reportBasis(r, { form: 'H', table: 'victims', answer: 'no rows' })],
        };
      const values = rows.map(clusterMunitionCasualties);
      const bases = rows.map((row, i) => rowBasis(r, row, values[i] ?? null));
      const stated = values.filter((v): v is number => v !== null);
      if (stated.length > 0) known++;
      const some = stated.some((v) => v > 0);
      const none = stated.length === values.length && !some;
      return { counted: which === 'some' ? some : none, bases };
    });
    return known === 0 ? { ...f, value: null, noData: 'noReportedQuantity' } : f;
  };

/**
 * §40: the people risk education reached, as the affected States' latest reports in the window give
 * them, through the content adapter (`peopleReached`: a total given without a sex and age split
 * counts). Each State's share is its amount; none given leaves the figure unknown, never 0.
 */
function peopleReachedByRiskEducation(s: Snapshot): Figure {
  let sum = 0;
  let known = 0;
  const evidence: Evidence[] = statesOf(s, 'affected_art4').map((st) => {
    const r = latestInWindow(s, st.iso3);
    if (!r) return { iso3: st.iso3, label: st.name, counted: false, bases: [noReport('noReportInWindow')] };
    const rows = r.facts.riskEducation;
    if (rows.length === 0)
      return {
        iso3: st.iso3,
        label: st.name,
        counted: false,
        bases: [reportBasis(r, { form: 'G', table: 'activities', answer: 'no rows' })],
      };
    const values = rows.map(peopleReached);
    const stated = values.filter((v): v is number => v !== null);
    const bases = rows.map((row, i) => rowBasis(r, row, values[i] ?? null));
    if (stated.length === 0) return { iso3: st.iso3, label: st.name, counted: false, bases };
    const amount = stated.reduce((a, v) => a + v, 0);
    sum += amount;
    known++;
    return { iso3: st.iso3, label: st.name, counted: true, amount, bases };
  });
  return {
    value: known === 0 ? null : sum,
    denominator: null,
    unit: 'persons',
    noData: known === 0 ? 'noReportedQuantity' : null,
    evidence,
  };
}

export const summaryFigures: readonly IndicatorDef[] = [
  // Signatories that remain to ratify, on the census date (registry).
  def('S3a', 0, 'C', 'mechanical', 'registry_at_census', 'states_not_party', (s) =>
    countStates(
      s.states.filter((st) => st.status === 'signatory'),
      () => ({
        counted: true,
        bases: [{ kind: 'registry', article: null, fact: 'signatory', on: s.window.census }],
      }),
      { denominator: false },
    ),
  ),
  // Article 3 States reporting they are on track (the platform's supplementary question).
  def('S25a', 0, 'D', 'judgement_count', 'received_in_window', 'art3', asked('art3', 'art3OnTrack')),
  // Article 3 States reporting they intend to request an extension.
  def(
    'S25b',
    0,
    'D',
    'judgement_count',
    'received_in_window',
    'art3',
    asked('art3', 'art3ExtensionIntended'),
  ),
  // Article 4 States reporting they are on track to meet their deadline.
  def(
    'S33a',
    0,
    'E',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'art4OnTrack'),
  ),
  // Article 4 States reporting they intend to request an extension.
  def(
    'S35a',
    0,
    'E',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'art4ExtensionIntended'),
  ),
  // People reached by risk education, totals given without a split included.
  def('S40a', 0, 'F', 'mechanical', 'received_in_window', 'affected_art4', peopleReachedByRiskEducation),
  // "Confirmed not to have cluster munition victims": no event or question records it.
  def('S43a', 0, 'G', 'mechanical', 'registry_at_census', 'none', missing('noRecordKept')),
  // Efforts to mobilise national and international resources for victim assistance.
  def(
    'S44a',
    0,
    'G',
    'judgement_count',
    'received_in_window',
    'victims',
    asked('victims', 'victimAssistanceResourcesMobilised'),
  ),
  // National resources allocated to victim assistance: a Form I row for Article 5.
  def(
    'S44b',
    0,
    'G',
    'mechanical',
    'received_in_window',
    'victims',
    hasRows('victims', (s, st) => rowsInWindow(s, st, 'nationalResources', (row) => row.area === 'art5')),
  ),
  // States reporting new cluster munition victims, and States reporting none (by device when given).
  def('S45a', 0, 'G', 'mechanical', 'received_in_window', 'victims', newVictims('some')),
  def('S45b', 0, 'G', 'mechanical', 'received_in_window', 'victims', newVictims('none')),
];

export const findSummaryFigure = (id: string): IndicatorDef | undefined =>
  summaryFigures.find((d) => d.id === id);
