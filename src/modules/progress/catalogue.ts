import { addMonths } from '../../kernel/dates.js';
import { type AnswerMeaningName, isAmendedOfficialTemplate } from '../reports/index.js';
import type {
  Basis,
  DelegationAtMeeting,
  Evidence,
  Figure,
  IndicatorDef,
  IndicatorKind,
  PeriodType,
  Population,
  RegistryEvent,
  Section,
  Snapshot,
  StateAtCensus,
  Unit,
} from './model.js';
import {
  countAnswers,
  countStates,
  inWindow,
  latestInWindow,
  noData,
  noReport,
  parties,
  receivedInWindow,
  reportBasis,
  retains,
  statesOf,
  unknownWithoutAnswers,
} from './read.js';

/*
 * Every indicator of the Lausanne Action Plan as seed 004 prints them (82 rows over 50 actions),
 * each defined once. The words of each are in the catalogue (progress:indicators.<id>); the rules
 * behind each choice are in PROGRESS-REPORT.md §1 and §3 and this module's README.
 */

export const def = (
  id: string,
  action: number,
  section: Section,
  kind: IndicatorKind,
  period: PeriodType,
  population: Population,
  compute: (s: Snapshot) => Figure,
): IndicatorDef => ({ id, action, section, kind, period, population, compute });

/** A yes/no question counted over a population, in the latest report received in the window. */
export const asked =
  (population: Population, meaning: AnswerMeaningName, read: 'window' | 'ever' = 'window') =>
  (s: Snapshot) =>
    countAnswers(s, statesOf(s, population), meaning, read);

/** Indicators no template question, registry or record of the platform answers yet. */
export const missing =
  (reason: string, unit: Unit = 'states') =>
  (): Figure =>
    noData(reason, unit);

/**
 * A judgement the Coordinators of the area record (assessments): until they do, the figure is
 * unknown, and the population it would be counted over is listed.
 */
const judged =
  (population: Population) =>
  (s: Snapshot): Figure => ({
    ...countStates(statesOf(s, population), () => ({ counted: false, bases: [] })),
    value: null,
    noData: 'judgementNotRecorded',
  });

/** A State counted when its latest report in the window has at least one row the test accepts. */
export const hasRows =
  (population: Population, rows: (s: Snapshot, st: StateAtCensus) => Evidence['bases'] | null) =>
  (s: Snapshot): Figure =>
    unknownWithoutAnswers(
      countStates(statesOf(s, population), (st) => {
        const bases = rows(s, st);
        return bases === null
          ? { counted: false, bases: [noReport('noReportInWindow')] }
          : { counted: bases.some((b) => b.kind === 'report' && b.row !== undefined), bases };
      }),
    );

type TableName =
  | 'nationalResources'
  | 'assistanceProvided'
  | 'assistanceReceived'
  | 'needs'
  | 'riskEducation';
const tableOf: Record<TableName, { form: string; table: string }> = {
  nationalResources: { form: 'I', table: 'nationalResources' },
  assistanceProvided: { form: 'I', table: 'assistanceProvided' },
  assistanceReceived: { form: 'I', table: 'assistanceReceived' },
  needs: { form: 'J', table: 'needs' },
  riskEducation: { form: 'G', table: 'activities' },
};

/** The rows of a table in the State's latest report in the window that pass `keep`, as evidence. */
export function rowsInWindow<T extends TableName>(
  s: Snapshot,
  st: StateAtCensus,
  table: T,
  keep: (row: Snapshot['reports'][number]['facts'][T][number]) => boolean = () => true,
): Basis[] | null {
  const r = latestInWindow(s, st.iso3);
  if (!r) return null;
  const all = r.facts[table] as Array<Snapshot['reports'][number]['facts'][T][number]>;
  const rows = all.filter(keep);
  // A form the State left unfilled says nothing; a filled form with no such row says "none".
  const filled = all.length > 0 || (r.facts.formStatus[table] ?? null) !== null;
  if (rows.length === 0)
    return [reportBasis(r, { ...tableOf[table], answer: filled ? 'no rows' : 'form not filled' })];
  return rows.map((row) => reportBasis(r, { ...tableOf[table], row: row.source.row }));
}

const art = (area: string | null) => area === 'art3' || area === 'art4' || area === 'art5';

