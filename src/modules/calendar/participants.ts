import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { listStates, registryNames } from '../states/index.js';
import {
  type DelegationForFigures,
  groupDelegations,
  type ParticipantRow,
  type ParticipationFigures,
  participationFigures,
  type RowError,
} from './participation.js';
import { delegates, meetingDelegations } from './schema.js';
import type { DelegationStatus, Gender } from './vocabulary.js';

export interface DelegationView extends DelegationForFigures {
  stateIso3: string | null;
  organisation: string | null;
  /** The State's name in the registry, or the organisation's. */
  name: string;
  head: { name: string; gender: Gender } | null;
  members: number;
  women: number;
  survivors: number;
}

export interface ParticipationView {
  /** The day the States' status is read for: the meeting's first day (null when not known). */
  statusOn: string | null;
  delegations: DelegationView[];
  figures: ParticipationFigures;
}

/** Each State's status on a day, from the registry; organisations are observers. */
async function statusesOn(db: Executor, day: string | null): Promise<Map<string, DelegationStatus>> {
  if (!day) return new Map();
  return new Map((await listStates(db, day)).map((s) => [s.iso3, s.ccmStatus]));
}

function viewOf(
  group: {
    stateIso3: string | null;
    organisation: string | null;
    members: Array<{ name: string; gender: Gender; head: boolean; survivor: boolean }>;
  },
  names: Map<string, string>,
  statuses: Map<string, DelegationStatus>,
): DelegationView {
  const head = group.members.find((m) => m.head);
  return {
    stateIso3: group.stateIso3,
    organisation: group.organisation,
    name: group.stateIso3 ? (names.get(group.stateIso3) ?? group.stateIso3) : (group.organisation ?? ''),
    status: group.stateIso3 ? (statuses.get(group.stateIso3) ?? null) : 'observer',
    head: head ? { name: head.name, gender: head.gender } : null,
    members: group.members.length,
    women: group.members.filter((m) => m.gender === 'woman').length,
    survivors: group.members.filter((m) => m.survivor).length,
    delegates: group.members.map((m) => ({ gender: m.gender, head: m.head, survivor: m.survivor })),
  };
}

const sortViews = (views: DelegationView[]) =>
  views.sort(
    (a, b) =>
      Number(a.stateIso3 === null) - Number(b.stateIso3 === null) || a.name.localeCompare(b.name, 'en'),
  );

/** A meeting's recorded participation, with each State's status on the meeting's first day. */
export async function findParticipation(
  db: Executor,
  meeting: { id: number; startsOn: string | null },
): Promise<ParticipationView> {
  const rows = await db
    .select({
      stateIso3: meetingDelegations.stateIso3,
      organisation: meetingDelegations.organisation,
      name: delegates.name,
      gender: delegates.gender,
      head: delegates.head,
      survivor: delegates.survivor,
    })
    .from(delegates)
    .innerJoin(meetingDelegations, eq(meetingDelegations.id, delegates.delegationId))
    .where(eq(meetingDelegations.meetingId, meeting.id))
    .orderBy(asc(meetingDelegations.id), asc(delegates.position));
  const groups = groupDelegations(rows);
  const [names, statuses] = await Promise.all([
    registryNames(
      db,
      groups.flatMap((g) => (g.stateIso3 ? [g.stateIso3] : [])),
    ),
    rows.length ? statusesOn(db, meeting.startsOn) : Promise.resolve(new Map<string, DelegationStatus>()),
  ]);
  const views = sortViews(groups.map((g) => viewOf(g, names, statuses)));
  return { statusOn: meeting.startsOn, delegations: views, figures: participationFigures(views) };
}

/**
 * What an import would record, before it is saved: the delegations with their status on the day,
 * the figures, and the rows naming a State the registry does not hold.
 */
export async function previewParticipants(
  db: Executor,
  meeting: { startsOn: string | null },
  rows: readonly ParticipantRow[],
): Promise<ParticipationView & { errors: RowError[] }> {
  const groups = groupDelegations(rows);
  const [names, statuses] = await Promise.all([
    registryNames(
      db,
      rows.flatMap((r) => (r.stateIso3 ? [r.stateIso3] : [])),
    ),
    statusesOn(db, meeting.startsOn),
  ]);
  const errors = rows
    .filter((r) => r.stateIso3 && !names.has(r.stateIso3))
    .map((r) => ({
      line: r.line,
      field: 'delegation',
      key: 'calendar:participants.errors.unknownStateCode',
    }));
  const views = sortViews(groups.map((g) => viewOf(g, names, statuses)));
  return { statusOn: meeting.startsOn, delegations: views, figures: participationFigures(views), errors };
}
