import { type AssistanceFact, type FactSource, type ReportContent, reportFacts } from '../reports/index.js';
import { needRowsOf } from './needs/rows.js';

/**
 * Needs and assistance as computed from one standing Article 7 report (the report is the database):
 * pure, no I/O, read through the reports module's `reportFacts` (never a content key). Every derived entry names the report, version, form, table and row it came from, so
 * every count built on it can link back to what the State wrote.
 */

export interface StandingReport {
  stateIso3: string;
  year: number;
  kind: 'initial' | 'annual' | 'voluntary';
  reportId: number;
  /** Number of the version standing. */
  version: number;
  content: ReportContent;
  /** Demonstration data, not a State's report (reports.demonstration). */
  demonstration?: boolean;
}

/**
 * The report, version, form, table and row (1-based, as a reader counts rows) an entry was read
 * from. The names are the 2010 template's, as the public API documents them (decision 015).
 */
export interface Source {
  reportId: number;
  version: number;
  form: 'I' | 'J';
  table: 'assistanceProvided' | 'assistanceReceived' | 'needs';
  row: number;
}

const sourceOf = (r: StandingReport, s: FactSource) =>
  ({ reportId: r.reportId, version: r.version, ...s }) as Source;

export interface Need {
  stateIso3: string;
  year: number;
  area: string | null;
  type: string | null;
  description: string | null;
  estimatedCost: number | null;
  currency: string | null;
  nationalContribution: number | null;
  planReference: string | null;
  source: Source;
}

export interface LedgerEntry {
  side: 'provider' | 'recipient';
  /** The reporting State on the provider side; the counterpart as written otherwise. */
  provider: string | null;
  recipient: string | null;
  /** The other party, as the reporting State wrote it (free text, often an organisation). */
  counterpart: string | null;
  reportingState: string;
  area: string | null;
  type: string | null;
  amount: number | null;
  currency: string | null;
  /** The US-dollar figure the State itself gives beside its currency, if any. */
  statedUsd: number | null;
  channel: string | null;
  /** The year the row names, else the reporting year. */
  year: number;
  /** Whether the row named its year (else `year` is the reporting year). */
  yearStated: boolean;
  /** The row says the assistance answered a request. */
  inResponseToRequest: boolean;
  source: Source;
}

/**
 * The State's stated needs, by the register's one rule (needs/rows.ts): blank rows are none, a row
 * without area is `other`, one without description has the stored fallback, one key is one need.
 */
export function deriveNeeds(r: StandingReport): Need[] {
  return needRowsOf(reportFacts(r.content).needs).map((n) => ({
    stateIso3: r.stateIso3,
    year: r.year,
    area: n.area,
    type: n.type,
    description: n.description,
    estimatedCost: n.estimatedCost,
    currency: n.currency,
    nationalContribution: n.nationalContribution,
    planReference: n.planReference,
    source: sourceOf(r, n.source),
  }));
}

export function deriveLedger(r: StandingReport): LedgerEntry[] {
  const entry = (side: LedgerEntry['side'], f: AssistanceFact): LedgerEntry => ({
    side,
    provider: side === 'provider' ? r.stateIso3 : f.counterpart,
    recipient: side === 'recipient' ? r.stateIso3 : f.counterpart,
    counterpart: f.counterpart,
    reportingState: r.stateIso3,
    area: f.area,
    type: f.type,
    amount: f.amount,
    currency: f.currency,
    statedUsd: f.amountUsd,
    channel: f.channel,
    year: f.year ?? r.year,
    yearStated: f.year !== null,
    inResponseToRequest: f.inResponseToRequest === true,
    source: sourceOf(r, f.source),
  });
  const facts = reportFacts(r.content);
  return [
    ...facts.assistanceProvided.map((f) => entry('provider', f)),
    ...facts.assistanceReceived.map((f) => entry('recipient', f)),
  ];
}