/**
 * Action 42: the States Parties with a Country Coalition in place on the census date (the
 * coalitions module's record: stored active, established by then, not lapsed on that day). Each
 * coalition is the State's basis, with its source; a State not party on that day is listed, not counted.
 */
function coalitionStates(s: Snapshot): Figure {
  const iso3s = [...new Set(s.coalitions.map((c) => c.iso3))];
  const party = new Set(parties(s).map((st) => st.iso3));
  const evidence: Evidence[] = iso3s.map((iso3) => ({
    iso3,
    label: s.states.find((st) => st.iso3 === iso3)?.name ?? iso3,
    counted: party.has(iso3),
    bases: s.coalitions
      .filter((c) => c.iso3 === iso3)
      .map((c) => ({
        kind: 'registry' as const,
        article: null,
        fact: 'country_coalition',
        on: c.lastConfirmedOn,
        source: `${c.name}: ${c.source}`,
      })),
  }));
  return {
    value: evidence.filter((e) => e.counted).length,
    denominator: null,
    unit: 'states',
    noData: null,
    evidence,
  };
}

// ---- Registry events ----

function events(st: StateAtCensus, article: number, kind: string): RegistryEvent[] {
  return st.obligations
    .filter((o) => o.article === article)
    .flatMap((o) => o.events.filter((e) => e.kind === kind));
}

const registryBasis = (e: RegistryEvent, on: string | null): Basis => ({
  kind: 'registry',
  article: e.article,
  fact: e.kind,
  on,
  meeting: e.meeting,
  source: e.source,
});

/** Declarations of completion made in the window (the day declared, not the day completed). */
const declaredInWindow =
  (article: number) =>
  (s: Snapshot): Figure => {
    const declaring = parties(s).filter((st) => events(st, article, 'completion_declared').length > 0);
    const f = countStates(
      declaring,
      (st) => {
        const es = events(st, article, 'completion_declared');
        return {
          counted: es.some((e) => inWindow(s, e.declaredOn)),
          bases: es.map((e) => registryBasis(e, e.declaredOn)),
        };
      },
      { denominator: false },
    );
    return f;
  };

/** Extension requests recorded for an article, each a unit of the figure. */
function requests(s: Snapshot, article: number, keep: (e: RegistryEvent) => boolean) {
  return s.states.flatMap((st) =>
    events(st, article, 'extension_requested')
      .filter(keep)
      .map((e) => ({ st, e })),
  );
}

/**
 * Requests whose plan is "detailed, costed and multi-year" (Actions 15 and 20), as the Analysis
 * Group of each marked it (yes on both counts). Known only when every request of the figure was
 * marked on both: until then the figure is unknown, never a count of the marked ones.
 */
const judgedRequests =
  (article: number, keep: (s: Snapshot, e: RegistryEvent) => boolean) =>
  (s: Snapshot): Figure => {
    const rs = requests(s, article, (e) => keep(s, e));
    const marksOf = (e: RegistryEvent) => (e.id === undefined ? undefined : s.planAssessments.get(e.id));
    const evidence = rs.map(({ st, e }) => {
      const m = marksOf(e);
      const marked = m && m.costed !== null && m.multiYear !== null ? m : null;
      return {
        iso3: st.iso3,
        label: st.name,
        counted: marked?.costed === 'yes' && marked.multiYear === 'yes',
        bases: [
          registryBasis(e, e.occurredOn),
          ...(marked
            ? [
                {
                  kind: 'registry' as const,
                  article,
                  fact: `costed_plan:${marked.costed}:${marked.multiYear}`,
                  on: null,
                  meeting: e.meeting,
                },
              ]
            : []),
        ],
      };
    });
    const allMarked = rs.every(({ e }) => {
      const m = marksOf(e);
      return m !== undefined && m.costed !== null && m.multiYear !== null;
    });
    return {
      value: allMarked && rs.length > 0 ? evidence.filter((x) => x.counted).length : null,
      denominator: rs.length,
      unit: 'requests',
      noData: allMarked && rs.length > 0 ? null : 'judgementNotRecorded',
      evidence,
    };
  };

// ---- Meetings ----

