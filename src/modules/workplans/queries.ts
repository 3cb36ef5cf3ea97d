import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { lockRowOr } from '../../kernel/rows.js';
import {
  type ActionItemView,
  listActionItemsByIds,
  listMeetings,
  type OfficeArea,
} from '../calendar/index.js';
import { WorkPlanNotFoundError } from './errors.js';
import { workPlanActivities, workPlans } from './schema.js';
import {
  type ActivityDocument,
  type ActivityStatus,
  activityStatuses,
  type SourcedLine,
} from './vocabulary.js';

export interface WorkPlanSummary {
  id: number;
  area: OfficeArea;
  title: string;
  cycle: string;
  fromMeeting: string | null;
  toMeeting: string | null;
  source: string | null;
  activities: number;
  /** How many activities stand at each status. */
  byStatus: Record<ActivityStatus, number>;
}

/** A meeting an activity links to: its title when the calendar has it. */
export interface MeetingLink {
  code: string;
  title: string;
  startsOn: string | null;
}

export interface ActivityView {
  id: number;
  position: number;
  label: string | null;
  title: string;
  description: string | null;
  status: ActivityStatus;
  statusNote: string | null;
  quarters: string[];
  timing: string | null;
  implementers: string | null;
  meetings: MeetingLink[];
  documents: ActivityDocument[];
  actionItems: ActionItemView[];
  source: string | null;
  updatedAt: Date;
}

export interface WorkPlanView extends Omit<WorkPlanSummary, 'activities' | 'byStatus'> {
  background: string | null;
  objectives: SourcedLine[];
  expectedOutputs: SourcedLine[];
  implementers: SourcedLine[];
  partners: SourcedLine[];
  budget: { amount: number | null; currency: string | null; note: string | null };
  activities: ActivityView[];
  byStatus: Record<ActivityStatus, number>;
  updatedAt: Date;
}

const countByStatus = (statuses: readonly ActivityStatus[]) => {
  const out = Object.fromEntries(activityStatuses.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const s of statuses) out[s]++;
  return out;
};

/** What a work plan is, as its list and its page both show it. */
const planHeading = (p: typeof workPlans.$inferSelect) => ({
  id: p.id,
  area: p.area as OfficeArea,
  title: p.title,
  cycle: p.cycle,
  fromMeeting: p.fromMeeting,
  toMeeting: p.toMeeting,
  source: p.source,
});

/** Every work plan, the latest cycle first, then by area and id. */
export async function listWorkPlans(db: Executor): Promise<WorkPlanSummary[]> {
  // Sorted here, not by the engine's collation, so both engines give the same order.
  const plans = (await db.select().from(workPlans).orderBy(asc(workPlans.id))).sort(
    (a, b) =>
      (a.cycle < b.cycle ? 1 : a.cycle > b.cycle ? -1 : 0) ||
      (a.area < b.area ? -1 : a.area > b.area ? 1 : 0),
  );
  const activities = await db
    .select({ workPlanId: workPlanActivities.workPlanId, status: workPlanActivities.status })
    .from(workPlanActivities)
    .orderBy(asc(workPlanActivities.id));
  return plans.map((p) => {
    const own = activities.filter((a) => a.workPlanId === p.id).map((a) => a.status);
    return {
      ...planHeading(p),
      activities: own.length,
      byStatus: countByStatus(own),
    };
  });
}

export async function findWorkPlan(db: Executor, id: number): Promise<WorkPlanView | undefined> {
  const [p] = await db.select().from(workPlans).where(eq(workPlans.id, id));
  if (!p) return undefined;
  const rows = await db
    .select()
    .from(workPlanActivities)
    .where(eq(workPlanActivities.workPlanId, id))
    .orderBy(asc(workPlanActivities.position), asc(workPlanActivities.id));
  const codes = new Set(rows.flatMap((r) => r.meetingCodes));
  const meetings = codes.size
    ? new Map((await listMeetings(db)).filter((m) => codes.has(m.code)).map((m) => [m.code, m]))
    : new Map();
  const items = new Map(
    (await listActionItemsByIds(db, [...new Set(rows.flatMap((r) => r.actionItemIds))])).map((a) => [
      a.id,
      a,
    ]),
  );
  const activities: ActivityView[] = rows.map((r) => ({
    id: r.id,
    position: r.position,
    label: r.label,
    title: r.title,
    description: r.description,
    status: r.status,
    statusNote: r.statusNote,
    quarters: r.quarters,
    timing: r.timing,
    implementers: r.implementers,
    meetings: r.meetingCodes.map((code) => {
      const m = meetings.get(code);
      return { code, title: m?.title ?? code, startsOn: m?.startsOn ?? null };
    }),
    documents: r.documents,
    actionItems: r.actionItemIds.flatMap((i) => items.get(i) ?? []),
    source: r.source,
    updatedAt: r.updatedAt,
  }));
  return {
    ...planHeading(p),
    background: p.background,
    objectives: p.objectives,
    expectedOutputs: p.expectedOutputs,
    implementers: p.implementers,
    partners: p.partners,
    budget: { amount: p.budgetAmount, currency: p.budgetCurrency, note: p.budgetNote },
    activities,
    byStatus: countByStatus(activities.map((a) => a.status)),
    updatedAt: p.updatedAt,
  };
}

/** The work plan a write acts on, locked until its transaction ends, or WorkPlanNotFoundError. */
export function lockWorkPlan(db: Executor, id: number) {
  return lockRowOr(db, workPlans, workPlans.id, id, () => new WorkPlanNotFoundError(id));
}

export async function getWorkPlan(db: Executor, id: number): Promise<WorkPlanView> {
  const plan = await findWorkPlan(db, id);
  if (!plan) throw new WorkPlanNotFoundError(id);
  return plan;
}
