import { partyInYear } from '../lifecycle.js';

type StateFacts = Parameters<typeof partyInYear>[0];

/*
 * Pure rules of Article 7 compliance: which annual reports are owed, and how a report stands
 * against its deadline. Dates are ISO `YYYY-MM-DD` strings, compared as text (same as calendar order).
 */

/** Annual reports cover calendar years; the Convention entered into force on 1 August 2010. */
export const FIRST_REPORTING_YEAR = 2010;

/**
 * `date_unknown`: received, but no source gives the day (a demonstration report), so neither on
 * time nor late. `not_recorded`: nothing here, in a year whose received reports are demonstration
 * data, so the platform cannot say the State did not report.
 */
export type ComplianceStatus = 'on_time' | 'late' | 'date_unknown' | 'not_yet' | 'not_recorded' | 'not_due';
export const complianceStatuses = [
  'on_time',
  'late',
  'date_unknown',
  'not_yet',
  'not_recorded',
  'not_due',
] as const satisfies readonly ComplianceStatus[];

export type ReminderKind = 'annual' | 'initial';
export const reminderKinds = ['annual', 'initial'] as const satisfies readonly ReminderKind[];

/** Art 7(2): the report covering `year` is due by 30 April of the following year. */
export const annualReportDue = (year: number) => `${String(year + 1).padStart(4, '0')}-04-30`;

/**
 * How a report stands on `today`. The due day itself is on time. A report not received is "not
 * yet" once its due day has passed, and "not due" until then.
 */
export function complianceStatus(submittedOn: string | null, due: string, today: string): ComplianceStatus {
  if (submittedOn) return submittedOn <= due ? 'on_time' : 'late';
  return today > due ? 'not_yet' : 'not_due';
}

/** The latest reporting year whose 30 April has passed: the year a compliance page opens on. */
export function defaultReportingYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today > annualReportDue(year - 1) ? year - 1 : year - 2;
}

/** The years a reader may pick, newest first: up to last year, whose report may still be coming in. */
export function reportingYears(today: string): number[] {
  const last = Number(today.slice(0, 4)) - 1;
  const out: number[] = [];
  for (let y = last; y >= FIRST_REPORTING_YEAR; y--) out.push(y);
  return out;
}

/**
 * A State owes the annual report covering `year` when it was bound by the Convention in that year
 * and still on the day the report fell due (a withdrawal that took effect before 30 April ends the
 * obligation), and it no longer owes its initial report: a State that has never reported owes the
 * initial one first and is counted there, as the Progress Report does (11MSP: 102 annual reports
 * expected for 2022 from 110 States Parties, the other eight owing their initial report).
 */
export function owesAnnualReport(state: StateFacts, year: number, initialOutstanding: boolean): boolean {
  if (!partyInYear(state, year)) return false;
  if (state.withdrawalEffective && state.withdrawalEffective <= annualReportDue(year)) return false;
  return !initialOutstanding;
}

/** "x of y" as numbers, so each language can word and format it. */
export interface Rate {
  count: number;
  of: number;
}
