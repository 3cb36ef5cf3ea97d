import { and, asc, desc, eq, getTableColumns, inArray, lt, max } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../kernel/errors.js';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { counts, currentSubmission, receivedDay } from './lifecycle.js';
import { canReadVersion } from './policy.js';
import { reports, reportVersions } from './schema.js';
import type { ReportContent } from './template/types.js';

export type ReportRow = typeof reports.$inferSelect;
export type ReportVersionRow = typeof reportVersions.$inferSelect;
/** A version without its content: what lists and histories show. */
export type VersionSummary = Omit<ReportVersionRow, 'content'>;
export interface ReportWithVersions extends ReportRow {
  versions: VersionSummary[];
}

const { content: _content, ...summaryColumns } = getTableColumns(reportVersions);

async function summariesOf(db: Executor, reportIds: number[]): Promise<VersionSummary[]> {
  if (reportIds.length === 0) return [];
  return db
    .select(summaryColumns)
    .from(reportVersions)
    .where(inArray(reportVersions.reportId, reportIds))
    .orderBy(asc(reportVersions.reportId), asc(reportVersions.number));
}

export async function findReport(db: Executor, reportId: number): Promise<ReportWithVersions | undefined> {
  const [report] = await db.select().from(reports).where(eq(reports.id, reportId));
  if (!report) return undefined;
  return { ...report, versions: await summariesOf(db, [report.id]) };
}

/** A report with all its versions, whoever asks: for code that has already checked permission. */
export async function getReport(db: Executor, reportId: number): Promise<ReportWithVersions> {
  const report = await findReport(db, reportId);
  if (!report) throw new NotFoundError('report', String(reportId));
  return report;
}

export async function findReportFor(
  db: Executor,
  iso3: string,
  year: number,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.stateIso3, iso3.toUpperCase()), eq(reports.year, year)));
  return row;
}

/** A State's reports, newest year first, each with the versions this actor may see; none visible, no report. */
export async function listReportsForState(
  db: Executor,
  actor: Actor,
  iso3: string,
): Promise<ReportWithVersions[]> {
  const code = iso3.toUpperCase();
  const rows = await db.select().from(reports).where(eq(reports.stateIso3, code)).orderBy(desc(reports.year));
  const versions = (
    await summariesOf(
      db,
      rows.map((r) => r.id),
    )
  ).filter((v) => canReadVersion(actor, code, v.status));
  return rows
    .map((r) => ({ ...r, versions: versions.filter((v) => v.reportId === r.id) }))
    .filter((r) => r.versions.length > 0);
}

export interface VersionForActor {
  report: ReportRow;
  version: ReportVersionRow;
}

async function loadVersion(db: Executor, versionId: number): Promise<VersionForActor | undefined> {
  const [row] = await db
    .select({ report: reports, version: reportVersions })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(eq(reportVersions.id, versionId));
  return row;
}

/** A version with its content if it exists and this actor may read it; otherwise undefined. */
export async function findReportVersionForActor(
  db: Executor,
  actor: Actor,
  versionId: number,
): Promise<VersionForActor | undefined> {
  const row = await loadVersion(db, versionId);
  return row && canReadVersion(actor, row.report.stateIso3, row.version.status) ? row : undefined;
}

/**
 * A version with its content for this actor. A draft someone may not read is refused, not hidden
 * behind a 404: anonymous people are asked to sign in (a focal point may then see it), others get 403.
 */
export async function getReportVersionForActor(
  db: Executor,
  actor: Actor,
  versionId: number,
): Promise<VersionForActor> {
  const row = await loadVersion(db, versionId);
  if (!row) throw new NotFoundError('report', `version ${versionId}`);
  if (!canReadVersion(actor, row.report.stateIso3, row.version.status)) {
    if (actor.kind === 'anonymous') throw new UnauthenticatedError();
    throw new ForbiddenError(`${actor.label} may not read ${row.version.status} report version ${versionId}`);
  }
  return row;
}

/**
 * The standing submission of the State's most recent reporting year that has one, optionally only
 * among years before `beforeYear`: the content a new report is pre-filled from.
 */
