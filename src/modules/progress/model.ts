import { stateName } from '../../kernel/i18n/state-names.js';
import type { ReportFacts } from '../reports/index.js';

/*
 * The Progress Report as data. An indicator is defined once (catalogue.ts): what it counts, over
 * which States, in which period, and a pure computation over a `Snapshot` — everything the
 * platform knew on the census date of one reporting window. A computation returns a `Figure`: the
 * value, the denominator, and for every State it looked at, what its answer rests on.
 */

/** The sections of the report, in the order of seed 004 (A Guiding Principles … K Compliance). */
export const sections = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'] as const;
export type Section = (typeof sections)[number];

/**
 * How a figure is placed in time (PROGRESS-REPORT.md §3): documents received in the window; the
 * reports covering a year, as they stood on the census date; the registry on the census date;
 * everything up to the census date; events dated in the window; or relative to the coming meeting.
 */
export const periodTypes = [
  'received_in_window',
  'year_covered',
  'registry_at_census',
  'cumulative',
  'events_in_window',
  'coming_meeting',
] as const;
export type PeriodType = (typeof periodTypes)[number];

/** Mechanical: counted from structured data. Judgement count: a count of answers that are judgements. Qualitative: someone must judge. */
export const indicatorKinds = ['mechanical', 'judgement_count', 'qualitative'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** The States (or other units) a figure is counted over; see populations.ts for each rule. */
export const populations = [
  'affected_art4',
  'art3',
  'victims',
  'retaining',
  'art3_art4_art5',
  'art3_art4_retaining',
  'parties_reporting',
  'parties_by_deposit',
  'parties_in_force',
  'annual_reports_owed',
  'donors',
  'requesters',
  'states_not_party',
  'delegations',
  'delegates',
  'office_holders',
  'extension_requests',
  'none',
] as const;
export type Population = (typeof populations)[number];

/** What a number counts: States, persons, delegations, requests, munitions, laws … */
export type Unit = 'states' | 'persons' | 'delegations' | 'requests' | 'munitions' | 'submunitions' | 'cases';

/** One thing a State's answer rests on. */
export type Basis =
  | {
      kind: 'report';
      reportId: number;
      year: number;
      version: number;
      /** Null for a demonstration report: the day it stores is a placeholder no source gives. */
      receivedOn: string | null;
      demonstration: boolean;
      form: string;
      /** A question's key, or a table's key with the row counted (1-based). */
      question?: string;
      table?: string;
      row?: number;
      /** What the report says there, as the State wrote it (yes, no, partly, a number, given). */
      answer?: string;
    }
  | {
      kind: 'registry';
      article: number | null;
      /** The registry fact: deposit, entry into force, an obligation's event kind. */
      fact: string;
      on: string | null;
      meeting?: string | null;
      source?: string | null;
    }
  | { kind: 'meeting'; meeting: string; fact: string; on: string | null }
  | { kind: 'ledger'; entryId: number; year: number | null; fact: string }
  | { kind: 'none'; reason: string };

/** What a piece of evidence is called in the reader's language: a State by its UN name there. */
export const evidenceLabel = (locale: string, e: { iso3?: string | null; label: string }): string =>
  e.iso3 ? stateName(locale, e.iso3, e.label) : e.label;

/** A State (or delegation, request …) the computation looked at: counted or not, and why. */
export interface Evidence {
  /** ISO-3 of the State, or null for an organisation or a person. */
  iso3: string | null;
  label: string;
  counted: boolean;
  /** For a figure that sums quantities, this State's share. */
  amount?: number;
  bases: Basis[];
}

export interface Figure {
  /** Null when there is no data to count (`noData` says why): never shown as 0. */
  value: number | null;
  /** The size of the population, when the report prints "x of y". */
  denominator: number | null;
  unit: Unit;
  /** Catalogue key (progress:noData.*) naming what is missing, when `value` is null. */
  noData: string | null;
  /** Every unit of the population the computation looked at; `counted` ones make the value. */
  evidence: Evidence[];
  /** A figure printed as two quantities ("199 / 15,539" munitions / submunitions): each part. */
  parts?: Array<{ unit: Unit; value: number }>;
}

/** The window of one Progress Report, from the meeting it is prepared for. */
export interface ReportingWindow {
  meeting: string;
  meetingStartsOn: string | null;
  from: string;
  to: string;
  census: string;
}

/** A report delivered by the census date, read through the content adapter. */
export interface DeliveredReport {
  reportId: number;
  iso3: string;
  year: number;
  kind: 'initial' | 'annual' | 'voluntary';
  demonstration: boolean;
  firstReceivedOn: string;
  version: { number: number; receivedOn: string; templateId: string };
  facts: ReportFacts;
}

export interface RegistryEvent {
  /** The registry's id of the fact (an extension request's is the Analysis Group's key). */
  id?: number;
  kind: string;
  article: number;
  occurredOn: string | null;
  declaredOn: string | null;
  meeting: string | null;
  outcome: string | null;
  requestedDeadline: string | null;
  newDeadline: string | null;
  source: string | null;
}

export interface ObligationAtCensus {
  article: number;
  status: 'open' | 'completed';
  currentDeadline: string | null;
  events: RegistryEvent[];
}

/** A State as the registry stood on the census date. */
export interface StateAtCensus {
  iso3: string;
  name: string;
  status: 'state_party' | 'signatory' | 'not_party' | 'withdrawn';
  instrumentDate: string | null;
  inForce: boolean;
  entryIntoForce: string | null;
  initialReportDue: string | null;
  obligations: ObligationAtCensus[];
}

export interface DelegationAtMeeting {
  meeting: string;
  on: string | null;
  iso3: string | null;
  name: string;
  status: string | null;
  head: { gender: string } | null;
  delegates: Array<{ gender: string; head: boolean; survivor: boolean }>;
}

export interface OfficeHolderFact {
  office: string;
  area: string | null;
  iso3: string | null;
  personName: string | null;
  gender: string;
  periodFrom: string | null;
  periodTo: string | null;
  source: string;
}

/** Everything the platform knew on the census date of one window: what every computation reads. */
/** A Country Coalition in place on the census date, as the coalitions module records it (Action 42). */
export interface CoalitionAtCensus {
  id: number;
  iso3: string;
  name: string;
  source: string;
  lastConfirmedOn: string;
}

/** An Analysis Group's marks on a request's work plan (analysis module); null: not assessed. */
export interface PlanAssessment {
  costed: 'yes' | 'partly' | 'no' | null;
  multiYear: 'yes' | 'partly' | 'no' | null;
}

export interface Snapshot {
  window: ReportingWindow;
  states: StateAtCensus[];
  /**
   * The reports delivered by the census date that any indicator reads: those received in the
   * window, those covering the year covered and the year before, and each State's latest.
   */
  reports: DeliveredReport[];
  /** Meetings held in the window, with their participation (empty when no list was imported). */
  delegations: DelegationAtMeeting[];
  meetingsInWindow: Array<{ code: string; startsOn: string | null; participationRecorded: boolean }>;
  officeHolders: OfficeHolderFact[];
  /** The Country Coalitions in place on the census date, every one whatever its consent to publish. */
  coalitions: CoalitionAtCensus[];
  /** The annual reports owed for the year the window covers (the year before the census), as on the census date. */
  annualReports: {
    year: number;
    due: string;
    owed: Array<{ iso3: string; status: string; receivedOn: string | null; demonstration: boolean }>;
    initialOverdue: string[];
    initialDue: number;
    initialReceived: number;
  };
  /**
   * What the Analysis Groups found of each extension request's plan (by the registry's id of the
   * request): costed, and multi-year; null while not assessed.
   */
  planAssessments: ReadonlyMap<number, PlanAssessment>;
}

export interface IndicatorDef {
  /** `LAP43`, `LAP4d`: the action and, where it has several, the letter seed 004 prints. */
  id: string;
  action: number;
  section: Section;
  kind: IndicatorKind;
  period: PeriodType;
  population: Population;
  /** The figure as computed from the snapshot. */
  compute: (s: Snapshot) => Figure;
}
