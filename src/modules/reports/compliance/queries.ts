import type { Executor } from '../../../db/client.js';
import { NotFoundError } from '../../../kernel/errors.js';
import type { Locale } from '../../../kernel/i18n/index.js';
import { compareText } from '../../../kernel/i18n/state-names.js';
import { listOutbox } from '../../outbox/index.js';
import { isInitialReportOverdue, listStates, type StateView } from '../../states/index.js';
import type { ReportKind } from '../lifecycle.js';
import { listSubmissionsForYear } from '../queries.js';
import {
  annualReportDue,
  type ComplianceStatus,
  complianceStatus,
  owesAnnualReport,
  type Rate,
  type ReminderKind,
} from './rules.js';

/** One State owing the annual report covering the year, and how that report stands. */
export interface ComplianceRow {
  iso3: string;
  name: string;
  due: string;
  /** The day the report's first delivered version was received, or null. */
  submittedOn: string | null;
  status: ComplianceStatus;
  /** A demonstration report: `submittedOn` is null, since no source gives the day. */
  demonstration: boolean;
  /** `initial` when the State's first report covers this year. */
  reportKind: ReportKind | null;
  reportId: number | null;
  /** The language the State corresponds in (reminders are written in it); null when not known. */
  workingLanguage: Locale | null;
}

export interface ComplianceTotals {
  /** Reports owed for the year (the rows). */
  due: number;
  submitted: number;
  onTime: number;
  late: number;
  notYet: number;
  notDue: number;
  rateOnTime: Rate;
  rateSubmitted: Rate;
}

/** A State Party whose initial report is past its deadline and has not been received. */
export interface InitialOverdueRow {
  iso3: string;
  name: string;
  entryIntoForce: string | null;
  /** May be partial (`2011`) when the registry knows the deadline only to the year. */
  due: string;
  daysOverdue: number | null;
}

/** A report for the year from a State that did not owe one: a signatory, a State not party. */
export interface VoluntaryRow {
  iso3: string;
  name: string;
  ccmStatus: StateView['ccmStatus'];
  /** Null for a demonstration report, whose received day no source gives. */
  submittedOn: string | null;
  demonstration: boolean;
  reportKind: ReportKind;
  reportId: number;
}

export interface Compliance {
  year: number;
  due: string;
  today: string;
  rows: ComplianceRow[];
  totals: ComplianceTotals;
  initialOverdue: InitialOverdueRow[];
  /** Initial reports received of those due by today ("102 of 110"). */
  initialRate: Rate;
  voluntary: VoluntaryRow[];
  /** Some report counted for the year is demonstration data: every page and export says so. */
  includesDemonstrationData: boolean;
}

const article7Of = (s: StateView) => s.obligations.find((o) => o.article === 7);

/**
 * The initial report is still owed while the registry holds the Article 7 obligation open. An
 * initial report delivered here closes it (reports/submit-report.ts); a voluntary report sent
 * before the State joined does not, so it is no reason to stop counting the initial one.
 */
function initialOutstanding(s: StateView): boolean {
  return s.ccmStatus === 'state_party' && article7Of(s)?.status === 'open';
}

const facts = (s: StateView) => ({
  ccmStatus: s.ccmStatus,
  entryIntoForce: s.entryIntoForce,
  withdrawalEffective: s.withdrawalEffective,
});

/**
 * Article 7 compliance for the reports covering `year`, as the Progress Report counts it: the annual
 * reports owed and how each stands on `today`, the totals, the overdue initial reports, and the
 * reports of States that owed none.
 */
