import { isoDay } from '../../kernel/clock.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import type { FormRevisions, reports, reportVersions } from './schema.js';
import type { FormCode, FormContent, ReportContent, TemplateDef } from './template/types.js';

/**
 * The pure rules of a report's life, apart from any I/O so they can be tested alone. The verbs
 * read the rows (locked), ask these functions what may happen, then write what they answer.
 *
 *   draft ──submit──▶ submitted ──(a later version is submitted)──▶ superseded
 *                         └──────────(ISU recall)──────────────────▶ recalled
 */

export type ReportKind = (typeof reports.$inferSelect)['kind'];
export type VersionStatus = (typeof reportVersions.$inferSelect)['status'];
export type Channel = NonNullable<(typeof reportVersions.$inferSelect)['channel']>;

export const reportKinds = ['initial', 'annual', 'voluntary'] as const satisfies readonly ReportKind[];
export const versionStatuses = [
  'draft',
  'submitted',
  'superseded',
  'recalled',
] as const satisfies readonly VersionStatus[];
export const channels = ['online', 'email', 'post', 'other'] as const satisfies readonly Channel[];

/** What the rules need to know of a version. */
export interface VersionFacts {
  id: number;
  number: number;
  status: VersionStatus;
}

// ---- Named errors: stable codes for machines, catalogue keys for people. ----

export const notDraft = (status: VersionStatus) =>
  new ConflictError('REPORTS.NOT_DRAFT', 'reports:errors.notDraft', { status });
export const stale = (currentLockVersion: number) =>
  new ConflictError('REPORTS.STALE', 'reports:errors.stale', { currentLockVersion });
export const alreadyExists = (reportId: number) =>
  new ConflictError('REPORTS.ALREADY_EXISTS', 'reports:errors.alreadyExists', { reportId });
export const noSubmission = (reportId: number) =>
  new ConflictError('REPORTS.NO_SUBMISSION', 'reports:errors.noSubmission', { reportId });
export const draftExists = (draftId: number) =>
  new ConflictError('REPORTS.DRAFT_EXISTS', 'reports:errors.draftExists', { versionId: draftId });

// ---- Guards, re-checked inside the transaction on rows read `for update`. ----

/** Only a draft is edited, and only by someone who saw its latest save. */
export function assertDraftEditable(
  v: { status: VersionStatus; lockVersion: number },
  expected: number,
): void {
  if (v.status !== 'draft') throw notDraft(v.status);
  if (v.lockVersion !== expected) throw stale(v.lockVersion);
}

/**
 * A save of one form needs only that form unchanged since the editor's lockVersion: another
 * person's save of another form in between is no conflict. Without per-form revisions (an older
 * draft) any save in between is one.
 */
export function assertFormEditable(
  v: { status: VersionStatus; lockVersion: number; formRevisions: FormRevisions | null },
  expected: number,
  code: FormCode,
): void {
  if (v.status !== 'draft') throw notDraft(v.status);
  if (formChangedSince(v, expected, code)) throw stale(v.lockVersion);
}

/** Whether a form was written after the version the editor saw (`seen`, a lockVersion). */
export function formChangedSince(
  v: { lockVersion: number; formRevisions: FormRevisions | null },
  seen: number,
  code: FormCode,
): boolean {
  if (seen > v.lockVersion) return true;
  const changedAt = v.formRevisions ? (v.formRevisions[code] ?? 0) : v.lockVersion;
  return changedAt > seen;
}

/** The version currently standing as the report: at most one is `submitted` at a time. */
export function currentSubmission<V extends VersionFacts>(versions: readonly V[]): V | undefined {
  return maxByNumber(versions.filter((v) => v.status === 'submitted'));
}

export function currentDraft<V extends VersionFacts>(versions: readonly V[]): V | undefined {
  return versions.find((v) => v.status === 'draft');
}

export function nextNumber(versions: readonly VersionFacts[]): number {
  return Math.max(0, ...versions.map((v) => v.number)) + 1;
}

/** Submitting a draft supersedes whatever stood before it. */
export function planSubmission<V extends VersionFacts>(versions: readonly V[], draft: V): { supersede: V[] } {
  return { supersede: versions.filter((v) => v.status === 'submitted' && v.id !== draft.id) };
}

/** An amendment starts from the standing submission; one draft at a time. */
export function planAmendment<V extends VersionFacts>(reportId: number, versions: readonly V[]): { from: V } {
  const draft = currentDraft(versions);
  if (draft) throw draftExists(draft.id);
  const from = currentSubmission(versions);
  if (!from) throw noSubmission(reportId);
  return { from };
}

/**
 * A recall voids the standing submission. The version it had superseded stands again (a void
 * amendment must not make the State look as if it never reported), and work continues in a draft:
 * the existing one if an amendment was already under way, else a new one.
 */
export function planRecall<V extends VersionFacts>(
  reportId: number,
  versions: readonly V[],
): { recall: V; restore: V | undefined; draft: V | undefined } {
  const recall = currentSubmission(versions);
  if (!recall) throw noSubmission(reportId);
  const restore = maxByNumber(versions.filter((v) => v.status === 'superseded' && v.number < recall.number));
  return { recall, restore, draft: currentDraft(versions) };
}