/** A figure over the delegations at the meetings held in the window; unknown while no list is imported. */
function overDelegations(s: Snapshot, unit: Unit, units: (ds: DelegationAtMeeting[]) => Evidence[]): Figure {
  if (!s.meetingsInWindow.some((m) => m.participationRecorded))
    return noData('participationNotImported', unit);
  const evidence = units(s.delegations);
  return {
    value: evidence.filter((e) => e.counted).length,
    denominator: evidence.length,
    unit,
    noData: null,
    evidence,
  };
}

const delegationBasis = (d: DelegationAtMeeting, fact: string): Basis => ({
  kind: 'meeting',
  meeting: d.meeting,
  fact,
  on: d.on,
});

const spDelegations = (ds: DelegationAtMeeting[]) => ds.filter((d) => d.status === 'state_party');

const withSurvivors = (s: Snapshot) =>
  overDelegations(s, 'delegations', (ds) =>
    spDelegations(ds).map((d) => ({
      iso3: d.iso3,
      label: d.name,
      counted: d.delegates.some((p) => p.survivor),
      bases: [delegationBasis(d, 'delegation')],
    })),
  );

/** Office holders of a kind up to the census date, counted when a woman; unknown when none is recorded. */
const womenIn =
  (office: string, period: 'cumulative' | 'window') =>
  (s: Snapshot): Figure => {
    const held = s.officeHolders.filter(
      (h) =>
        h.office === office &&
        (h.periodFrom === null || h.periodFrom <= s.window.census) &&
        (period === 'cumulative' || h.periodTo === null || h.periodTo >= s.window.from),
    );
    if (held.length === 0) return noData('officeHoldersNotRecorded', 'persons');
    const evidence: Evidence[] = held.map((h) => ({
      iso3: h.iso3,
      label: h.personName ?? h.iso3 ?? '',
      counted: h.gender === 'woman',
      bases: [
        {
          kind: 'registry',
          article: null,
          fact: `office:${h.office}:${h.gender}`,
          on: h.periodFrom,
          source: h.source,
        },
      ],
    }));
    const unknown = held.some((h) => h.gender === 'not_known');
    return {
      value: unknown ? null : evidence.filter((e) => e.counted).length,
      denominator: held.length,
      unit: 'persons',
      noData: unknown ? 'genderNotRecorded' : null,
      evidence,
    };
  };

// ---- Sums ----

function retainedSum(s: Snapshot, table: 'retained' | 'retainedUsed', read: 'ever' | 'window'): Figure {
  const rs =
    read === 'ever'
      ? parties(s)
          .map((st) => retains(s, st.iso3))
          .filter((r) => r !== undefined)
      : receivedInWindow(s).filter((r) => r.facts[table].length > 0);
  let munitions = 0;
  let submunitions = 0;
  const evidence: Evidence[] = rs.map((r) => {
    const rows = r.facts[table];
    const m = rows.reduce((n, row) => n + (row.munitions ?? 0), 0);
    const sub = rows.reduce((n, row) => n + (row.submunitions ?? 0), 0);
    munitions += m;
    submunitions += sub;
    const st = s.states.find((x) => x.iso3 === r.iso3);
    return {
      iso3: r.iso3,
      label: st?.name ?? r.iso3,
      counted: true,
      amount: m,
      bases: rows.map((row) => reportBasis(r, { form: 'D', table: row.source.table, row: row.source.row })),
    };
  });
  if (rs.length === 0) return noData('noReportedQuantity', 'munitions');
  return {
    value: munitions,
    denominator: null,
    unit: 'munitions',
    noData: null,
    evidence,
    parts: [
      { unit: 'munitions', value: munitions },
      { unit: 'submunitions', value: submunitions },
    ],
  };
}

const yearCovered = (s: Snapshot) => Number(s.window.census.slice(0, 4)) - 1;

/** Nine months before the day a meeting opens: the last day a request is on time for it (Art 3(5), 4(6)). */
export const nineMonthsBefore = (day: string): string => addMonths(day, -9);

