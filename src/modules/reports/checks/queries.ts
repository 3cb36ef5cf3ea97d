import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../accounts/schema.js';
import { latestSubmittedVersion } from '../queries.js';
import { reports, reportVersions, reportWarningConfirmations } from '../schema.js';
import type { ReportContent } from '../template/types.js';
import { checkReport, type PreviousReport, type ReportWarning } from './checks.js';

/** A warning as a page shows it: whether, by whom and when it was confirmed. */
export interface ShownWarning extends ReportWarning {
  confirmation: { by: string | null; byName: string | null; at: Date; note: string | null } | null;
}

async function confirmationsOf(db: Executor, reportIds: readonly number[]) {
  if (reportIds.length === 0) return [];
  return db
    .select({
      reportId: reportWarningConfirmations.reportId,
      warningKey: reportWarningConfirmations.warningKey,
      note: reportWarningConfirmations.note,
      confirmedBy: reportWarningConfirmations.confirmedBy,
      confirmedByName: users.name,
      confirmedAt: reportWarningConfirmations.confirmedAt,
    })
    .from(reportWarningConfirmations)
    .leftJoin(users, eq(users.id, reportWarningConfirmations.confirmedBy))
    .where(inArray(reportWarningConfirmations.reportId, [...reportIds]))
    .orderBy(asc(reportWarningConfirmations.id));
}

/** The State's standing submission of the year before a report's, as the checks compare with it. */
export async function previousReportOf(
  db: Executor,
  report: { stateIso3: string; year: number },
): Promise<PreviousReport | undefined> {
  const previous = await latestSubmittedVersion(db, report.stateIso3, report.year);
  return previous ? { year: previous.year, content: previous.content } : undefined;
}

/** The warnings a version's content raises, each with its confirmation if there is one. */
export async function warningsOf(
  db: Executor,
  report: { id: number; stateIso3: string; year: number },
  content: ReportContent,
): Promise<ShownWarning[]> {
  const found = checkReport(content, report.year, await previousReportOf(db, report));
  const confirmed = new Map((await confirmationsOf(db, [report.id])).map((c) => [c.warningKey, c]));
  return found.map((w) => {
    const c = confirmed.get(w.key);
    return {
      ...w,
      confirmation: c
        ? { by: c.confirmedBy, byName: c.confirmedByName, at: c.confirmedAt, note: c.note }
        : null,
    };
  });
}

/** A submitted report whose standing version carries warnings nobody has confirmed. */
export interface UnconfirmedReport {
  reportId: number;
  stateIso3: string;
  year: number;
  version: number;
  unconfirmed: number;
  warnings: number;
}

/**
 * Every standing submission with warnings not yet confirmed, newest year first, then by State.
 * Each is compared with the same State's standing submission of the year before.
 */
export async function reportsWithUnconfirmedWarnings(db: Executor): Promise<UnconfirmedReport[]> {
  const standing = await db
    .select({
      reportId: reports.id,
      stateIso3: reports.stateIso3,
      year: reports.year,
      version: reportVersions.number,
      content: reportVersions.content,
    })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(and(eq(reportVersions.status, 'submitted'), eq(reports.demonstration, false)))
    .orderBy(asc(reports.stateIso3), asc(reports.year));
  const byStateYear = new Map(standing.map((s) => [`${s.stateIso3}:${s.year}`, s]));
  const confirmed = new Set(
    (
      await confirmationsOf(
        db,
        standing.map((s) => s.reportId),
      )
    ).map((c) => `${c.reportId}:${c.warningKey}`),
  );
  const out: UnconfirmedReport[] = [];
  for (const s of standing) {
    const before = byStateYear.get(`${s.stateIso3}:${s.year - 1}`);
    const found = checkReport(
      s.content,
      s.year,
      before ? { year: before.year, content: before.content } : undefined,
    );
    const unconfirmed = found.filter((w) => !confirmed.has(`${s.reportId}:${w.key}`)).length;
    if (unconfirmed > 0)
      out.push({
        reportId: s.reportId,
        stateIso3: s.stateIso3,
        year: s.year,
        version: s.version,
        unconfirmed,
        warnings: found.length,
      });
  }
  return out.sort((a, b) => b.year - a.year || a.stateIso3.localeCompare(b.stateIso3));
}
