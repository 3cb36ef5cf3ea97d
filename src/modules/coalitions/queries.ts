import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { type ActionItemView, listActionItemsByIds } from '../calendar/index.js';
import { actionItems, meetings } from '../calendar/schema.js';
import { type LedgerRow, listNeeds, loadLedger, type NeedView } from '../cooperation/index.js';
import { states } from '../states/schema.js';
import { type ShownStatus, shownStatus } from './dormancy.js';
import { CoalitionNotFoundError } from './errors.js';
import { canSeeUnpublishedOf } from './policy.js';
import { coalitionMeetings, coalitionMembers, coalitionNeeds, coalitions } from './schema.js';
import type { CoalitionStatus, MemberKind } from './vocabulary.js';

export interface MemberView {
  kind: MemberKind;
  stateIso3: string | null;
  /** The State's registry name, or the organisation or operator as written. */
  name: string;
  role: string | null;
}

export interface CoalitionSummary extends ShownStatus {
  id: number;
  state: { iso3: string; name: string };
  name: string;
  members: MemberView[];
  areas: string[];
  establishedOn: string | null;
  storedStatus: CoalitionStatus;
  source: string;
  published: boolean;
  lastConfirmedOn: string;
  notes: string | null;
}

export interface CoalitionView extends CoalitionSummary {
  meetings: Array<{ code: string; title: string; startsOn: string | null }>;
  /** The action items of its meetings, as the calendar records them. */
  actionItems: ActionItemView[];
  /** The needs it covers, as the reader may see them (the public: only those the State published). */
  needs: NeedView[];
  /** Ledger flows from its members to its State, counted or not, as the cooperation ledger reads them. */
  flows: LedgerRow[];
}

const mayRead = (actor: Actor, row: { published: boolean; stateIso3: string }) =>
  row.published || canSeeUnpublishedOf(actor, row.stateIso3);

async function summaries(db: Executor, today: string, id?: number): Promise<CoalitionSummary[]> {
  const rows = await db
    .select({ c: coalitions, stateName: states.name })
    .from(coalitions)
    .innerJoin(states, eq(states.iso3, coalitions.stateIso3))
    .where(id === undefined ? undefined : eq(coalitions.id, id))
    .orderBy(asc(states.name), asc(coalitions.name), asc(coalitions.id));
  if (!rows.length) return [];
  const members = await db
    .select({
      coalitionId: coalitionMembers.coalitionId,
      kind: coalitionMembers.kind,
      stateIso3: coalitionMembers.stateIso3,
      name: coalitionMembers.name,
      stateName: states.name,
      role: coalitionMembers.role,
    })
    .from(coalitionMembers)
    .leftJoin(states, eq(states.iso3, coalitionMembers.stateIso3))
    .where(
      inArray(
        coalitionMembers.coalitionId,
        rows.map((r) => r.c.id),
      ),
    )
    .orderBy(asc(coalitionMembers.coalitionId), asc(coalitionMembers.position));
  return rows.map(({ c, stateName }) => ({
    id: c.id,
    state: { iso3: c.stateIso3, name: stateName },
    name: c.name,
    members: members
      .filter((m) => m.coalitionId === c.id)
      .map((m) => ({
        kind: m.kind,
        stateIso3: m.stateIso3,
        name: m.stateName ?? m.name ?? '',
        role: m.role,
      })),
    areas: c.areas,
    establishedOn: c.establishedOn,
    storedStatus: c.status,
    source: c.source,
    published: c.published,
    lastConfirmedOn: c.lastConfirmedOn,
    notes: c.notes,
    ...shownStatus(c.status, c.lastConfirmedOn, today),
  }));
}

/** The coalitions this actor may see (the public: those their State agreed to publish), by State and name. */
export async function listCoalitions(db: Executor, actor: Actor, today: string): Promise<CoalitionSummary[]> {
  return (await summaries(db, today)).filter((c) =>
    mayRead(actor, { published: c.published, stateIso3: c.state.iso3 }),
  );
}

/** A name as the ledger and a member may write it, for comparing: case, accents and punctuation aside. */
const comparable = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The names a member may be written as: in full, without its abbreviation in brackets, or the abbreviation. */
const aliases = (name: string) => {
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  return [name, ...(bracket ? [bracket[1] ?? '', bracket[2] ?? ''] : [])].map(comparable).filter(Boolean);
};

/**
 * Pure: the ledger rows that flow from a coalition's members to its State. A State member matches by
 * its code; an organisation or operator by its name as written (case and punctuation aside), with or without
 * its abbreviation in brackets, or by the abbreviation alone.
 */