/** Submitted and superseded versions were delivered; a recalled one counts as never sent. */
export const counts = (status: VersionStatus) => status === 'submitted' || status === 'superseded';

/** The day a report reached the Convention: the ISU's date of receipt, else the day it was submitted online. */
export function receivedDay(v: { receivedOn: string | null; submittedAt: Date | null }): string | null {
  return v.receivedOn ?? (v.submittedAt ? isoDay(v.submittedAt) : null);
}

function maxByNumber<V extends VersionFacts>(vs: readonly V[]): V | undefined {
  return vs.reduce<V | undefined>((best, v) => (!best || v.number > best.number ? v : best), undefined);
}

// ---- Content: each form is replaced whole, the others are carried over untouched. ----

/** Last year's content as a start: every status is cleared so the State confirms each form again. */
export function prefillFrom(content: ReportContent): ReportContent {
  const forms: ReportContent['forms'] = {};
  for (const [code, form] of Object.entries(content.forms) as Array<[FormCode, FormContent]>) {
    forms[code] = { status: null, values: structuredClone(form.values) };
  }
  return { template: content.template, forms };
}

export function replaceForm(content: ReportContent, code: FormCode, form: FormContent): ReportContent {
  return { ...content, forms: { ...content.forms, [code]: form } };
}

/**
 * The cover of a new report names the calendar year it covers; a pre-filled one would otherwise
 * carry last year's period and submission date. Only the cover fields the template defines are set.
 */
export function coverForYear(content: ReportContent, template: TemplateDef, year: number): ReportContent {
  const cover = template.forms.find((f) => f.code === 'cover');
  if (!cover) return content;
  const dates = new Set(cover.fields.filter((f) => f.kind === 'date').map((f) => f.key));
  const values = { ...(content.forms.cover?.values ?? {}) };
  if (dates.has('reportingPeriodFrom')) values.reportingPeriodFrom = `${year}-01-01`;
  if (dates.has('reportingPeriodTo')) values.reportingPeriodTo = `${year}-12-31`;
  if (dates.has('submissionDate')) values.submissionDate = null;
  return replaceForm(content, 'cover', { status: content.forms.cover?.status ?? null, values });
}

/** Forms still waiting for the State to say changed, unchanged or not applicable. */
export function formsAwaitingStatus(content: ReportContent, template: TemplateDef): FormCode[] {
  return template.forms.filter((f) => f.hasStatus && !content.forms[f.code]?.status).map((f) => f.code);
}

// ---- Which report a State may open for which year, and of which kind. ----

/**
 * The first year a report may cover: the Convention opened for signature in December 2008, so a
 * signatory's voluntary report may cover 2009; parties' reports start with their entry into force.
 */
export const FIRST_REPORT_YEAR = 2009;

/**
 * The years a State's report may be started for, newest first: every year from the first a report
 * may cover to the current one, those already reported left out. The kind each year takes
 * (`resolveKind`) follows the State's status in it: before entry into force, voluntary.
 */
export function startableYears(currentYear: number, taken: ReadonlySet<number>): number[] {
  const years: number[] = [];
  for (let y = currentYear; y >= FIRST_REPORT_YEAR; y--) if (!taken.has(y)) years.push(y);
  return years;
}

export interface StateFacts {
  ccmStatus: 'state_party' | 'signatory' | 'not_party' | 'withdrawn';
  /** YYYY-MM-DD, or null for a State that never deposited an instrument. */
  entryIntoForce: string | null;
  withdrawalEffective: string | null;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Bound by Article 7 for that calendar year: in force by then, and not yet withdrawn. */
export function partyInYear(s: StateFacts, year: number): boolean {
  if (s.ccmStatus !== 'state_party' && s.ccmStatus !== 'withdrawn') return false;
  if (!s.entryIntoForce || yearOf(s.entryIntoForce) > year) return false;
  return !s.withdrawalEffective || year < yearOf(s.withdrawalEffective);
}

/**
 * The kind of a new report. A party's first is its initial report, then annual ones; anything else
 * (a signatory, a State not party, a party reporting on a year before entry into force) is voluntary.
 * `initialOutstanding` is true while the State has an open Article 7 obligation and nothing delivered.
 */
export function resolveKind(args: {
  state: StateFacts;
  year: number;
  currentYear: number;
  initialOutstanding: boolean;
  requested?: ReportKind | undefined;
}): ReportKind {
  const { state, year, currentYear, requested } = args;
  // A report covers a calendar year that has at least begun.
  if (year > currentYear) throw new ValidationError({ year: ['reports:errors.yearInFuture'] });
  const party = partyInYear(state, year);
  const kind = requested ?? (party ? (args.initialOutstanding ? 'initial' : 'annual') : 'voluntary');
  if (kind === 'voluntary') {
    if (party) throw new ValidationError({ kind: ['reports:errors.kindParty'] });
    return kind;
  }
  if (!party) {
    const beforeEif = state.entryIntoForce !== null && year < yearOf(state.entryIntoForce);
    throw new ValidationError(
      beforeEif
        ? { year: ['reports:errors.yearBeforeEntryIntoForce'] }
        : { kind: ['reports:errors.kindNotParty'] },
    );
  }
  return kind;
}