export async function complianceForYear(
  db: Executor,
  year: number,
  today: string,
  /** The reader's language: States named in it and listed in its order. */
  locale = 'en',
): Promise<Compliance> {
  const [states, submissions] = await Promise.all([
    listStates(db, today, { locale }),
    listSubmissionsForYear(db, year),
  ]);
  const compare = compareText(locale);
  const due = annualReportDue(year);
  const byState = new Map(submissions.map((s) => [s.stateIso3, s]));

  const rows: ComplianceRow[] = [];
  const voluntary: VoluntaryRow[] = [];
  const includesDemonstrationData = submissions.some((s) => s.demonstration);
  for (const s of states) {
    const sub = byState.get(s.iso3);
    // A delivered report of the State's own year counts even if the registry still waits for the initial one.
    const owes = owesAnnualReport(facts(s), year, initialOutstanding(s) && !sub);
    if (owes) {
      const demonstration = sub?.demonstration ?? false;
      // A demonstration report's stored day is a placeholder the lifecycle needs, not a fact.
      const submittedOn = demonstration ? null : sub?.firstReceivedOn || null;
      const computed = complianceStatus(submittedOn, due, today);
      rows.push({
        iso3: s.iso3,
        name: s.name,
        due,
        submittedOn,
        status: demonstration
          ? 'date_unknown'
          : computed === 'not_yet' && includesDemonstrationData
            ? 'not_recorded'
            : computed,
        demonstration,
        reportKind: sub?.kind ?? null,
        reportId: sub?.reportId ?? null,
        workingLanguage: s.workingLanguage,
      });
    } else if (sub) {
      voluntary.push({
        iso3: s.iso3,
        name: s.name,
        ccmStatus: s.ccmStatus,
        submittedOn: sub.demonstration ? null : sub.firstReceivedOn,
        demonstration: sub.demonstration,
        reportKind: sub.kind,
        reportId: sub.reportId,
      });
    }
  }

  const tally = (st: ComplianceStatus) => rows.filter((r) => r.status === st).length;
  const onTime = tally('on_time');
  const late = tally('late');
  const received = onTime + late + tally('date_unknown');
  const totals: ComplianceTotals = {
    due: rows.length,
    submitted: received,
    onTime,
    late,
    notYet: tally('not_yet') + tally('not_recorded'),
    notDue: tally('not_due'),
    rateOnTime: { count: onTime, of: rows.length },
    rateSubmitted: { count: received, of: rows.length },
  };

  const initialOverdue: InitialOverdueRow[] = [];
  let initialDue = 0;
  let initialReceived = 0;
  for (const s of states) {
    if (s.ccmStatus !== 'state_party') continue;
    const a7 = article7Of(s);
    if (!a7) continue;
    const outstanding = initialOutstanding(s);
    const deadline = a7.currentDeadline ?? s.initialReportDue;
    // Counted among those due once the deadline has surely passed, or once it was met anyway.
    if (!outstanding || a7.remaining?.overdue) {
      initialDue++;
      if (!outstanding) initialReceived++;
    }
    if (isInitialReportOverdue(s, a7) && deadline) {
      initialOverdue.push({
        iso3: s.iso3,
        name: s.name,
        entryIntoForce: s.entryIntoForce,
        due: deadline,
        daysOverdue: a7.remaining?.days == null ? null : -a7.remaining.days,
      });
    }
  }
  // Longest overdue first, as the Progress Report lists them.
  initialOverdue.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : compare(a.name, b.name)));

  return {
    year,
    due,
    today,
    rows,
    totals,
    initialOverdue,
    initialRate: { count: initialReceived, of: initialDue },
    voluntary,
    includesDemonstrationData,
  };
}

/** What a reminder is about: the State, the report, its deadline, and whether it is still owed. */
export interface ReminderSubject {
  iso3: string;
  name: string;
  kind: ReminderKind;
  year: number;
  due: string;
  /** False when the State owes no such report (not bound that year, no Article 7 obligation). */
  owed: boolean;
  /** True once the report has been received. */
  received: boolean;
  /** The day it was received, when known (the registry may know only that it was). */
  receivedOn: string | null;
}

/** The report a reminder or letter would chase. An unknown State is a NotFoundError. */
export async function getReminderSubject(
  db: Executor,
  input: { iso3: string; year: number; kind: ReminderKind },
  today: string,
  /** The language the State is named in (the reader's; a letter names it in its own). */
  locale = 'en',
): Promise<ReminderSubject> {
  const iso3 = input.iso3.toUpperCase();
  const state = (await listStates(db, today, { locale })).find((s) => s.iso3 === iso3);
  if (!state) throw new NotFoundError('state', iso3);
  const base = { iso3, name: state.name, kind: input.kind, year: input.year };
  if (input.kind === 'initial') {
    const a7 = article7Of(state);
    const due = a7?.currentDeadline ?? state.initialReportDue ?? '';
    const bound = state.ccmStatus === 'state_party' && a7 !== undefined && due !== '';
    const outstanding = initialOutstanding(state);
    const received = bound && !outstanding;
    return { ...base, due, owed: bound, received, receivedOn: received ? (a7?.completedOn ?? null) : null };
  }
  const sub = (await listSubmissionsForYear(db, input.year)).find((s) => s.stateIso3 === iso3);
  // A year that has not begun is owed by no one yet.
  const begun = input.year <= Number(today.slice(0, 4));
  const owed = begun && owesAnnualReport(facts(state), input.year, initialOutstanding(state) && !sub);
  // A demonstration report's stored day is a placeholder, not a fact.
  const receivedOn = sub && !sub.demonstration ? sub.firstReceivedOn || null : null;
  return { ...base, due: annualReportDue(input.year), owed, received: sub !== undefined, receivedOn };
}

/** Annual reports a bulk reminder chases: past their due day and not received (`not_yet`). */
export const lateRows = (data: Compliance) => data.rows.filter((r) => r.status === 'not_yet');

/** The outbox purpose of every reminder: what the log filters on. */
export const REMINDER_PURPOSE = 'reminder';

export type ReminderLogEntry = Awaited<ReturnType<typeof listOutbox>>[number];

/** Outbox messages are read in pages of this size, and at most this many pages, looking for reminders. */
const PAGE = 500;
const MAX_PAGES = 20;

/**
 * The reminders sent, newest first: outbox messages of purpose `reminder`, read through the outbox's
 * public face. The outbox holds every kind of message, so it is paged through, within a bound.
 */
export async function listReminders(
  db: Executor,
  f: { stateIso3?: string; limit?: number } = {},
): Promise<ReminderLogEntry[]> {
  const limit = f.limit ?? 50;
  const out: ReminderLogEntry[] = [];
  let before: number | undefined;
  for (let page = 0; page < MAX_PAGES && out.length < limit; page++) {
    const batch = await listOutbox(db, { stateIso3: f.stateIso3, before, limit: PAGE });
    out.push(...batch.filter((m) => m.purpose === REMINDER_PURPOSE));
    if (batch.length < PAGE) break;
    before = batch[batch.length - 1]?.id;
  }
  return out.slice(0, limit);
}