export async function latestSubmittedVersion(
  db: Executor,
  iso3: string,
  beforeYear?: number,
): Promise<(ReportVersionRow & { year: number }) | undefined> {
  const conditions = [eq(reports.stateIso3, iso3.toUpperCase()), eq(reportVersions.status, 'submitted')];
  if (beforeYear !== undefined) conditions.push(lt(reports.year, beforeYear));
  const [row] = await db
    .select({ version: reportVersions, year: reports.year })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(and(...conditions))
    .orderBy(desc(reports.year), desc(reportVersions.number))
    .limit(1);
  return row ? { ...row.version, year: row.year } : undefined;
}

export interface SubmissionForYear {
  reportId: number;
  stateIso3: string;
  kind: ReportRow['kind'];
  /** A demonstration report: its received date is an assumption, not a fact. */
  demonstration: boolean;
  /** The day the first delivered version reached the Convention (receipt date for keyed-in reports). */
  firstReceivedOn: string;
  firstSubmittedAt: Date;
  /** The version standing now. */
  latest: VersionSummary;
}

/**
 * The reports covering `year` that were delivered, for compliance counts: one row per report, by
 * State code. Recalled versions never count, so a report whose only submission was recalled is absent.
 */
export async function listSubmissionsForYear(db: Executor, year: number): Promise<SubmissionForYear[]> {
  const rows = await db
    .select({ report: reports, version: summaryColumns })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(eq(reports.year, year))
    .orderBy(asc(reports.stateIso3), asc(reportVersions.number));
  const byReport = new Map<number, { report: ReportRow; versions: VersionSummary[] }>();
  for (const r of rows) {
    if (!counts(r.version.status)) continue;
    const entry = byReport.get(r.report.id) ?? { report: r.report, versions: [] };
    entry.versions.push(r.version);
    byReport.set(r.report.id, entry);
  }
  return [...byReport.values()].map(({ report, versions }) => {
    const first = versions.reduce((a, b) => ((receivedDay(b) ?? '') < (receivedDay(a) ?? '') ? b : a));
    const latest = currentSubmission(versions) ?? versions[versions.length - 1];
    return {
      reportId: report.id,
      stateIso3: report.stateIso3,
      kind: report.kind,
      demonstration: report.demonstration,
      firstReceivedOn: receivedDay(first) ?? '',
      firstSubmittedAt: first.submittedAt as Date,
      latest: latest as VersionSummary,
    };
  });
}

/** Every version of a report, oldest first, without content: who submitted what, when, by which channel. */
export async function versionHistory(db: Executor, reportId: number): Promise<VersionSummary[]> {
  return summariesOf(db, [reportId]);
}

// ---- For the verbs: rows read `for update`, so guards see what no one else can change meanwhile. ----

/**
 * Locks the report row first, then reads its versions: every lifecycle verb takes the same lock in
 * the same order, so two editors and a submit on one report run one after the other.
 */
export async function lockReport(
  tx: Tx,
  reportId: number,
): Promise<{ report: ReportRow; versions: ReportVersionRow[] }> {
  const report = await lockRowOrNotFound(tx, reports, reports.id, reportId, 'report');
  const versions = await tx
    .select()
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(asc(reportVersions.number))
    .for('update');
  return { report, versions };
}

/** The version named by the input, which must belong to the report named by the input. */
export function pickVersion(
  locked: { report: ReportRow; versions: ReportVersionRow[] },
  versionId: number,
): ReportVersionRow {
  const version = locked.versions.find((v) => v.id === versionId);
  if (!version) throw new NotFoundError('report', `version ${versionId} of report ${locked.report.id}`);
  return version;
}

/** The State a report belongs to, for permission checks before anything is locked. */
export async function stateOfReport(db: Executor, reportId: number): Promise<string> {
  const [row] = await db.select({ iso3: reports.stateIso3 }).from(reports).where(eq(reports.id, reportId));
  if (!row) throw new NotFoundError('report', String(reportId));
  return row.iso3;
}

