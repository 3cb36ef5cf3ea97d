/*
 * The forms' plain-text fields and the verbs' structured input, both ways. Lists are typed one item
 * per line; documents as `symbol | title | address`; meetings and action items separated by commas;
 * quarters as `2023-Q1` or ranges `2022-Q4..2023-Q3`.
 */

import type { FieldErrors } from '../../kernel/errors.js';
import { errorsAtFields } from '../../kernel/form-errors.js';
import { itemsOf, linesOf, blankToNull as orNull } from '../../kernel/form-text.js';
import type { Locale } from '../../kernel/i18n/index.js';
import { numberInputText } from '../../kernel/numbers.js';
import { parseQuarters, quartersText } from './quarters.js';
import type { ActivityView, WorkPlanView } from './queries.js';
import type { SourcedLine } from './vocabulary.js';

export const workPlanFields = [
  'area',
  'title',
  'cycle',
  'fromMeeting',
  'toMeeting',
  'background',
  'objectives',
  'expectedOutputs',
  'implementers',
  'partners',
  'budgetAmount',
  'budgetCurrency',
  'budgetNote',
  'source',
] as const;

export const activityFields = [
  'label',
  'title',
  'description',
  'status',
  'statusNote',
  'quarters',
  'timing',
  'implementers',
  'meetingCodes',
  'documents',
  'actionItemIds',
  'source',
] as const;

export { pickFields as pick } from '../../kernel/form-text.js';

/** Meetings and action items: separated by commas, semicolons or spaces. */
const listOf = (v: string | undefined) => itemsOf(v, /[,;\s]+/);
const sourced = (v: string | undefined): SourcedLine[] => linesOf(v).map((text) => ({ text, source: null }));

/** A number as typed ("12 000", "12,000.50"); anything else is passed on for the verb to refuse. */
export function workPlanInputFromForm(v: Record<string, string>) {
  return {
    area: v.area,
    title: v.title,
    cycle: v.cycle,
    fromMeeting: orNull(v.fromMeeting),
    toMeeting: orNull(v.toMeeting),
    background: orNull(v.background),
    objectives: sourced(v.objectives),
    expectedOutputs: sourced(v.expectedOutputs),
    implementers: sourced(v.implementers),
    partners: sourced(v.partners),
    budgetAmount: orNull(v.budgetAmount),
    budgetCurrency: orNull(v.budgetCurrency),
    budgetNote: orNull(v.budgetNote),
    source: orNull(v.source),
  };
}

export function workPlanFormValues(p: WorkPlanView, locale?: Locale): Record<string, string> {
  const text = (l: SourcedLine[]) => l.map((x) => x.text).join('\n');
  return {
    area: p.area,
    title: p.title,
    cycle: p.cycle,
    fromMeeting: p.fromMeeting ?? '',
    toMeeting: p.toMeeting ?? '',
    background: p.background ?? '',
    objectives: text(p.objectives),
    expectedOutputs: text(p.expectedOutputs),
    implementers: text(p.implementers),
    partners: text(p.partners),
    budgetAmount: p.budget.amount === null ? '' : numberInputText(p.budget.amount, locale),
    budgetCurrency: p.budget.currency ?? '',
    budgetNote: p.budget.note ?? '',
    source: p.source ?? '',
  };
}

/** `symbol | title | address`; a line with no bar is a title alone. */
function documentOf(line: string) {
  const parts = line.split('|').map((s) => s.trim());
  if (parts.length === 1) return { symbol: null, title: parts[0]!, href: null };
  return { symbol: orNull(parts[0]), title: parts[1] ?? '', href: orNull(parts[2]) };
}

const idOf = (s: string) => (/^\d{1,10}$/.test(s) ? Number(s) : s);

export function activityInputFromForm(v: Record<string, string>) {
  return {
    label: orNull(v.label),
    title: v.title,
    description: orNull(v.description),
    status: v.status,
    statusNote: orNull(v.statusNote),
    quarters: parseQuarters(v.quarters ?? ''),
    timing: orNull(v.timing),
    implementers: orNull(v.implementers),
    meetingCodes: listOf(v.meetingCodes),
    documents: linesOf(v.documents).map(documentOf),
    actionItemIds: listOf(v.actionItemIds).map(idOf),
    source: orNull(v.source),
  };
}

export function activityFormValues(a: ActivityView): Record<string, string> {
  return {
    label: a.label ?? '',
    title: a.title,
    description: a.description ?? '',
    status: a.status,
    statusNote: a.statusNote ?? '',
    quarters: quartersText(a.quarters),
    timing: a.timing ?? '',
    implementers: a.implementers ?? '',
    meetingCodes: a.meetings.map((m) => m.code).join(', '),
    documents: a.documents.map((d) => [d.symbol ?? '', d.title, d.href ?? ''].join(' | ')).join('\n'),
    actionItemIds: a.actionItems.map((i) => i.id).join(', '),
    source: a.source ?? '',
  };
}

/** An error on a list item (`objectives.2.text`) is shown at its list's field. */
export function errorsByField(errors: FieldErrors): FieldErrors {
  return errorsAtFields(errors);
}
