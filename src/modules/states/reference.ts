import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ISO3_PATTERN } from '../../kernel/ids.js';
import { fullDateSchema, type ObligationEvent, partialDateSchema } from './rules.js';
import { citeSources } from './source-documents.js';

/*
 * The reference data shipped with the states module (see reference/README.md): the States and
 * their treaty status, their UN regions, and the history of their Article 3 and 4 obligations.
 * Every row is validated; bad data fails loudly, naming the file, line and column.
 */

export type CcmStatus = 'state_party' | 'signatory' | 'not_party' | 'withdrawn';
export type InstrumentType = 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession';
export type ApmbcStatus = 'state_party' | 'not_party' | 'withdrawn';

export type Withdrawal = { notified: string; effective: string; note: string };

export type ReferenceState = {
  iso3: string;
  name: string;
  ccmStatus: CcmStatus;
  signatureDate: string | null;
  provisionalApplicationDate: string | null;
  instrumentDate: string | null;
  instrumentType: InstrumentType | null;
  withdrawal: Withdrawal | null;
  unRegion: string;
  art3Applies: boolean;
  art4Applies: boolean;
  art5Victims: boolean;
  art36Retention: boolean;
  initialReportOverdue20230630: boolean;
  apmbcStatus: ApmbcStatus;
  apmbcInstrumentDate: string | null;
  apmbcInstrumentType: string | null;
  apmbcWithdrawal: string | null;
  notes: string | null;
  sources: string[];
  /** The dataset's own computations, kept only so tests can check rules.ts against them. */
  computed: {
    entryIntoForce: string | null;
    initialReportDue: string | null;
    art3OriginalDeadline: string | null;
    art4OriginalDeadline: string | null;
  };
};

export type ReferenceObligationEvent = ObligationEvent & {
  iso3: string;
  article: 3 | 4;
  /** For a completion: the day it was declared, apart from the day it was completed (`occurredOn`). */
  declaredOn: string | null;
  documentTitle: string | null;
  documentSymbol: string | null;
  documentUrl: string | null;
};

export const UN_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

export class ReferenceDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceDataError';
  }
}

const empty = z.literal('');
const optionalFullDate = z.union([empty, fullDateSchema]);
const optionalPartialDate = z.union([empty, partialDateSchema]);
const yesOrEmpty = z.enum(['yes', '']);
const iso3 = z.string().regex(ISO3_PATTERN, 'Expected three capital letters');

// Only the columns this module uses are listed; zod drops the rest (the state name is `state`).
const stateRow = z.object({
  state: z.string().trim().min(1),
  iso3,
  ccm_status_2026_02_03: z.enum(['state_party', 'signatory', 'not_party_not_signatory', 'withdrawn']),
  ccm_signature_date: optionalFullDate,
  ccm_provisional_application_date: optionalFullDate,
  ccm_instrument_date: optionalFullDate,
  ccm_instrument_type: z.enum(['', 'ratification', 'accession', 'acceptance', 'approval', 'succession']),
  ccm_entry_into_force_computed: optionalFullDate,
  ccm_initial_report_due_computed: optionalFullDate,
  ccm_withdrawal: z.string(),
  art3_obligation_reported: yesOrEmpty,
  art3_original_deadline_computed: optionalFullDate,
  art4_obligation_reported: yesOrEmpty,
  art4_original_deadline_computed: optionalFullDate,
  art5_cm_victims_per_11msp: yesOrEmpty,
  art3_6_retention_per_11msp: yesOrEmpty,
  initial_report_overdue_2023_06_30: yesOrEmpty,
  apmbc_status_2026_02_03: z.enum(['state_party', 'not_party_not_signatory', 'withdrawn']),
  apmbc_instrument_date: optionalFullDate,
  apmbc_instrument_type: z.string(),
  apmbc_withdrawal: z.string(),
  notes: z.string(),
  sources: z.string(),
});

const regionRow = z.object({ iso3, un_region: z.enum(UN_REGIONS) });