export interface StandingSubmission {
  reportId: number;
  stateIso3: string;
  year: number;
  kind: ReportRow['kind'];
  /** Demonstration data, not a State's report. */
  demonstration: boolean;
  /** The number of the version standing now. */
  version: number;
  content: ReportContent;
}

/**
 * Every report whose submitted version stands, with that version's content, optionally for one
 * reporting year: what registers computed from reports (cooperation, compliance) read. Superseded,
 * recalled and draft versions never count.
 */
export async function listStandingSubmissions(db: Executor, year?: number): Promise<StandingSubmission[]> {
  const conditions = [eq(reportVersions.status, 'submitted')];
  if (year !== undefined) conditions.push(eq(reports.year, year));
  const rows = await db
    .select({
      reportId: reports.id,
      stateIso3: reports.stateIso3,
      year: reports.year,
      kind: reports.kind,
      demonstration: reports.demonstration,
      version: reportVersions.number,
      content: reportVersions.content,
    })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(and(...conditions))
    .orderBy(asc(reports.year), asc(reports.stateIso3));
  return rows;
}

/** The most recent reporting year that has a standing submission, without reading any content. */
export async function latestSubmittedYear(db: Executor): Promise<number | undefined> {
  const [row] = await db
    .select({ year: max(reports.year) })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(eq(reportVersions.status, 'submitted'));
  return row?.year ?? undefined;
}

/** The version that speaks for a report: the one standing, else the newest this person may see. */
export function latestVisible(actor: Actor, report: ReportWithVersions): VersionSummary | undefined {
  const visible = report.versions.filter((v) => canReadVersion(actor, report.stateIso3, v.status));
  return visible.find((v) => v.status === 'submitted') ?? visible[visible.length - 1];
}

/** A report as it stood on a day: what an indicator counted "as of" a census date reads. */
export interface DeliveryAsOf {
  reportId: number;
  stateIso3: string;
  year: number;
  kind: ReportRow['kind'];
  /** Demonstration data, not a State's report: its received date is an assumption. */
  demonstration: boolean;
  /** The day its first delivered version reached the Convention. */
  firstReceivedOn: string;
  /** The version standing on that day: the newest delivered by then (its content: `versionContents`). */
  version: { id: number; number: number; receivedOn: string; templateId: string };
}

/**
 * Every report delivered on or before `day`, with the version that stood then (the newest version
 * received by that day, whatever came later), without content. Recalled versions never count: a
 * recall carries no date, so a recalled delivery is left out of every day rather than counted on a
 * guess. Ordered by State and year.
 */
export async function listDeliveriesAsOf(db: Executor, day: string): Promise<DeliveryAsOf[]> {
  const rows = await db
    .select({ report: reports, version: summaryColumns })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(inArray(reportVersions.status, ['submitted', 'superseded']))
    .orderBy(asc(reports.stateIso3), asc(reports.year), asc(reportVersions.number));
  const byReport = new Map<number, DeliveryAsOf>();
  for (const { report, version } of rows) {
    const received = receivedDay(version);
    if (received === null || received > day) continue;
    const known = byReport.get(report.id);
    const standing = {
      id: version.id,
      number: version.number,
      receivedOn: received,
      templateId: version.templateId,
    };
    if (!known) {
      byReport.set(report.id, {
        reportId: report.id,
        stateIso3: report.stateIso3,
        year: report.year,
        kind: report.kind,
        demonstration: report.demonstration,
        firstReceivedOn: received,
        version: standing,
      });
      continue;
    }
    if (received < known.firstReceivedOn) known.firstReceivedOn = received;
    if (version.number > known.version.number) known.version = standing;
  }
  return [...byReport.values()];
}

/** The content of each version named, by version id. */
export async function versionContents(
  db: Executor,
  versionIds: readonly number[],
): Promise<Map<number, ReportContent>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: reportVersions.id, content: reportVersions.content })
    .from(reportVersions)
    .where(inArray(reportVersions.id, [...versionIds]))
    .orderBy(asc(reportVersions.id));
  return new Map(rows.map((r) => [r.id, r.content]));
}
