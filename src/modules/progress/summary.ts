import { asked, def, hasRows, missing, rowsInWindow } from './catalogue.js';
import type { IndicatorDef } from './model.js';
import { countStates } from './read.js';

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
  S43a: 43,
  S44a: 44,
  S44b: 44,
};

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
];

export const findSummaryFigure = (id: string): IndicatorDef | undefined =>
  summaryFigures.find((d) => d.id === id);
