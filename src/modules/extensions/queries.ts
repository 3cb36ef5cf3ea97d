import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { byStateName, stateName } from '../../kernel/i18n/state-names.js';
import { listMeetings } from '../calendar/index.js';
import { type ObligationRisk, risksOfState } from '../risk/index.js';
import { states } from '../states/schema.js';
import { canReadDraftOf, canReadRequest, mayReadSomeDraft } from './policy.js';
import {
  fundingGap,
  type MeetingRef,
  type ProjectionBasis,
  type RequestArticle,
  type StrictlyNecessaryFlag,
  strictlyNecessaryFlag,
} from './rules.js';
import {
  extensionPlanRows,
  extensionRequestNeeds,
  extensionRequestSources,
  extensionRequests,
} from './schema.js';

export type RequestRow = typeof extensionRequests.$inferSelect;
export type PlanRow = typeof extensionPlanRows.$inferSelect & { gap: number | null };
export type SourceRow = typeof extensionRequestSources.$inferSelect;

/** One request as its pages, its export and other modules read it. */
export interface ExtensionRequestView extends RequestRow {
  article: RequestArticle;
  stateName: string;
  sources: SourceRow[];
  plan: PlanRow[];
  needLinks: Array<{ year: number; currency: string; needId: number }>;
}

export async function findRequestRow(db: Executor, id: number): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
  return row;
}

/** The request with its sources, plan and needs; NotFound when absent or not for this reader's eyes. */
export async function getRequestForActor(
  db: Executor,
  actor: Actor,
  id: number,
  /** The reader's language, the State's name is in. */
  locale = 'en',
): Promise<ExtensionRequestView> {
  const row = await findRequestRow(db, id);
  if (!row || !canReadRequest(actor, row)) throw new NotFoundError('extension_request', String(id));
  return loadView(db, row, locale);
}

export async function loadView(db: Executor, row: RequestRow, locale = 'en'): Promise<ExtensionRequestView> {
  const [state] = await db.select({ name: states.name }).from(states).where(eq(states.iso3, row.stateIso3));
  const [sources, plan, links] = await Promise.all([
    db
      .select()
      .from(extensionRequestSources)
      .where(eq(extensionRequestSources.requestId, row.id))
      .orderBy(asc(extensionRequestSources.field)),
    db
      .select()
      .from(extensionPlanRows)
      .where(eq(extensionPlanRows.requestId, row.id))
      .orderBy(asc(extensionPlanRows.position), asc(extensionPlanRows.id)),
    db
      .select({
        year: extensionRequestNeeds.year,
        currency: extensionRequestNeeds.currency,
        needId: extensionRequestNeeds.needId,
      })
      .from(extensionRequestNeeds)
      .where(eq(extensionRequestNeeds.requestId, row.id))
      .orderBy(asc(extensionRequestNeeds.year), asc(extensionRequestNeeds.currency)),
  ]);
  return {
    ...row,
    article: row.article as RequestArticle,
    stateName: stateName(locale, row.stateIso3, state?.name),
    sources,
    plan: plan.map((p) => ({ ...p, gap: fundingGap(p) })),
    needLinks: links,
  };
}

export interface RequestListRow {
  id: number;
  stateIso3: string;
  stateName: string;
  article: number;
  status: RequestRow['status'];
  durationYears: number | null;
  submittedOn: string | null;
  meetingCode: string | null;
  updatedAt: Date;
}

/**
 * The requests this reader may see: every submitted one (and those withdrawn after submission),
 * and the drafts of the States it may read drafts of. By State name, then article, then newest.
 */
