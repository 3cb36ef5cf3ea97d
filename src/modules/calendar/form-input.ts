/*
 * The forms' plain-text fields and the verbs' structured input, both ways. Lists are typed one
 * item per line (hosts: separated by commas); documents as `symbol | title | address`.
 */

import type { FieldErrors } from '../../kernel/errors.js';
import { errorsAtFields } from '../../kernel/form-errors.js';
import { blankToNull as orNull } from '../../kernel/form-text.js';
import type { OfficeHolderView } from './office-holders.js';
import type { ActionItemView, MeetingView } from './queries.js';
import { documentLine, linesOf, listOf, parseDocumentLine } from './rules.js';
import { statementTags } from './vocabulary.js';

export const meetingFields = [
  'code',
  'kind',
  'title',
  'startsOn',
  'endsOn',
  'venue',
  'presidingStateIso3',
  'president',
  'hosts',
  'agenda',
  'documents',
  'reportingFrom',
  'reportingTo',
  'censusDate',
  'participantsTotal',
  'participantsApproximate',
  'participationNote',
  'summary',
  'keyPoints',
  'notes',
  'sources',
] as const;

export const actionItemFields = [
  'what',
  'ownerKind',
  'owner',
  'dueOn',
  'status',
  'area',
  'states',
  'note',
  'source',
] as const;

export { pickFields as pick } from '../../kernel/form-text.js';

export function meetingInputFromForm(v: Record<string, string>) {
  return {
    code: v.code,
    kind: v.kind,
    title: v.title,
    startsOn: orNull(v.startsOn),
    endsOn: orNull(v.endsOn),
    venue: orNull(v.venue),
    presidingStateIso3: orNull(v.presidingStateIso3),
    president: orNull(v.president),
    hosts: listOf(v.hosts),
    agenda: linesOf(v.agenda),
    documents: linesOf(v.documents).map(parseDocumentLine),
    reportingFrom: orNull(v.reportingFrom),
    reportingTo: orNull(v.reportingTo),
    censusDate: orNull(v.censusDate),
    participantsTotal: orNull(v.participantsTotal),
    participantsApproximate: v.participantsApproximate === 'yes',
    participationNote: orNull(v.participationNote),
    summary: orNull(v.summary),
    keyPoints: linesOf(v.keyPoints),
    notes: orNull(v.notes),
    sources: linesOf(v.sources),
  };
}

export function meetingFormValues(m: MeetingView): Record<string, string> {
  return {
    code: m.code,
    kind: m.kind,
    title: m.title,
    startsOn: m.startsOn ?? '',
    endsOn: m.endsOn ?? '',
    venue: m.venue ?? '',
    presidingStateIso3: m.presidingState?.iso3 ?? '',
    president: m.president ?? '',
    hosts: m.hosts.map((h) => h.iso3 ?? h.name).join(', '),
    agenda: m.agenda.join('\n'),
    documents: m.documents.map(documentLine).join('\n'),
    reportingFrom: m.reportingWindow?.from ?? '',
    reportingTo: m.reportingWindow?.to ?? '',
    censusDate: m.reportingWindow?.censusDate ?? '',
    participantsTotal: m.participantsTotal === null ? '' : String(m.participantsTotal),
    participantsApproximate: m.participantsApproximate ? 'yes' : '',
    participationNote: m.participationNote ?? '',
    summary: m.summary ?? '',
    keyPoints: m.keyPoints.join('\n'),
    notes: m.notes ?? '',
    sources: m.sources.join('\n'),
  };
}

export function actionItemInputFromForm(v: Record<string, string>) {
  return {
    what: v.what,
    ownerKind: v.ownerKind,
    owner: orNull(v.owner),
    dueOn: orNull(v.dueOn),
    status: v.status,
    area: orNull(v.area),
    states: listOf(v.states),
    note: orNull(v.note),
    source: orNull(v.source),
  };
}

export function actionItemFormValues(a: ActionItemView): Record<string, string> {
  return {
    what: a.what,
    ownerKind: a.ownerKind,
    owner: a.owner ?? '',
    dueOn: a.dueOn ?? '',
    status: a.status,
    area: a.area ?? '',
    states: a.states.map((s) => s.iso3).join(', '),
    note: a.note ?? '',
    source: a.source ?? '',
  };
}

/** Errors on a list's items (`documents.2.title`) are shown at the list's field. */
export function errorsByField(errors: FieldErrors): FieldErrors {
  return errorsAtFields(errors);
}

export const statementFields = [
  'stateIso3',
  'organisation',
  'topic',
  'summary',
  ...statementTags.map((t) => `tag_${t}`),
  'href',
  'source',
] as const;

export function statementInputFromForm(v: Record<string, string>) {
  return {
    stateIso3: orNull(v.stateIso3),
    organisation: orNull(v.organisation),
    topic: v.topic,
    summary: v.summary,
    tags: statementTags.filter((t) => v[`tag_${t}`] === 'yes'),
    href: orNull(v.href),
    source: orNull(v.source),
  };
}

export const officeHolderFields = [
  'office',
  'area',
  'stateIso3',
  'personName',
  'gender',
  'periodFrom',
  'periodTo',
  'sourceTitle',
  'sourceHref',
] as const;

/** The correction form: every field of the record, what to do with it, and why. */
export const officeHolderCorrectionFields = [...officeHolderFields, 'action', 'reason'] as const;

export function officeHolderInputFromForm(v: Record<string, string>) {
  return {
    office: v.office,
    area: orNull(v.area),
    stateIso3: orNull(v.stateIso3),
    personName: orNull(v.personName),
    gender: orNull(v.gender) ?? 'not_known',
    periodFrom: orNull(v.periodFrom),
    periodTo: orNull(v.periodTo),
    sourceTitle: v.sourceTitle,
    sourceHref: orNull(v.sourceHref),
  };
}

export function officeHolderFormValues(h: OfficeHolderView): Record<string, string> {
  return {
    office: h.office,
    area: h.area ?? '',
    stateIso3: h.state?.iso3 ?? '',
    personName: h.personName ?? '',
    gender: h.gender,
    periodFrom: h.periodFrom ?? '',
    periodTo: h.periodTo ?? '',
    sourceTitle: h.source.title,
    sourceHref: h.source.href ?? '',
  };
}
