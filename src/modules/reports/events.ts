import { defineEvent } from '../../kernel/events.js';
import type { ReportKind } from './lifecycle.js';
import type { ReportFacts } from './template/facts.js';

/*
 * What the reports module tells the rest: published inside the verb's transaction (kernel/events.ts),
 * so a subscriber's failure undoes the submission or recall. Content travels as facts read through
 * the template's meanings, never as raw content. This module imports no subscriber.
 */

/** A version delivered: who, which report and version, the day it reached the Convention, what it says. */
export interface ReportDelivered {
  stateIso3: string;
  reportId: number;
  year: number;
  kind: ReportKind;
  /** The number of the version just submitted. */
  version: number;
  /** The day the report reached the Convention (what counts for deadlines and confirmations). */
  receivedOn: string;
  facts: ReportFacts;
}

/** A report's first delivered version. */
export const reportSubmitted = defineEvent<ReportDelivered>('reports.submitted');
/** A later version of a report delivered (an amendment), superseding the one that stood. */
export const reportAmended = defineEvent<ReportDelivered>('reports.amended');

export interface ReportRecalled {
  stateIso3: string;
  reportId: number;
  year: number;
  kind: ReportKind;
  /** The version voided: it counts as never sent. */
  recalled: { number: number; submittedAt: Date | null; receivedOn: string | null; facts: ReportFacts };
  /** The version that stands again, if the recalled one had superseded it. */
  restored: { number: number; receivedOn: string | null; facts: ReportFacts } | null;
}

/** The ISU voided a delivered version. */
export const reportRecalled = defineEvent<ReportRecalled>('reports.recalled');
