import { and, asc, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { citeSources, obligationEvents, obligations, registryNames, states } from '../states/index.js';
import { MeetingNotFoundError } from './errors.js';
import { findParticipation, type ParticipationView } from './participants.js';
import { isOpenActionItem } from './rules.js';
import { actionItemStates, actionItems, meetingDocuments, meetingStatements, meetings } from './schema.js';
import type {
  ActionItemStatus,
  MeetingKind,
  OfficeArea,
  OwnerKind,
  StatementTag,
  StatementTopic,
} from './vocabulary.js';

export interface StateRef {
  iso3: string;
  name: string;
}

export interface MeetingSummary {
  code: string;
  kind: MeetingKind;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  venue: string | null;
  presidingState: StateRef | null;
  president: string | null;
  /** A host that is a State in the registry carries its code; an organisation is its name. */
  hosts: Array<{ iso3: string | null; name: string }>;
  reportingWindow: { from: string; to: string; censusDate: string | null } | null;
  openActionItems: number;
}

export interface ActionItemView {
  id: number;
  meetingCode: string;
  meetingTitle: string;
  meetingStartsOn: string | null;
  what: string;
  ownerKind: OwnerKind;
  owner: string | null;
  /** The State's name when the owner is a State. */
  ownerName: string | null;
  dueOn: string | null;
  status: ActionItemStatus;
  note: string | null;
  source: string | null;
  /** The Coordinators' thematic area it belongs to, when one is recorded. */
  area: OfficeArea | null;
  states: StateRef[];
}

export interface MeetingDecision {
  iso3: string;
  stateName: string;
  article: number;
  kind: string;
  outcome: string | null;
  newDeadline: string | null;
  occurredOn: string | null;
  source: string | null;
  /** False for a request considered here whose decision is not recorded with this meeting. */
  decisionRecorded: boolean;
}

export interface StatementView {
  id: number;
  /** The State that spoke, or null for an organisation. */
  state: StateRef | null;
  organisation: string | null;
  topic: StatementTopic;
  summary: string;
  tags: StatementTag[];
  href: string | null;
  source: string | null;
}

export interface MeetingView extends MeetingSummary {
  agenda: string[];
  documents: Array<{ symbol: string | null; title: string; href: string | null }>;
  participantsTotal: number | null;
  participantsApproximate: boolean;
  participationNote: string | null;
  summary: string | null;
  keyPoints: string[];
  notes: string | null;
  sources: string[];
  actionItems: ActionItemView[];
  /** Facts in the States registry recorded as taken or made at this meeting. */
  decisions: MeetingDecision[];
  participation: ParticipationView;
  statements: StatementView[];
}

type MeetingRow = typeof meetings.$inferSelect;

function summaryOf(m: MeetingRow, names: Map<string, string>, open: number): MeetingSummary {
  const iso3 = m.presidingStateIso3;
  return {
    code: m.code,
    kind: m.kind,
    title: m.title,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    venue: m.venue,
    presidingState: iso3 ? { iso3, name: names.get(iso3) ?? iso3 } : null,
    president: m.president,
    hosts: m.hosts.map((h) => (names.has(h) ? { iso3: h, name: names.get(h)! } : { iso3: null, name: h })),
    reportingWindow:
      m.reportingFrom && m.reportingTo
        ? { from: m.reportingFrom, to: m.reportingTo, censusDate: m.censusDate }
        : null,
    openActionItems: open,
  };
}

async function openCounts(db: Executor): Promise<Map<number, number>> {
  const rows = await db
    .select({ meetingId: actionItems.meetingId, n: sql<number>`count(*)::int` })
    .from(actionItems)
    .where(and(inArray(actionItems.status, ['open', 'not_known']), isNotNull(actionItems.meetingId)))
    .groupBy(actionItems.meetingId);
  return new Map(rows.map((r) => [r.meetingId!, Number(r.n)]));
}

type ItemOwner = { ownerKind: string; owner: string | null };

/**
 * The names action items carry: the States each one concerns (by name, then code) and the name of
 * an owner that is a State.
 */
async function actionItemNames(db: Executor, items: ReadonlyArray<ItemOwner & { id: number }>) {
  const ids = items.map((i) => i.id);
  const links = ids.length
    ? await db
        .select({ id: actionItemStates.actionItemId, iso3: states.iso3, name: states.name })
        .from(actionItemStates)
        .innerJoin(states, eq(states.iso3, actionItemStates.stateIso3))
        .where(inArray(actionItemStates.actionItemId, ids))
        .orderBy(asc(states.name), asc(states.iso3))
    : [];
  const stateOwner = (i: ItemOwner) => (i.ownerKind === 'state' && i.owner ? i.owner : null);
  const owners = await registryNames(
    db,
    items.flatMap((i) => stateOwner(i) ?? []),
  );
  return {
    ownerName: (i: ItemOwner) => {
      const iso3 = stateOwner(i);
      return iso3 ? (owners.get(iso3) ?? iso3) : null;
    },
    statesOf: (i: { id: number }) =>
      links.filter((l) => l.id === i.id).map((l) => ({ iso3: l.iso3, name: l.name })),
  };
}

/** Every meeting, the latest first; a meeting whose dates are not known comes last. */
export async function listMeetings(
  db: Executor,
  filters: { kind?: MeetingKind } = {},
): Promise<MeetingSummary[]> {
  const rows = await db
    .select()
    .from(meetings)
    .where(filters.kind ? eq(meetings.kind, filters.kind) : undefined)
    .orderBy(sql`${meetings.startsOn} desc nulls last`, asc(meetings.code));
  const names = await registryNames(
    db,
    rows.flatMap((r) => [...(r.presidingStateIso3 ? [r.presidingStateIso3] : []), ...r.hosts]),
  );
  const open = await openCounts(db);
  return rows.map((r) => summaryOf(r, names, open.get(r.id) ?? 0));
}

async function actionItemViews(
  db: Executor,
  where: { meetingId?: number; openOnly?: boolean; ids?: readonly number[] },
): Promise<ActionItemView[]> {
  const conditions = [
    where.meetingId !== undefined ? eq(actionItems.meetingId, where.meetingId) : undefined,
    where.ids !== undefined ? inArray(actionItems.id, [...where.ids]) : undefined,
    where.openOnly ? inArray(actionItems.status, ['open', 'not_known']) : undefined,
  ].filter((c) => c !== undefined);
  const rows = await db
    .select({
      item: actionItems,
      meetingCode: meetings.code,
      meetingTitle: meetings.title,
      meetingStartsOn: meetings.startsOn,
    })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(sql`${meetings.startsOn} desc nulls last`, asc(actionItems.id));
  const { ownerName, statesOf } = await actionItemNames(
    db,
    rows.map((r) => r.item),
  );
  return rows.map(({ item, meetingCode, meetingTitle, meetingStartsOn }) => ({
    id: item.id,
    meetingCode,
    meetingTitle,
    meetingStartsOn,
    what: item.what,
    ownerKind: item.ownerKind,
    owner: item.owner,
    ownerName: ownerName(item),
    dueOn: item.dueOn,
    status: item.status,
    note: item.note,
    source: item.source,
    area: item.area,
    states: statesOf(item),
  }));
}

/** Action items nobody has reported done or dropped, across meetings, the latest meeting first. */
export async function listOpenActionItems(db: Executor): Promise<ActionItemView[]> {
  const rows = await actionItemViews(db, { openOnly: true });
  return rows.filter((r) => isOpenActionItem(r.status));
}

/** The action items with the given ids (for another module's links), the latest meeting first. */
export async function listActionItemsByIds(db: Executor, ids: readonly number[]): Promise<ActionItemView[]> {
  return ids.length ? actionItemViews(db, { ids }) : [];
}

export async function findActionItem(db: Executor, id: number): Promise<ActionItemView | undefined> {
  const [row] = await db
    .select({ meetingId: actionItems.meetingId })
    .from(actionItems)
    .where(eq(actionItems.id, id));
  if (!row?.meetingId) return undefined;
  return (await actionItemViews(db, { meetingId: row.meetingId })).find((a) => a.id === id);
}

/** An action item wherever it comes from: a meeting's (with the meeting), or agreed elsewhere (none). */
export interface ActionItemRecord {
  id: number;
  meeting: { code: string; title: string; startsOn: string | null } | null;
  what: string;
  ownerKind: OwnerKind;
  owner: string | null;
  /** The State's name when the owner is a State. */
  ownerName: string | null;
  ownerUserId: string | null;
  area: OfficeArea | null;
  dueOn: string | null;
  status: ActionItemStatus;
  note: string | null;
  source: string | null;
  recordedBy: string | null;
  states: StateRef[];
}

/**
 * Action items matching any of the filters: those with the given ids, those a person owns or
 * recorded, those of the given areas. `'all'` lists every one. Ordered by due date (unknown last),
 * then id, the same on both engines.
 */
export async function listActionItemRecords(
  db: Executor,
  filter: 'all' | { ids?: readonly number[]; userId?: string; areas?: readonly OfficeArea[] },
): Promise<ActionItemRecord[]> {
  let where: SQL | undefined;
  if (filter !== 'all') {
    const any = [
      filter.ids?.length ? inArray(actionItems.id, [...filter.ids]) : undefined,
      filter.userId
        ? or(eq(actionItems.ownerUserId, filter.userId), eq(actionItems.recordedBy, filter.userId))
        : undefined,
      filter.areas?.length ? inArray(actionItems.area, [...filter.areas]) : undefined,
    ].filter((c) => c !== undefined);
    if (!any.length) return [];
    where = or(...any);
  }
  const rows = await db
    .select({ item: actionItems, code: meetings.code, title: meetings.title, startsOn: meetings.startsOn })
    .from(actionItems)
    .leftJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .where(where)
    .orderBy(sql`${actionItems.dueOn} asc nulls last`, asc(actionItems.id));
  const { ownerName, statesOf } = await actionItemNames(
    db,
    rows.map((r) => r.item),
  );
  return rows.map(({ item, code, title, startsOn }) => ({
    id: item.id,
    meeting: code !== null && title !== null ? { code, title, startsOn } : null,
    what: item.what,
    ownerKind: item.ownerKind,
    owner: item.owner,
    ownerName: ownerName(item),
    ownerUserId: item.ownerUserId,
    area: item.area,
    dueOn: item.dueOn,
    status: item.status,
    note: item.note,
    source: item.source,
    recordedBy: item.recordedBy,
    states: statesOf(item),
  }));
}

/** One meeting with its documents, records, action items and the registry facts dated by it; undefined if unknown. */
export async function findMeeting(db: Executor, code: string): Promise<MeetingView | undefined> {
  const [m] = await db.select().from(meetings).where(eq(meetings.code, code));
  if (!m) return undefined;
  const [documents, items, decisions, participation, statementRows] = await Promise.all([
    db
      .select({ symbol: meetingDocuments.symbol, title: meetingDocuments.title, href: meetingDocuments.href })
      .from(meetingDocuments)
      .where(eq(meetingDocuments.meetingId, m.id))
      .orderBy(asc(meetingDocuments.position)),
    actionItemViews(db, { meetingId: m.id }),
    db
      .select({
        iso3: states.iso3,
        stateName: states.name,
        article: obligations.article,
        kind: obligationEvents.kind,
        outcome: obligationEvents.outcome,
        newDeadline: obligationEvents.newDeadline,
        occurredOn: obligationEvents.occurredOn,
        source: obligationEvents.source,
      })
      .from(obligationEvents)
      .innerJoin(obligations, eq(obligations.id, obligationEvents.obligationId))
      .innerJoin(states, eq(states.iso3, obligations.stateIso3))
      .where(eq(obligationEvents.meeting, m.code))
      .orderBy(asc(states.name), asc(obligations.article), desc(obligationEvents.id)),
    findParticipation(db, m),
    db
      .select({ s: meetingStatements, stateName: states.name })
      .from(meetingStatements)
      .leftJoin(states, eq(states.iso3, meetingStatements.stateIso3))
      .where(eq(meetingStatements.meetingId, m.id))
      .orderBy(asc(meetingStatements.id)),
  ]);
  const names = await registryNames(db, [
    ...(m.presidingStateIso3 ? [m.presidingStateIso3] : []),
    ...m.hosts,
  ]);
  const open = items.filter((i) => isOpenActionItem(i.status)).length;
  return {
    ...summaryOf(m, names, open),
    agenda: m.agenda,
    documents,
    participantsTotal: m.participantsTotal,
    participantsApproximate: m.participantsApproximate,
    participationNote: m.participationNote,
    summary: m.summary,
    keyPoints: m.keyPoints,
    notes: m.notes,
    sources: m.sources,
    actionItems: items,
    decisions: decisions.map((d) => ({
      ...d,
      kind: d.kind as string,
      source: d.source ? citeSources(d.source) : null,
      decisionRecorded:
        d.kind !== 'extension_requested' ||
        decisions.some((o) => o.kind === 'extension_decided' && o.iso3 === d.iso3 && o.article === d.article),
    })),
    participation,
    statements: statementRows.map(({ s, stateName }) => ({
      id: s.id,
      state: s.stateIso3 ? { iso3: s.stateIso3, name: stateName ?? s.stateIso3 } : null,
      organisation: s.organisation,
      topic: s.topic,
      summary: s.summary,
      tags: s.tags,
      href: s.href,
      source: s.source,
    })),
  };
}

/** The code as recorded, for an address typed in another case (`/meetings/11msp`). */
export async function findMeetingCodeIgnoringCase(db: Executor, code: string): Promise<string | undefined> {
  const [row] = await db
    .select({ code: meetings.code })
    .from(meetings)
    .where(sql`lower(${meetings.code}) = lower(${code})`)
    .limit(1);
  return row?.code;
}

export async function getMeeting(db: Executor, code: string): Promise<MeetingView> {
  const m = await findMeeting(db, code);
  if (!m) throw new MeetingNotFoundError(code);
  return m;
}
