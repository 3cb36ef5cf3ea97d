import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { type ExtensionRequestView, listExtensionRequests, MEETING_DATES } from '../states/index.js';
import { checklistKeys } from './elements.js';
import { memberIds, requestOrNotFound } from './request.js';
import {
  analysisAnswers,
  analysisChecklist,
  analysisDrafts,
  analysisMembers,
  analysisQuestions,
} from './schema.js';

export type Member = typeof analysisMembers.$inferSelect & { name: string };
export type ChecklistRow = typeof analysisChecklist.$inferSelect;
export type Draft = typeof analysisDrafts.$inferSelect;
export interface ThreadItem {
  question: typeof analysisQuestions.$inferSelect;
  answers: Array<typeof analysisAnswers.$inferSelect>;
}

/** A request in the list, with how far its Group has got. */
export interface RequestRow extends ExtensionRequestView {
  members: number;
  questions: number;
  hasDraft: boolean;
}

/** Every recorded request with its Group's state, in the registry's order. */
export async function listRequestRows(db: Executor, today: string, locale = 'en'): Promise<RequestRow[]> {
  const requests = await listExtensionRequests(db, today, locale);
  const count = new Map<string, number>();
  for (const m of await db.select({ r: analysisMembers.requestId }).from(analysisMembers))
    count.set(`m${m.r}`, (count.get(`m${m.r}`) ?? 0) + 1);
  for (const q of await db.select({ r: analysisQuestions.requestId }).from(analysisQuestions))
    count.set(`q${q.r}`, (count.get(`q${q.r}`) ?? 0) + 1);
  const drafts = new Set(
    (await db.select({ r: analysisDrafts.requestId }).from(analysisDrafts)).map((d) => d.r),
  );
  return requests.map((r) => ({
    ...r,
    members: count.get(`m${r.id}`) ?? 0,
    questions: count.get(`q${r.id}`) ?? 0,
    hasDraft: drafts.has(r.id),
  }));
}

export async function listMembers(
  db: Executor,
  requestId: number,
  names: Map<string, string>,
): Promise<Member[]> {
  const rows = await db
    .select()
    .from(analysisMembers)
    .where(eq(analysisMembers.requestId, requestId))
    .orderBy(asc(analysisMembers.addedAt), asc(analysisMembers.userId));
  return rows.map((r) => ({ ...r, name: names.get(r.userId) ?? r.userId }));
}

/** The questions sent to the State, oldest first, each with its answers. */
export async function listThread(db: Executor, requestId: number): Promise<ThreadItem[]> {
  const questions = await db
    .select()
    .from(analysisQuestions)
    .where(eq(analysisQuestions.requestId, requestId))
    .orderBy(asc(analysisQuestions.id));
  const answers = questions.length
    ? await db
        .select()
        .from(analysisAnswers)
        .where(
          inArray(
            analysisAnswers.questionId,
            questions.map((q) => q.id),
          ),
        )
        .orderBy(asc(analysisAnswers.id))
    : [];
  return questions.map((q) => ({ question: q, answers: answers.filter((a) => a.questionId === q.id) }));
}

/** Every checklist key of the request with its mark, or null where nobody has marked it yet. */
export async function listChecklist(
  db: Executor,
  requestId: number,
  article: 3 | 4,
): Promise<Array<{ element: string; row: ChecklistRow | null }>> {
  const rows = await db
    .select()
    .from(analysisChecklist)
    .where(eq(analysisChecklist.requestId, requestId))
    .orderBy(asc(analysisChecklist.element));
  return checklistKeys(article).map((element) => ({
    element,
    row: rows.find((r) => r.element === element) ?? null,
  }));
}

export async function findDraft(db: Executor, requestId: number): Promise<Draft | null> {
  const [d] = await db.select().from(analysisDrafts).where(eq(analysisDrafts.requestId, requestId));
  return d ?? null;
}

export { memberIds, requestOrNotFound };

/** The day a request is placed on: its own date, else the first day of the meeting that considered it. */
export function requestDay(r: ExtensionRequestView): string | null {
  if (r.request.occurredOn) return r.request.occurredOn;
  return MEETING_DATES.find((m) => m.code === r.request.meeting)?.from ?? null;
}

export interface CostedPlanAssessment {
  requestId: number;
  iso3: string;
  article: 3 | 4;
  /** The day the request is placed on (its date, or its meeting's first day). */
  on: string;
  meeting: string | null;
  /** As the Analysis Group marked it: yes, partly, no; null while not assessed (unknown, not no). */
  costed: 'yes' | 'partly' | 'no' | null;
  multiYear: 'yes' | 'partly' | 'no' | null;
}

/**
 * For the Progress Report's indicators 15 and 20: every request placed in the window (inclusive; a
 * partial date compares by its own digits), with whether its Group found the plan costed and
 * multi-year. A request with no known date and no known meeting is in no window.
 */
export async function costedPlanAssessments(
  db: Executor,
  window: { from: string; to: string },
  today: string = window.to,
): Promise<CostedPlanAssessment[]> {
  const requests = (await listExtensionRequests(db, today)).flatMap((r) => {
    const on = requestDay(r);
    return on && on >= window.from.slice(0, on.length) && on <= window.to.slice(0, on.length)
      ? [{ r, on }]
      : [];
  });
  if (requests.length === 0) return [];
  const marks = await db
    .select()
    .from(analysisChecklist)
    .where(
      inArray(
        analysisChecklist.requestId,
        requests.map((x) => x.r.id),
      ),
    )
    .orderBy(asc(analysisChecklist.requestId), asc(analysisChecklist.element));
  const mark = (id: number, key: string) =>
    (marks.find((m) => m.requestId === id && m.element === key)?.mark ??
      null) as CostedPlanAssessment['costed'];
  return requests.map(({ r, on }) => ({
    requestId: r.id,
    iso3: r.iso3,
    article: r.article,
    on,
    meeting: r.request.meeting,
    costed: mark(r.id, 'costed'),
    multiYear: mark(r.id, 'multiYear'),
  }));
}