const eventRow = z
  .object({
    iso3,
    article: z.enum(['3', '4']),
    kind: z.enum(['extension_requested', 'extension_decided', 'completion_declared', 'obligation_reopened']),
    occurred_on: optionalPartialDate,
    meeting: z.union([empty, z.string().regex(/^\d+(MSP|RC)$/, 'Expected a meeting such as 11MSP or 2RC')]),
    requested_deadline: optionalPartialDate,
    outcome: z.enum(['', 'granted', 'granted_shorter', 'refused']),
    new_deadline: optionalPartialDate,
    confirmed: z.enum(['yes', 'no']),
    note: z.string(),
    source: z.string().trim().min(1, 'Every event needs a source'),
    declared_on: optionalPartialDate,
    document_title: z.string(),
    document_symbol: z.string(),
    document_url: z.union([empty, z.url({ protocol: /^https?$/ })]),
  })
  .superRefine((row, ctx) => {
    // Each kind carries only the fields that mean something for it, so a misplaced value is caught.
    if (row.declared_on !== '' && row.kind !== 'completion_declared')
      ctx.addIssue({
        code: 'custom',
        path: ['declared_on'],
        message: 'Only a completion has a declaration date',
      });
    const decided = row.kind === 'extension_decided';
    if (decided !== (row.outcome !== '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'outcome is required on, and only on, extension_decided',
      });
    }
    if (row.requested_deadline !== '' && row.kind !== 'extension_requested') {
      ctx.addIssue({
        code: 'custom',
        path: ['requested_deadline'],
        message: 'only extension_requested has a requested_deadline',
      });
    }
    const setsDeadline =
      row.kind === 'obligation_reopened' ||
      (decided && (row.outcome === 'granted' || row.outcome === 'granted_shorter'));
    if (row.new_deadline !== '' && !setsDeadline) {
      ctx.addIssue({
        code: 'custom',
        path: ['new_deadline'],
        message: `a ${row.kind}${decided ? ` (${row.outcome})` : ''} sets no new_deadline`,
      });
    }
  });

type Row = { line: number; record: Record<string, string> };

function readCsv(file: string): Row[] {
  const text = readFileSync(new URL(`./reference/${file}`, import.meta.url), 'utf8');
  // `info` gives each record's line, so errors can point at the file.
  const parsed = parse(text, { columns: true, skip_empty_lines: true, info: true }) as unknown as Array<{
    info: { lines: number };
    record: Record<string, string>;
  }>;
  return parsed.map(({ info, record }) => ({ line: info.lines, record }));
}

