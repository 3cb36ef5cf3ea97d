// The progress module's face for tests: small snapshots built by hand, so each indicator's
// computation can be checked against a table of States and answers (never imported by application code).
import type { AnswerMeaningName, MeantAnswer, ReportFacts, TableMeaningName } from '../reports/index.js';
import type {
  DelegationAtMeeting,
  DeliveredReport,
  OfficeHolderFact,
  RegistryEvent,
  Snapshot,
  StateAtCensus,
} from './model.js';

export const window11MSP = {
  meeting: '11MSP',
  meetingStartsOn: '2023-09-11',
  from: '2022-07-01',
  to: '2023-06-30',
  census: '2023-06-30',
};

const tableNames: TableMeaningName[] = [
  'needs',
  'assistanceProvided',
  'assistanceReceived',
  'nationalResources',
  'stockpiles',
  'destroyed',
  'retained',
  'retainedUsed',
  'transferred',
  'nationalMeasures',
  'contaminatedAreas',
  'clearedAreas',
  'riskEducation',
  'victims',
];

type Rows = { [M in TableMeaningName]?: Array<Partial<Omit<ReportFacts[M][number], 'source'>>> };

/** Facts as the content adapter would give them: the answers and rows named, everything else empty. */
export function factsWith(
  p: {
    answer?: { [A in AnswerMeaningName]?: MeantAnswer['answer'] };
    rows?: Rows;
    /** Forms filled but with no rows in these tables. */
    filled?: TableMeaningName[];
  } = {},
): ReportFacts {
  const facts = {
    answers: [],
    answer: {},
    remainingContaminatedArea: null,
    formStatus: {},
  } as unknown as ReportFacts;
  for (const t of tableNames) {
    const rows = p.rows?.[t] ?? [];
    (facts as unknown as Record<string, unknown>)[t] = rows.map((r, i) => ({
      ...r,
      source: { form: 'X', table: t, row: i + 1 },
    }));
    facts.formStatus[t] = rows.length > 0 || p.filled?.includes(t) ? 'changed' : null;
  }
  for (const [meaning, answer] of Object.entries(p.answer ?? {})) {
    facts.answer[meaning as AnswerMeaningName] = {
      answer: answer as MeantAnswer['answer'],
      form: 'X' as MeantAnswer['form'],
      question: meaning,
    };
  }
  return facts;
}

let nextReport = 1;

/** A report delivered by the census date: received on `receivedOn` (default: in the 11MSP window). */
export function reportOf(
  iso3: string,
  p: {
    year?: number;
    receivedOn?: string;
    kind?: DeliveredReport['kind'];
    templateId?: string;
    demonstration?: boolean;
    facts?: ReportFacts;
  } = {},
): DeliveredReport {
  const receivedOn = p.receivedOn ?? '2023-04-15';
  return {
    reportId: nextReport++,
    iso3,
    year: p.year ?? 2022,
    kind: p.kind ?? 'annual',
    demonstration: p.demonstration ?? false,
    firstReceivedOn: receivedOn,
    version: { number: 1, receivedOn, templateId: p.templateId ?? '2010' },
    facts: p.facts ?? factsWith(),
  };
}

export const event = (
  p: Partial<RegistryEvent> & Pick<RegistryEvent, 'kind' | 'article'>,
): RegistryEvent => ({
  occurredOn: null,
  declaredOn: null,
  meeting: null,
  outcome: null,
  requestedDeadline: null,
  newDeadline: null,
  source: null,
  ...p,
});

/**
 * A State with one obligation open and an extension of it requested for `meeting`, submitted on
 * `occurredOn` (not recorded when null); `id` is the registry fact's, for judgements that name it.
 */
export function requestingState(
  iso3: string,
  article: number,
  meeting: string,
  occurredOn: string | null = null,
  id?: number,
): StateAtCensus {
  const request = event({ kind: 'extension_requested', article, meeting, occurredOn });
  return stateOf(iso3, { open: [article], events: [id === undefined ? request : { ...request, id }] });
}

/** A State on the census date; by default a State Party in force with no obligation open. */
export function stateOf(
  iso3: string,
  p: {
    status?: StateAtCensus['status'];
    instrumentDate?: string;
    inForce?: boolean;
    open?: number[];
    completed?: number[];
    events?: RegistryEvent[];
  } = {},
): StateAtCensus {
  const articles = [
    ...new Set([...(p.open ?? []), ...(p.completed ?? []), ...(p.events ?? []).map((e) => e.article)]),
  ];
  const status = p.status ?? 'state_party';
  return {
    iso3,
    name: `State ${iso3}`,
    status,
    instrumentDate: p.instrumentDate ?? '2010-01-01',
    inForce: p.inForce ?? status === 'state_party',
    entryIntoForce: '2010-08-01',
    initialReportDue: '2011-01-28',
    obligations: articles.map((article) => ({
      article,
      status: p.open?.includes(article) ? 'open' : 'completed',
      currentDeadline: null,
      events: (p.events ?? []).filter((e) => e.article === article),
    })),
  };
}

export function delegationOf(
  iso3: string | null,
  status: string,
  delegates: Array<{ gender: string; head?: boolean; survivor?: boolean }>,
  meeting = '10MSP',
): DelegationAtMeeting {
  const head = delegates.find((d) => d.head);
  return {
    meeting,
    on: '2022-08-30',
    iso3,
    name: iso3 ?? 'An organisation',
    status,
    head: head ? { gender: head.gender } : null,
    delegates: delegates.map((d) => ({
      gender: d.gender,
      head: d.head ?? false,
      survivor: d.survivor ?? false,
    })),
  };
}

export const officeHolderOf = (
  p: Partial<OfficeHolderFact> & Pick<OfficeHolderFact, 'office' | 'gender'>,
): OfficeHolderFact => ({
  area: null,
  iso3: null,
  personName: null,
  periodFrom: '2022-09-01',
  periodTo: '2023-09-14',
  source: 'test',
  ...p,
});

/** A snapshot of the 11MSP window holding just what a test names. */
export function snapshotOf(
  p: Partial<Omit<Snapshot, 'window'>> & { window?: Snapshot['window'] } = {},
): Snapshot {
  return {
    window: p.window ?? window11MSP,
    states: p.states ?? [],
    reports: p.reports ?? [],
    delegations: p.delegations ?? [],
    meetingsInWindow:
      p.meetingsInWindow ??
      (p.delegations?.length ? [{ code: '10MSP', startsOn: '2022-08-30', participationRecorded: true }] : []),
    officeHolders: p.officeHolders ?? [],
    coalitions: p.coalitions ?? [],
    planAssessments: p.planAssessments ?? new Map(),
    annualReports: p.annualReports ?? {
      year: 2022,
      due: '2023-04-30',
      owed: [],
      initialOverdue: [],
      initialDue: 0,
      initialReceived: 0,
    },
  };
}