export async function listRequestsFor(
  db: Executor,
  actor: Actor,
  iso3?: string,
  /** The reader's language: States named in it and listed in its order. */
  locale = 'en',
): Promise<RequestListRow[]> {
  const rows = await db
    .select({
      id: extensionRequests.id,
      stateIso3: extensionRequests.stateIso3,
      stateName: states.name,
      article: extensionRequests.article,
      status: extensionRequests.status,
      durationYears: extensionRequests.durationYears,
      submittedOn: extensionRequests.submittedOn,
      meetingCode: extensionRequests.meetingCode,
      updatedAt: extensionRequests.updatedAt,
    })
    .from(extensionRequests)
    .innerJoin(states, eq(states.iso3, extensionRequests.stateIso3))
    .where(iso3 ? eq(extensionRequests.stateIso3, iso3) : undefined)
    .orderBy(asc(extensionRequests.stateIso3), asc(extensionRequests.article), desc(extensionRequests.id));
  const named = rows
    .map((r) => ({ ...r, stateName: stateName(locale, r.stateIso3, r.stateName) }))
    .sort(byStateName(locale, (r) => r.stateName));
  if (!mayReadSomeDraft(actor)) return named.filter((r) => r.submittedOn !== null);
  return named.filter((r) => r.submittedOn !== null || canReadDraftOf(actor, r.stateIso3));
}

/** A request of the State for the article that is still a draft or submitted (one at a time). */
export async function standingRequestOf(db: Executor, iso3: string, article: number) {
  const [row] = await db
    .select({ id: extensionRequests.id, status: extensionRequests.status })
    .from(extensionRequests)
    .where(
      and(
        eq(extensionRequests.stateIso3, iso3),
        eq(extensionRequests.article, article),
        ne(extensionRequests.status, 'withdrawn'),
      ),
    )
    .orderBy(desc(extensionRequests.id))
    .limit(1);
  return row;
}

/** The requests of some States, for the profile's link (open obligations only need the latest). */
export async function requestsOfStates(db: Executor, iso3s: readonly string[]) {
  if (iso3s.length === 0) return [];
  return db
    .select({
      id: extensionRequests.id,
      stateIso3: extensionRequests.stateIso3,
      article: extensionRequests.article,
      status: extensionRequests.status,
    })
    .from(extensionRequests)
    .where(and(inArray(extensionRequests.stateIso3, [...iso3s]), ne(extensionRequests.status, 'withdrawn')))
    .orderBy(asc(extensionRequests.id));
}

/** The deadline-risk projection's basis for the obligation, or null when there is none. */
export function basisOf(risk: ObligationRisk | undefined): ProjectionBasis | null {
  if (!risk) return null;
  const p = risk.projection;
  const q = p.quantities.find((x) => x.quantity === p.binding) ?? p.quantities[0];
  return {
    deadline: p.deadline,
    expected: p.completion?.expected ?? null,
    rateMean: q?.rateMean ?? null,
    remaining: q?.remaining.value ?? null,
    remainingYear: q?.remaining.source.year ?? null,
    status: p.status,
  };
}

export async function projectionBasis(
  db: Executor,
  iso3: string,
  article: RequestArticle,
  today: string,
): Promise<ProjectionBasis | null> {
  const risks = await risksOfState(db, iso3, today);
  return basisOf(risks.find((r) => r.article === article));
}

/** The flag of a duration longer than the projection needs, for a request on a day. */
export async function flagsOf(
  db: Executor,
  r: Pick<RequestRow, 'stateIso3' | 'article' | 'durationYears'>,
  today: string,
): Promise<{ basis: ProjectionBasis | null; strictlyNecessary: StrictlyNecessaryFlag | null }> {
  const basis = await projectionBasis(db, r.stateIso3, r.article as RequestArticle, today);
  return { basis, strictlyNecessary: strictlyNecessaryFlag(r.durationYears, basis) };
}

export async function meetingRefs(db: Executor): Promise<MeetingRef[]> {
  return (await listMeetings(db)).map((m) => ({
    code: m.code,
    title: m.title,
    kind: m.kind,
    startsOn: m.startsOn,
  }));
}

/** The request whose submission recorded this obligation fact (the registry's `extension_requested`), if any. */
export async function findRequestForObligationEvent(
  db: Executor,
  eventId: number,
): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(extensionRequests)
    .where(eq(extensionRequests.obligationEventId, eventId));
  return row;
}