function validate<T>(file: string, row: Row, schema: z.ZodType<T>): T {
  const result = schema.safeParse(row.record);
  if (result.success) return result.data;
  const label = row.record.iso3 ? ` (${row.record.iso3})` : '';
  const problems = result.error.issues.map((issue) => {
    const column = issue.path.join('.') || '(row)';
    const value = typeof issue.path[0] === 'string' ? row.record[issue.path[0]] : undefined;
    return `column "${column}"${value === undefined ? '' : ` = ${JSON.stringify(value)}`}: ${issue.message}`;
  });
  throw new ReferenceDataError(`${file} line ${row.line}${label}: ${problems.join('; ')}`);
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/**
 * Splits the sources cell on semicolons outside parentheses: the UN Treaty Collection entries
 * carry "(status at …; snapshot …)" inside one source. Exact repeats are dropped.
 */
export function splitSources(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
}

const WITHDRAWAL = /^notified (\d{4}-\d{2}-\d{2}); effective (\d{4}-\d{2}-\d{2})(?:\s*\((.*)\))?$/;

function parseWithdrawal(text: string, where: string): Withdrawal | null {
  if (text === '') return null;
  const m = WITHDRAWAL.exec(text.trim());
  const notified = m?.[1];
  const effective = m?.[2];
  if (
    !notified ||
    !effective ||
    !fullDateSchema.safeParse(notified).success ||
    !fullDateSchema.safeParse(effective).success
  ) {
    throw new ReferenceDataError(
      `${where}: column "ccm_withdrawal" = ${JSON.stringify(text)}: expected "notified YYYY-MM-DD; effective YYYY-MM-DD (note)"`,
    );
  }
  return { notified, effective, note: m?.[3]?.trim() ?? '' };
}

function loadUnRegions(): Map<string, string> {
  const regions = new Map<string, string>();
  for (const row of readCsv('un-regions.csv')) {
    const r = validate('un-regions.csv', row, regionRow);
    if (regions.has(r.iso3))
      throw new ReferenceDataError(`un-regions.csv line ${row.line}: duplicate iso3 ${r.iso3}`);
    regions.set(r.iso3, r.un_region);
  }
  return regions;
}

export function loadReferenceStates(): ReferenceState[] {
  const regions = loadUnRegions();
  const seen = new Set<string>();
  const states = readCsv('states.csv').map((row): ReferenceState => {
    const r = validate('states.csv', row, stateRow);
    const where = `states.csv line ${row.line} (${r.iso3})`;
    if (seen.has(r.iso3)) throw new ReferenceDataError(`${where}: duplicate iso3`);
    seen.add(r.iso3);
    const unRegion = regions.get(r.iso3);
    if (!unRegion) throw new ReferenceDataError(`${where}: no UN region in un-regions.csv`);
    return {
      iso3: r.iso3,
      name: r.state,
      ccmStatus:
        r.ccm_status_2026_02_03 === 'not_party_not_signatory' ? 'not_party' : r.ccm_status_2026_02_03,
      signatureDate: orNull(r.ccm_signature_date),
      provisionalApplicationDate: orNull(r.ccm_provisional_application_date),
      instrumentDate: orNull(r.ccm_instrument_date),
      instrumentType: r.ccm_instrument_type === '' ? null : r.ccm_instrument_type,
      withdrawal: parseWithdrawal(r.ccm_withdrawal, where),
      unRegion,
      art3Applies: r.art3_obligation_reported === 'yes',
      art4Applies: r.art4_obligation_reported === 'yes',
      art5Victims: r.art5_cm_victims_per_11msp === 'yes',
      art36Retention: r.art3_6_retention_per_11msp === 'yes',
      initialReportOverdue20230630: r.initial_report_overdue_2023_06_30 === 'yes',
      apmbcStatus:
        r.apmbc_status_2026_02_03 === 'not_party_not_signatory' ? 'not_party' : r.apmbc_status_2026_02_03,
      apmbcInstrumentDate: orNull(r.apmbc_instrument_date),
      apmbcInstrumentType: orNull(r.apmbc_instrument_type.trim()),
      apmbcWithdrawal: orNull(r.apmbc_withdrawal.trim()),
      notes: orNull(citeSources(r.notes.trim())),
      sources: splitSources(citeSources(r.sources)),
      computed: {
        entryIntoForce: orNull(r.ccm_entry_into_force_computed),
        initialReportDue: orNull(r.ccm_initial_report_due_computed),
        art3OriginalDeadline: orNull(r.art3_original_deadline_computed),
        art4OriginalDeadline: orNull(r.art4_original_deadline_computed),
      },
    };
  });
  const orphans = [...regions.keys()].filter((code) => !seen.has(code));
  if (orphans.length > 0) {
    throw new ReferenceDataError(`un-regions.csv: iso3 not in states.csv: ${orphans.join(', ')}`);
  }
  return states;
}

/** The obligation events in file order, which is each obligation's chronological order. */
export function loadReferenceObligationEvents(): ReferenceObligationEvent[] {
  return readCsv('obligation-events.csv').map((row) => {
    const r = validate('obligation-events.csv', row, eventRow);
    return {
      iso3: r.iso3,
      article: r.article === '3' ? 3 : 4,
      kind: r.kind,
      occurredOn: orNull(r.occurred_on),
      meeting: orNull(r.meeting),
      requestedDeadline: orNull(r.requested_deadline),
      outcome: r.outcome === '' ? null : r.outcome,
      newDeadline: orNull(r.new_deadline),
      confirmed: r.confirmed === 'yes',
      note: orNull(citeSources(r.note.trim())),
      source: orNull(citeSources(r.source.trim())),
      declaredOn: orNull(r.declared_on),
      documentTitle: orNull(r.document_title.trim()),
      documentSymbol: orNull(r.document_symbol.trim()),
      documentUrl: orNull(r.document_url),
    };
  });
}