export function flowsFromMembers(rows: readonly LedgerRow[], c: Pick<CoalitionSummary, 'state' | 'members'>) {
  const codes = new Set(c.members.flatMap((m) => (m.stateIso3 ? [m.stateIso3] : [])));
  const names = new Set(c.members.filter((m) => !m.stateIso3).flatMap((m) => aliases(m.name)));
  return rows.filter(
    (r) =>
      r.recipientIso3 === c.state.iso3 &&
      (r.providerIso3 ? codes.has(r.providerIso3) : aliases(r.providerName).some((a) => names.has(a))),
  );
}

/** One coalition with its meetings, action items, needs and flows; not found for a reader who may not see it. */
export async function getCoalitionForActor(
  db: Executor,
  actor: Actor,
  id: number,
  today: string,
  /** The reader's language: the flows from its partners in the order of their names in it. */
  locale?: string,
): Promise<CoalitionView> {
  const [c] = await summaries(db, today, id);
  if (!c || !mayRead(actor, { published: c.published, stateIso3: c.state.iso3 }))
    throw new CoalitionNotFoundError(id);
  const linkedMeetings = await db
    .select({ id: meetings.id, code: meetings.code, title: meetings.title, startsOn: meetings.startsOn })
    .from(coalitionMeetings)
    .innerJoin(meetings, eq(meetings.id, coalitionMeetings.meetingId))
    .where(eq(coalitionMeetings.coalitionId, id))
    .orderBy(asc(meetings.startsOn), asc(meetings.code));
  const itemIds = linkedMeetings.length
    ? (
        await db
          .select({ id: actionItems.id })
          .from(actionItems)
          .where(
            inArray(
              actionItems.meetingId,
              linkedMeetings.map((m) => m.id),
            ),
          )
          .orderBy(asc(actionItems.id))
      ).map((r) => r.id)
    : [];
  const needIds = new Set(
    (
      await db
        .select({ id: coalitionNeeds.needId })
        .from(coalitionNeeds)
        .where(eq(coalitionNeeds.coalitionId, id))
    ).map((r) => r.id),
  );
  const [items, stateNeeds, ledger] = await Promise.all([
    listActionItemsByIds(db, itemIds),
    needIds.size ? listNeeds(db, { actor, today, stateIso3: c.state.iso3 }) : Promise.resolve([]),
    loadLedger(db, { recipientIso3: c.state.iso3 }, locale),
  ]);
  return {
    ...c,
    meetings: linkedMeetings.map(({ code, title, startsOn }) => ({ code, title, startsOn })),
    actionItems: items,
    needs: stateNeeds.filter((n) => needIds.has(n.id)),
    flows: flowsFromMembers(ledger, c),
  };
}

/** The linked need ids of a coalition, for the link forms (every need, whatever the reader sees). */
export async function linkedNeedIds(db: Executor, id: number): Promise<number[]> {
  return (
    await db
      .select({ id: coalitionNeeds.needId })
      .from(coalitionNeeds)
      .where(eq(coalitionNeeds.coalitionId, id))
      .orderBy(asc(coalitionNeeds.needId))
  ).map((r) => r.id);
}

/**
 * The coalitions in place on a day (the Progress Report's census date): stored as active,
 * established by then (or with no known date), and not lapsed on that day — confirmed within the
 * year before it, or by a document of a later date that says it was in place. Only today's status is
 * stored, so a coalition closed since then is not counted. Every coalition whatever its consent to
 * publish: a count names no detail.
 */
export async function coalitionsActiveOn(
  db: Executor,
  day: string,
): Promise<Array<{ id: number; stateIso3: string; name: string; source: string; lastConfirmedOn: string }>> {
  const rows = await db
    .select({
      id: coalitions.id,
      stateIso3: coalitions.stateIso3,
      name: coalitions.name,
      source: coalitions.source,
      status: coalitions.status,
      establishedOn: coalitions.establishedOn,
      lastConfirmedOn: coalitions.lastConfirmedOn,
    })
    .from(coalitions)
    .orderBy(asc(coalitions.stateIso3), asc(coalitions.id));
  return rows
    .filter(
      (r) =>
        (r.establishedOn === null || r.establishedOn <= day) &&
        shownStatus(r.status, r.lastConfirmedOn, day).status === 'active',
    )
    .map(({ id, stateIso3, name, source, lastConfirmedOn }) => ({
      id,
      stateIso3,
      name,
      source,
      lastConfirmedOn,
    }));
}