export const indicators: readonly IndicatorDef[] = [
  // ---- A. Guiding principles ----
  def(
    'LAP1a',
    1,
    'A',
    'judgement_count',
    'received_in_window',
    'parties_reporting',
    asked('parties_reporting', 'implementationInNationalPlans'),
  ),
  def(
    'LAP1b',
    1,
    'A',
    'mechanical',
    'received_in_window',
    'art3_art4_art5',
    hasRows('art3_art4_art5', (s, st) => rowsInWindow(s, st, 'nationalResources')),
  ),
  def(
    'LAP2a',
    2,
    'A',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'nationalStrategy'),
  ),
  def(
    'LAP2b',
    2,
    'A',
    'mechanical',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'annualWorkPlan'),
  ),
  def('LAP3a', 3, 'A', 'mechanical', 'received_in_window', 'parties_reporting', (s) => ({
    ...hasRows('parties_reporting', (s2, st) => rowsInWindow(s2, st, 'assistanceProvided'))(s),
    denominator: null,
  })),
  def('LAP3b', 3, 'A', 'mechanical', 'received_in_window', 'donors', asked('donors', 'multiYearFunding')),
  def(
    'LAP5a',
    5,
    'A',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'strategyDevelopedInclusively'),
  ),
  def('LAP5b', 5, 'A', 'mechanical', 'events_in_window', 'delegations', withSurvivors),
  def(
    'LAP6',
    6,
    'A',
    'mechanical',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'nationalStandardsUpdated'),
  ),
  def(
    'LAP7',
    7,
    'A',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'informationManagementSystem'),
  ),
  def(
    'LAP8',
    8,
    'A',
    'qualitative',
    'received_in_window',
    'parties_reporting',
    asked('parties_reporting', 'coordinatedWithOtherFrameworks'),
  ),
  def('LAP9a', 9, 'A', 'mechanical', 'coming_meeting', 'parties_by_deposit', missing('noRecordKept')),
  def('LAP9b', 9, 'A', 'mechanical', 'events_in_window', 'parties_by_deposit', missing('noRecordKept')),

  // ---- B. Gender mainstreaming ----
  def(
    'LAP4a',
    4,
    'B',
    'judgement_count',
    'received_in_window',
    'art3_art4_art5',
    asked('art3_art4_art5', 'genderDiversityInPlans'),
  ),
  def('LAP4b', 4, 'B', 'mechanical', 'cumulative', 'office_holders', womenIn('president', 'cumulative')),
  def(
    'LAP4c',
    4,
    'B',
    'mechanical',
    'events_in_window',
    'office_holders',
    womenIn('coordination_committee', 'window'),
  ),
  def('LAP4d', 4, 'B', 'mechanical', 'events_in_window', 'delegates', (s) =>
    overDelegations(s, 'persons', (ds) =>
      spDelegations(ds).flatMap((d) =>
        d.delegates.map((p) => ({
          iso3: d.iso3,
          label: d.name,
          counted: p.gender === 'woman',
          bases: [delegationBasis(d, `delegate:${p.gender}`)],
        })),
      ),
    ),
  ),
  def('LAP4e', 4, 'B', 'mechanical', 'events_in_window', 'delegations', (s) =>
    overDelegations(s, 'delegations', (ds) =>
      spDelegations(ds).map((d) => ({
        iso3: d.iso3,
        label: d.name,
        counted: d.head?.gender === 'woman',
        bases: [delegationBasis(d, `head:${d.head?.gender ?? 'not_named'}`)],
      })),
    ),
  ),

  // ---- C. Universalization ----
  def('LAP10a', 10, 'C', 'mechanical', 'events_in_window', 'parties_by_deposit', (s) =>
    countStates(
      parties(s).filter((st) => inWindow(s, st.instrumentDate)),
      (st) => ({
        counted: true,
        bases: [{ kind: 'registry', article: null, fact: 'instrument_deposited', on: st.instrumentDate }],
      }),
      { denominator: false },
    ),
  ),
  def('LAP10b', 10, 'C', 'mechanical', 'events_in_window', 'states_not_party', (s) =>
    overDelegations(s, 'states', (ds) =>
      ds
        .filter((d) => d.iso3 !== null && d.status !== 'state_party' && d.status !== 'observer')
        .map((d) => ({
          iso3: d.iso3,
          label: d.name,
          counted: true,
          bases: [delegationBasis(d, `status:${d.status}`)],
        })),
    ),
  ),
  def('LAP10c', 10, 'C', 'mechanical', 'received_in_window', 'states_not_party', (s) => {
    const voluntary = receivedInWindow(s).filter((r) => r.kind === 'voluntary');
    return {
      value: new Set(voluntary.map((r) => r.iso3)).size,
      denominator: null,
      unit: 'states',
      noData: null,
      evidence: voluntary.map((r) => ({
        iso3: r.iso3,
        label: s.states.find((st) => st.iso3 === r.iso3)?.name ?? r.iso3,
        counted: true,
        bases: [reportBasis(r, { form: 'cover', answer: 'voluntary' })],
      })),
    };
  }),
  def('LAP11a', 11, 'C', 'qualitative', 'events_in_window', 'none', missing('noRecordKept', 'cases')),
  def('LAP11b', 11, 'C', 'mechanical', 'events_in_window', 'states_not_party', missing('noRecordKept')),
  def('LAP11c', 11, 'C', 'judgement_count', 'events_in_window', 'states_not_party', missing('noRecordKept')),
  def(
    'LAP11d',
    11,
    'C',
    'mechanical',
    'events_in_window',
    'states_not_party',
    missing('noRecordKept', 'cases'),
  ),

  // ---- D. Stockpile destruction and retention ----
  def('LAP12a', 12, 'D', 'mechanical', 'received_in_window', 'art3', asked('art3', 'destructionPlan')),
  def(
    'LAP12b',
    12,
    'D',
    'mechanical',
    'received_in_window',
    'art3',
    hasRows('art3', (s, st) => {
      const r = latestInWindow(s, st.iso3);
      if (!r) return null;
      return r.facts.destroyed.length > 0
        ? r.facts.destroyed.map((row) =>
            reportBasis(r, { form: 'B', table: row.source.table, row: row.source.row }),
          )
        : [reportBasis(r, { form: 'B', answer: r.facts.formStatus.destroyed ?? 'not answered' })];
    }),
  ),
  def('LAP13', 13, 'D', 'mechanical', 'events_in_window', 'art3', declaredInWindow(3)),
  def(
    'LAP14',
    14,
    'D',
    'mechanical',
    'received_in_window',
    'parties_reporting',
    asked('parties_reporting', 'newStocksDiscovered'),
  ),
  def(
    'LAP15',
    15,
    'D',
    'judgement_count',
    'coming_meeting',
    'extension_requests',
    judgedRequests(3, (s, e) => e.meeting === s.window.meeting),
  ),
  def('LAP16', 16, 'D', 'qualitative', 'received_in_window', 'art3', judged('art3')),
  def('LAP17a', 17, 'D', 'mechanical', 'cumulative', 'retaining', (s) =>
    countStates(
      statesOf(s, 'retaining'),
      (st) => {
        const r = retains(s, st.iso3);
        return {
          counted: true,
          bases: r
            ? r.facts.retained.map((row) =>
                reportBasis(r, { form: 'D', table: 'retained', row: row.source.row }),
              )
            : [],
        };
      },
      { denominator: false },
    ),
  ),
  def('LAP17b', 17, 'D', 'mechanical', 'cumulative', 'retaining', (s) => retainedSum(s, 'retained', 'ever')),
  def('LAP17c', 17, 'D', 'mechanical', 'received_in_window', 'retaining', (s) =>
    retainedSum(s, 'retainedUsed', 'window'),
  ),

  // ---- E. Survey and clearance ----
  def(
    'LAP18a',
    18,
    'E',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'baselineSurveyCompleted'),
  ),
  def(
    'LAP18b',
    18,
    'E',
    'mechanical',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'hazardousAreasMarked'),
  ),
  def(
    'LAP19a',
    19,
    'E',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'evidenceBasedStrategy'),
  ),
  def('LAP19b', 19, 'E', 'mechanical', 'year_covered', 'affected_art4', (s) =>
    countStates(statesOf(s, 'affected_art4'), (st) => {
      const r = receivedInWindow(s).find((x) => x.iso3 === st.iso3 && x.year === yearCovered(s));
      if (!r) return { counted: false, bases: [noReport('noReportInWindow')] };
      return {
        counted: r.facts.clearedAreas.length > 0,
        bases:
          r.facts.clearedAreas.length > 0
            ? r.facts.clearedAreas.map((row) =>
                reportBasis(r, { form: 'F', table: row.source.table, row: row.source.row }),
              )
            : [reportBasis(r, { form: 'F', table: 'clearedInPeriod', answer: 'no rows' })],
      };
    }),
  ),
  def(
    'LAP20',
    20,
    'E',
    'judgement_count',
    'events_in_window',
    'extension_requests',
    judgedRequests(4, (s, e) => inWindow(s, e.occurredOn)),
  ),
  def(
    'LAP21a',
    21,
    'E',
    'qualitative',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'innovativeMethodologies'),
  ),
  def('LAP21b', 21, 'E', 'judgement_count', 'received_in_window', 'affected_art4', judged('affected_art4')),
  def(
    'LAP22',
    22,
    'E',
    'mechanical',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'residualContaminationCapacity'),
  ),
  def(
    'LAP23a',
    23,
    'E',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'humanitarianConsiderationsInClearance'),
  ),
  def(
    'LAP23b',
    23,
    'E',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'genderDiversityInClearance'),
  ),
  def('LAP24', 24, 'E', 'mechanical', 'received_in_window', 'affected_art4', (s) =>
    countStates(statesOf(s, 'affected_art4'), (st) => {
      const r = latestInWindow(s, st.iso3);
      if (!r) return { counted: false, bases: [noReport('noReportInWindow')] };
      const areas = r.facts.contaminatedAreas.filter((a) => a.location !== null && a.area !== null);
      const cleared = r.facts.clearedAreas;
      return {
        counted: areas.length > 0 && cleared.length > 0,
        bases: [...areas, ...cleared].map((row) =>
          reportBasis(r, { form: 'F', table: row.source.table, row: row.source.row }),
        ),
      };
    }),
  ),
  def('LAP25', 25, 'E', 'mechanical', 'events_in_window', 'affected_art4', declaredInWindow(4)),
  def('LAP26', 26, 'E', 'qualitative', 'received_in_window', 'affected_art4', judged('affected_art4')),

  // ---- F. Risk education ----
  def(
    'LAP27',
    27,
    'F',
    'mechanical',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'riskEducationIntegrated'),
  ),
  def(
    'LAP28',
    28,
    'F',
    'judgement_count',
    'received_in_window',
    'affected_art4',
    hasRows('affected_art4', (s, st) => rowsInWindow(s, st, 'riskEducation')),
  ),
  def(
    'LAP29a',
    29,
    'F',
    'mechanical',
    'received_in_window',
    'affected_art4',
    hasRows('affected_art4', (s, st) =>
      rowsInWindow(s, st, 'riskEducation', (row) =>
        [row.women, row.men, row.girls, row.boys].some((n) => typeof n === 'number'),
      ),
    ),
  ),
  def(
    'LAP29b',
    29,
    'F',
    'mechanical',
    'received_in_window',
    'affected_art4',
    asked('affected_art4', 'riskEducationImpactMeasured'),
  ),
  def('LAP30', 30, 'F', 'mechanical', 'received_in_window', 'affected_art4', (s) => {
    const residual = asked('affected_art4', 'residualContaminationCapacity')(s);
    const education = asked('affected_art4', 'riskEducationIntegrated')(s);
    const evidence = residual.evidence.map((e, i) => {
      const other = education.evidence[i] as Evidence;
      return { ...e, counted: e.counted && other.counted, bases: [...e.bases, ...other.bases] };
    });
    // Unknown when either question went unanswered by every State: a count of both would say 0.
    const noData = residual.noData ?? education.noData;
    return { ...residual, value: noData ? null : evidence.filter((e) => e.counted).length, noData, evidence };
  }),

  // ---- G. Victim assistance ----
  def(
    'LAP31',
    31,
    'G',
    'mechanical',
    'received_in_window',
    'victims',
    asked('victims', 'victimDataDisaggregated'),
  ),
  def(
    'LAP32',
    32,
    'G',
    'judgement_count',
    'received_in_window',
    'victims',
    asked('victims', 'victimNeedsInPolicies'),
  ),
  def(
    'LAP33a',
    33,
    'G',
    'mechanical',
    'received_in_window',
    'victims',
    asked('victims', 'victimAssistanceActionPlan'),
  ),
  def(
    'LAP33b',
    33,
    'G',
    'mechanical',
    'cumulative',
    'victims',
    asked('victims', 'victimAssistanceFocalPoint', 'ever'),
  ),
  def('LAP34a', 34, 'G', 'judgement_count', 'received_in_window', 'victims', judged('victims')),
  def('LAP34b', 34, 'G', 'qualitative', 'received_in_window', 'victims', judged('victims')),
  def(
    'LAP35',
    35,
    'G',
    'mechanical',
    'received_in_window',
    'victims',
    asked('victims', 'socioEconomicInclusion'),
  ),
  def(
    'LAP36a',
    36,
    'G',
    'judgement_count',
    'received_in_window',
    'victims',
    asked('victims', 'victimsInPolicyMaking'),
  ),
  def('LAP36b', 36, 'G', 'mechanical', 'events_in_window', 'delegations', withSurvivors),
  def(
    'LAP37a',
    37,
    'G',
    'mechanical',
    'received_in_window',
    'victims',
    asked('victims', 'victimAssistanceTrainingSupported'),
  ),
  def(
    'LAP37b',
    37,
    'G',
    'judgement_count',
    'received_in_window',
    'victims',
    asked('victims', 'victimsCaredForByQualifiedPersonnel'),
  ),

  // ---- H. International cooperation and assistance ----
  def(
    'LAP38a',
    38,
    'H',
    'mechanical',
    'received_in_window',
    'art3_art4_art5',
    hasRows('art3_art4_art5', (s, st) => rowsInWindow(s, st, 'nationalResources')),
  ),
  def(
    'LAP38b',
    38,
    'H',
    'judgement_count',
    'received_in_window',
    'parties_reporting',
    asked('parties_reporting', 'innovativeFinancing'),
  ),
  def(
    'LAP39a',
    39,
    'H',
    'qualitative',
    'received_in_window',
    'parties_reporting',
    asked('parties_reporting', 'practiceSharedInCooperation'),
  ),
  def('LAP39b', 39, 'H', 'mechanical', 'received_in_window', 'parties_reporting', (s) =>
    providersOrRecipients(s),
  ),
  def('LAP40', 40, 'H', 'mechanical', 'received_in_window', 'parties_reporting', (s) =>
    providersOrRecipients(s),
  ),
  def('LAP41a', 41, 'H', 'qualitative', 'received_in_window', 'requesters', judged('requesters')),
  def('LAP41b', 41, 'H', 'mechanical', 'received_in_window', 'parties_reporting', (s) => ({
    ...hasRows('parties_reporting', (s2, st) => rowsInWindow(s2, st, 'needs', (row) => art(row.area)))(s),
    denominator: null,
  })),
  def('LAP42', 42, 'H', 'mechanical', 'registry_at_census', 'none', coalitionStates),

  // ---- I. Transparency ----
  def('LAP43', 43, 'I', 'mechanical', 'year_covered', 'annual_reports_owed', (s) => {
    const owed = s.annualReports.owed;
    const evidence: Evidence[] = owed.map((o) => ({
      iso3: o.iso3,
      label: s.states.find((st) => st.iso3 === o.iso3)?.name ?? o.iso3,
      counted: o.status === 'on_time',
      bases:
        o.receivedOn === null
          ? [{ kind: 'none', reason: o.demonstration ? 'receivedDateUnknown' : 'notReceivedByCensus' }]
          : [{ kind: 'registry', article: 7, fact: `annual_report_${o.status}`, on: o.receivedOn }],
    }));
    // A report whose day of receipt no source gives may have been on time: the count is then unknown.
    const unknown = owed.some((o) => o.status === 'date_unknown');
    return {
      value: unknown ? null : evidence.filter((e) => e.counted).length,
      denominator: owed.length,
      unit: 'states',
      noData: unknown ? 'receivedDatesUnknown' : null,
      evidence,
    };
  }),
  def('LAP44', 44, 'I', 'mechanical', 'year_covered', 'art3_art4_retaining', (s) =>
    countStates(statesOf(s, 'art3_art4_retaining'), (st) => {
      const y = yearCovered(s);
      const recent = s.reports.filter((r) => r.iso3 === st.iso3 && (r.year === y || r.year === y - 1));
      return recent.length
        ? {
            counted: true,
            bases: recent.map((r) => reportBasis(r, { form: 'cover', answer: String(r.year) })),
          }
        : { counted: false, bases: [noReport('noReport')] };
    }),
  ),
  def('LAP45', 45, 'I', 'mechanical', 'received_in_window', 'parties_reporting', (s) => {
    const inW = receivedInWindow(s);
    return {
      value: inW.filter((r) => isAmendedOfficialTemplate(r.version.templateId)).length,
      denominator: inW.length,
      unit: 'states',
      noData: null,
      evidence: inW.map((r) => ({
        iso3: r.iso3,
        label: s.states.find((st) => st.iso3 === r.iso3)?.name ?? r.iso3,
        counted: isAmendedOfficialTemplate(r.version.templateId),
        bases: [reportBasis(r, { form: 'cover', answer: `template ${r.version.templateId}` })],
      })),
    };
  }),
  def('LAP46', 46, 'I', 'mechanical', 'received_in_window', 'parties_reporting', (s) =>
    countStates(
      statesOf(s, 'parties_reporting'),
      (st) => {
        const need = rowsInWindow(s, st, 'needs', (row) => row.area === 'art7') ?? [];
        const got = rowsInWindow(s, st, 'assistanceReceived', (row) => row.area === 'art7') ?? [];
        const rowsOf = (bs: Basis[]) => bs.filter((b) => b.kind === 'report' && b.row !== undefined);
        return {
          counted: rowsOf(need).length > 0 && rowsOf(got).length > 0,
          bases: [...rowsOf(need), ...rowsOf(got)],
        };
      },
      { denominator: false },
    ),
  ),

  // ---- J. National implementation measures ----
  def(
    'LAP47a',
    47,
    'J',
    'judgement_count',
    'cumulative',
    'parties_by_deposit',
    asked('parties_by_deposit', 'allMeasuresAdopted', 'ever'),
  ),
  def('LAP47b', 47, 'J', 'mechanical', 'cumulative', 'parties_by_deposit', (s) => ({
    ...asked('parties_by_deposit', 'disseminatedToArmedForces', 'ever')(s),
    denominator: null,
  })),
  def('LAP48a', 48, 'J', 'judgement_count', 'received_in_window', 'parties_reporting', (s) => ({
    ...countStates(statesOf(s, 'parties_reporting'), (st) => {
      const r = latestInWindow(s, st.iso3);
      const given = r?.facts.answer.legislationChallenges;
      return {
        counted: given?.answer === 'given',
        bases:
          r && given
            ? [
                reportBasis(r, {
                  form: given.form,
                  question: given.question,
                  answer: given.answer ?? 'not answered',
                }),
              ]
            : [],
      };
    }),
    denominator: null,
  })),
  def('LAP48b', 48, 'J', 'mechanical', 'received_in_window', 'parties_reporting', (s) => ({
    ...asked('parties_reporting', 'legislationAssistanceRequested')(s),
    denominator: null,
  })),
  def(
    'LAP48c',
    48,
    'J',
    'mechanical',
    'registry_at_census',
    'parties_by_deposit',
    missing('noFigureDefined'),
  ),

  // ---- K. Compliance ----
  def('LAP49', 49, 'K', 'mechanical', 'events_in_window', 'parties_by_deposit', missing('noRecordKept')),
  def('LAP50', 50, 'K', 'mechanical', 'coming_meeting', 'extension_requests', (s) => {
    const opens = s.window.meetingStartsOn;
    const rs = [3, 4].flatMap((a) => requests(s, a, (e) => e.meeting === s.window.meeting));
    if (!opens) return noData('meetingDateNotRecorded', 'requests');
    const cutoff = nineMonthsBefore(opens);
    return {
      value: rs.filter(({ e }) => e.occurredOn !== null && e.occurredOn <= cutoff).length,
      denominator: rs.length,
      unit: 'requests',
      noData: null,
      evidence: rs.map(({ st, e }) => ({
        iso3: st.iso3,
        label: st.name,
        counted: e.occurredOn !== null && e.occurredOn <= cutoff,
        bases: [registryBasis(e, e.occurredOn)],
      })),
    };
  }),
];

/** States that reported providing or receiving assistance in a report received in the window. */
function providersOrRecipients(s: Snapshot): Figure {
  return {
    ...countStates(statesOf(s, 'parties_reporting'), (st) => {
      const given = rowsInWindow(s, st, 'assistanceProvided') ?? [];
      const got = rowsInWindow(s, st, 'assistanceReceived') ?? [];
      const rows = [...given, ...got].filter((b) => b.kind === 'report' && b.row !== undefined);
      return { counted: rows.length > 0, bases: rows };
    }),
    denominator: null,
  };
}

export const indicatorIds = indicators.map((i) => i.id);

export function findIndicator(id: string): IndicatorDef | undefined {
  return indicators.find((i) => i.id === id);
}
