import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { listStateNames } from '../../states/index.js';
import { progressReportFor } from '../queries.js';
import { figureOverrides, indicatorAssessments } from '../schema.js';
import { windowOf } from '../snapshot.js';
import { type AssessmentView, applyJudgement, type JudgedReport, type OverrideView } from './apply.js';

/** A meeting's judgements of one kind (of one indicator when given), in force only unless `history`. */
function ofMeeting(
  t: typeof indicatorAssessments | typeof figureOverrides,
  meeting: string,
  opts: { indicatorId?: string; history?: boolean },
) {
  return and(
    eq(t.meetingCode, meeting),
    opts.indicatorId ? eq(t.indicatorId, opts.indicatorId) : undefined,
    opts.history ? undefined : isNull(t.withdrawnAt),
  );
}

/** The assessments of a meeting's report (of one indicator when given), in force only unless `history`. */
export async function listAssessments(
  db: Executor,
  meeting: string,
  opts: { indicatorId?: string; history?: boolean } = {},
): Promise<AssessmentView[]> {
  const t = indicatorAssessments;
  const rows = await db
    .select()
    .from(t)
    .where(ofMeeting(t, meeting, opts))
    .orderBy(asc(t.indicatorId), asc(t.stateIso3), asc(t.assessedAt), asc(t.id));
  const names = new Map((await listStateNames(db)).map((s) => [s.iso3, s.name]));
  return rows.map((r) => ({
    id: r.id,
    meeting: r.meetingCode,
    indicatorId: r.indicatorId,
    stateIso3: r.stateIso3,
    stateName: names.get(r.stateIso3) ?? r.stateIso3,
    value: r.value,
    basis: r.basis,
    basisDetail: r.basisDetail,
    note: r.note,
    by: r.assessorLabel,
    at: r.assessedAt,
    withdrawnAt: r.withdrawnAt,
    withdrawnBy: r.withdrawnBy,
    withdrawalReason: r.withdrawalReason,
  }));
}

/** The agreed figures of a meeting's report (of one indicator when given), in force only unless `history`. */
export async function listOverrides(
  db: Executor,
  meeting: string,
  opts: { indicatorId?: string; history?: boolean } = {},
): Promise<OverrideView[]> {
  const t = figureOverrides;
  const rows = await db
    .select()
    .from(t)
    .where(ofMeeting(t, meeting, opts))
    .orderBy(asc(t.indicatorId), asc(t.agreedAt), asc(t.id));
  return rows.map((r) => ({
    id: r.id,
    meeting: r.meetingCode,
    indicatorId: r.indicatorId,
    value: r.value,
    denominator: r.denominator,
    reason: r.reason,
    by: r.agreedByLabel,
    at: r.agreedAt,
    withdrawnAt: r.withdrawnAt,
    withdrawnBy: r.withdrawnBy,
    withdrawalReason: r.withdrawalReason,
  }));
}

/** A meeting's Progress Report with the judgements in force applied: computed, assessed and agreed figures. */
export async function judgedProgressReport(db: Executor, meeting: string): Promise<JudgedReport> {
  const window = await windowOf(db, meeting);
  const [report, assessments, overrides] = await Promise.all([
    progressReportFor(db, window.meeting),
    listAssessments(db, window.meeting),
    listOverrides(db, window.meeting),
  ]);
  return applyJudgement(report, assessments, overrides);
}
