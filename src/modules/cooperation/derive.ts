import type { FormContent, ReportContent } from '../reports/index.js';

/**
 * Needs and assistance as computed from one standing Article 7 report (the report is the database):
 * pure, no I/O. Every derived entry names the report, version, form, table and row it came from, so
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

export interface Source {
  reportId: number;
  version: number;
  form: 'I' | 'J';
  table: 'assistanceProvided' | 'assistanceReceived' | 'needs';
  /** 1-based, as a reader counts rows in the printed form. */
  row: number;
}

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
  channel: string | null;
  /** The year the row names, else the reporting year. */
  year: number;
  /** Whether the row named its year (else `year` is the reporting year). */
  yearStated: boolean;
  source: Source;
}

type Row = Record<string, string | number | null>;

const rowsOf = (form: FormContent | undefined, table: string): Row[] => {
  const value = form?.values[table];
  return Array.isArray(value) ? (value as Row[]) : [];
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function deriveNeeds(r: StandingReport): Need[] {
  return rowsOf(r.content.forms.J, 'needs').map((row, i) => ({
    stateIso3: r.stateIso3,
    year: r.year,
    area: str(row.area),
    type: str(row.type),
    description: str(row.description),
    estimatedCost: num(row.estimatedCost),
    currency: str(row.currency),
    nationalContribution: num(row.nationalContribution),
    planReference: str(row.planReference),
    source: { reportId: r.reportId, version: r.version, form: 'J', table: 'needs', row: i + 1 },
  }));
}

export function deriveLedger(r: StandingReport): LedgerEntry[] {
  const entry = (
    side: LedgerEntry['side'],
    table: 'assistanceProvided' | 'assistanceReceived',
    row: Row,
    i: number,
  ): LedgerEntry => {
    const counterpart = str(side === 'provider' ? row.recipient : row.provider);
    return {
      side,
      provider: side === 'provider' ? r.stateIso3 : counterpart,
      recipient: side === 'recipient' ? r.stateIso3 : counterpart,
      counterpart,
      reportingState: r.stateIso3,
      area: str(row.area),
      type: str(row.type),
      amount: num(row.amount),
      currency: str(row.currency),
      channel: str(row.channel),
      year: num(row.year) ?? r.year,
      yearStated: num(row.year) !== null,
      source: { reportId: r.reportId, version: r.version, form: 'I', table, row: i + 1 },
    };
  };
  const form = r.content.forms.I;
  return [
    ...rowsOf(form, 'assistanceProvided').map((row, i) => entry('provider', 'assistanceProvided', row, i)),
    ...rowsOf(form, 'assistanceReceived').map((row, i) => entry('recipient', 'assistanceReceived', row, i)),
  ];
}
