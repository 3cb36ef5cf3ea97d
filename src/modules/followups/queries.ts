import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { comparePartialDates } from '../../kernel/dates.js';
import { NotFoundError } from '../../kernel/errors.js';
import { compareText, stateName } from '../../kernel/i18n/state-names.js';
import { coordinatorAreas } from '../accounts/index.js';
import { users } from '../accounts/schema.js';
import { type ActionItemRecord, listActionItemRecords, type OfficeArea } from '../calendar/index.js';
import { listNeeds } from '../cooperation/index.js';
import { listRisks, type RiskStatus, riskStatuses } from '../risk/index.js';
import { states } from '../states/schema.js';
import { canReadFollowUps } from './policy.js';
import { isOverdue } from './rules.js';
import { contactActionItems, contacts } from './schema.js';

export interface StateRef {
  iso3: string;
  name: string;
}

export interface ContactView {
  id: number;
  state: StateRef;
  contactedOn: string;
  area: OfficeArea;
  stateSide: string;
  otherParticipants: string | null;
  outcome: string;
  nextStep: string | null;
  /** The person who recorded it, by their account's name; null for the system. */
  recordedBy: { id: string; name: string } | null;
  actionItemIds: number[];
}

/** What an action item concerns: the meeting that asked for it, or the contact it is the next step of. */
export type Concerns =
  | { kind: 'meeting'; code: string; title: string }
  | { kind: 'contact'; id: number; state: StateRef; contactedOn: string }
  | { kind: 'other' };

export interface FollowUpItem extends ActionItemRecord {
  concerns: Concerns;
  /** The owner's account name, when a person is named. */
  ownerPersonName: string | null;
  overdue: boolean;
}

async function contactViews(db: Executor, where: { ids?: number[]; stateIso3?: string }) {
  const rows = await db
    .select({ c: contacts, stateName: states.name, recorderName: users.name })
    .from(contacts)
    .innerJoin(states, eq(states.iso3, contacts.stateIso3))
    .leftJoin(users, eq(users.id, contacts.recordedBy))
    .where(
      where.ids
        ? inArray(contacts.id, where.ids)
        : where.stateIso3
          ? eq(contacts.stateIso3, where.stateIso3)
          : undefined,
    )
    .orderBy(desc(contacts.contactedOn), desc(contacts.id));
  const ids = rows.map((r) => r.c.id);
  const links = ids.length
    ? await db
        .select()
        .from(contactActionItems)
        .where(inArray(contactActionItems.contactId, ids))
        .orderBy(asc(contactActionItems.actionItemId))
    : [];
  return rows.map(
    ({ c, stateName, recorderName }): ContactView => ({
      id: c.id,
      state: { iso3: c.stateIso3, name: stateName },
      contactedOn: c.contactedOn,
      area: c.area,
      stateSide: c.stateSide,
      otherParticipants: c.otherParticipants,
      outcome: c.outcome,
      nextStep: c.nextStep,
      recordedBy: c.recordedBy ? { id: c.recordedBy, name: recorderName ?? c.recordedBy } : null,
      actionItemIds: links.filter((l) => l.contactId === c.id).map((l) => l.actionItemId),
    }),
  );
}

/**
 * The contacts the actor may read, the latest first (all, or one State's). Only the ISU and the
 * Coordinators read contacts: anyone else gets none, a focal point of the State concerned included.
 */
export async function listContacts(
  db: Executor,
  actor: Actor,
  filter: { stateIso3?: string } = {},
): Promise<ContactView[]> {
  if (!canReadFollowUps(actor)) return [];
  return contactViews(db, filter);
}

/** One contact, for a reader of contacts; NotFoundError otherwise, so its existence is not told. */
export async function getContact(db: Executor, actor: Actor, id: number): Promise<ContactView> {
  const [contact] = canReadFollowUps(actor) ? await contactViews(db, { ids: [id] }) : [];
  if (!contact) throw new NotFoundError('contact', String(id));
  return contact;
}

async function withConcerns(db: Executor, items: ActionItemRecord[], today: string): Promise<FollowUpItem[]> {
  const ids = items.map((i) => i.id);
  const links = ids.length
    ? await db
        .select({
          itemId: contactActionItems.actionItemId,
          contactId: contacts.id,
          iso3: contacts.stateIso3,
          name: states.name,
          contactedOn: contacts.contactedOn,
        })
        .from(contactActionItems)
        .innerJoin(contacts, eq(contacts.id, contactActionItems.contactId))
        .innerJoin(states, eq(states.iso3, contacts.stateIso3))
        .where(inArray(contactActionItems.actionItemId, ids))
        .orderBy(asc(contacts.id))
    : [];
  const personIds = [...new Set(items.flatMap((i) => (i.ownerUserId ? [i.ownerUserId] : [])))];
  const people = personIds.length
    ? new Map(
        (
          await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, personIds))
        ).map((u) => [u.id, u.name]),
      )
    : new Map<string, string>();
  return items.map((item) => {
    const link = links.find((l) => l.itemId === item.id);
    const concerns: Concerns = item.meeting
      ? { kind: 'meeting', code: item.meeting.code, title: item.meeting.title }
      : link
        ? {
            kind: 'contact',
            id: link.contactId,
            state: { iso3: link.iso3, name: link.name },
            contactedOn: link.contactedOn,
          }
        : { kind: 'other' };
    return {
      ...item,
      concerns,
      ownerPersonName: item.ownerUserId ? (people.get(item.ownerUserId) ?? null) : null,
      overdue: isOverdue(item, today),
    };
  });
}

/** One action item with what it concerns, for a reader of follow-ups; undefined otherwise. */
export async function findFollowUpItem(
  db: Executor,
  actor: Actor,
  id: number,
  today: string,
): Promise<FollowUpItem | undefined> {
  if (!canReadFollowUps(actor)) return undefined;
  const [item] = await withConcerns(db, await listActionItemRecords(db, { ids: [id] }), today);
  return item;
}

/** The action items of one contact, for a reader of contacts. */
export async function contactItems(
  db: Executor,
  contact: ContactView,
  today: string,
): Promise<FollowUpItem[]> {
  if (!contact.actionItemIds.length) return [];
  return withConcerns(db, await listActionItemRecords(db, { ids: contact.actionItemIds }), today);
}

/** Items of contacts are the readers' only; meetings' items are public on the meetings' pages. */
const visibleTo = (actor: Actor) => (i: FollowUpItem) =>
  canReadFollowUps(actor) || i.concerns.kind !== 'contact';

/**
 * The follow-ups list: the actor's own (`mine`: items they own as a person or recorded) or an
 * area's. Readers of follow-ups only (the ISU and the Coordinators); anyone else gets none.
 */
export async function listFollowUps(
  db: Executor,
  actor: Actor,
  today: string,
  filter: { area: OfficeArea } | { mine: true },
): Promise<FollowUpItem[]> {
  if (!canReadFollowUps(actor)) return [];
  const records = await listActionItemRecords(
    db,
    'area' in filter ? { areas: [filter.area] } : { userId: actor.id ?? undefined },
  );
  return withConcerns(db, records, today);
}

/**
 * A person's follow-ups, for a start page: the items they own as a person or recorded, and for a
 * Coordinator the items of the areas they hold today (accounts' `coordinatorAreas`). A focal point
 * gets its State's items from meetings (a contact's items are not theirs to read); the public none.
 */
export async function followUpsFor(db: Executor, actor: Actor, today: string): Promise<FollowUpItem[]> {
  if (actor.kind !== 'user' || !actor.id) return [];
  if (!canReadFollowUps(actor)) {
    if (!actor.stateIso3 || actor.role !== 'focal_point') return [];
    const iso3 = actor.stateIso3;
    const all = await withConcerns(db, await listActionItemRecords(db, 'all'), today);
    return all.filter((i) => i.ownerKind === 'state' && i.owner === iso3 && visibleTo(actor)(i));
  }
  const areas = actor.role === 'coordinator' ? await coordinatorAreas(db, actor.id, today) : [];
  return withConcerns(db, await listActionItemRecords(db, { userId: actor.id, areas }), today);
}

/** The worklist's orders (`?sort=`). */
export const worklistSorts = ['deadline', 'state', 'risk', 'evidence', 'lastContact'] as const;
export type WorklistSort = (typeof worklistSorts)[number];

export interface WorklistRow {
  state: StateRef;
  article: 3 | 4;
  /** The deadline in force, as precise as the registry has it; null when not known. */
  deadline: string | null;
  risk: RiskStatus;
  includesDemonstrationData: boolean;
  /** The mean evidence score (0–5) of the State's needs still open, and how many; null: no such need. */
  evidence: { mean: number; needs: number } | null;
  /** The State's Country Coalition: not known until the coalitions module is wired in (decision 026). */
  coalition: { name: string; href: string } | null;
  lastContact: { id: number; contactedOn: string; area: OfficeArea } | null;
}

/** A Country Coalition reader the app may hand in once that module exists. */
export type CoalitionOf = (
  iso3s: readonly string[],
) => Promise<ReadonlyMap<string, { name: string; href: string }>>;

const nullsLast = <T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : cmp(a, b);

/**
 * Seed 000 (3d, 3e): the States Parties with an open Article 3 or 4 obligation, its deadline, the
 * risk of missing it (risk module), their needs' evidence (cooperation), their coalition and the
 * last contact with them. Readers of follow-ups only.
 */
export async function listWorklist(
  db: Executor,
  actor: Actor,
  today: string,
  sort: WorklistSort = 'deadline',
  coalitionOf?: CoalitionOf,
  /** The reader's language: each State named in it, and `state` (and every tie) in its order. */
  locale = 'en',
): Promise<WorklistRow[]> {
  if (!canReadFollowUps(actor)) return [];
  const risks = [...(await listRisks(db, today)).values()];
  const iso3s = [...new Set(risks.map((r) => r.iso3))];
  if (!iso3s.length) return [];
  const [names, needs, contactRows, coalitions] = await Promise.all([
    db.select({ iso3: states.iso3, name: states.name }).from(states).where(inArray(states.iso3, iso3s)),
    listNeeds(db, { actor, today }),
    db
      .select({
        id: contacts.id,
        iso3: contacts.stateIso3,
        contactedOn: contacts.contactedOn,
        area: contacts.area,
      })
      .from(contacts)
      .where(inArray(contacts.stateIso3, iso3s))
      .orderBy(desc(contacts.contactedOn), desc(contacts.id)),
    coalitionOf ? coalitionOf(iso3s) : Promise.resolve(new Map<string, { name: string; href: string }>()),
  ]);
  const nameOf = new Map(names.map((n) => [n.iso3, n.name]));
  const rows = risks.map((r): WorklistRow => {
    const open = needs.filter(
      (n) => n.stateIso3 === r.iso3 && (n.status === 'open' || n.status === 'partly_met'),
    );
    const last = contactRows.find((c) => c.iso3 === r.iso3);
    return {
      state: { iso3: r.iso3, name: stateName(locale, r.iso3, nameOf.get(r.iso3)) },
      article: r.article,
      deadline: r.projection.deadline,
      risk: r.projection.status,
      includesDemonstrationData: r.projection.includesDemonstrationData,
      evidence: open.length
        ? {
            mean: Math.round((open.reduce((s, n) => s + n.evidence.score, 0) / open.length) * 10) / 10,
            needs: open.length,
          }
        : null,
      coalition: coalitions.get(r.iso3) ?? null,
      lastContact: last ? { id: last.id, contactedOn: last.contactedOn, area: last.area } : null,
    };
  });
  const compare = compareText(locale);
  const byState = (a: WorklistRow, b: WorklistRow) =>
    compare(a.state.name, b.state.name) || a.article - b.article;
  const orders: Record<WorklistSort, (a: WorklistRow, b: WorklistRow) => number> = {
    deadline: (a, b) => nullsLast(a.deadline, b.deadline, comparePartialDates),
    state: () => 0,
    risk: (a, b) => riskStatuses.indexOf(a.risk) - riskStatuses.indexOf(b.risk),
    // The weakest evidence first: that is where a Coordinator's help is needed.
    evidence: (a, b) => nullsLast(a.evidence?.mean ?? null, b.evidence?.mean ?? null, (x, y) => x - y),
    // The State not contacted for longest first, never contacted before all.
    lastContact: (a, b) =>
      a.lastContact === null
        ? b.lastContact === null
          ? 0
          : -1
        : b.lastContact === null
          ? 1
          : a.lastContact.contactedOn.localeCompare(b.lastContact.contactedOn),
  };
  return rows.sort((a, b) => orders[sort](a, b) || byState(a, b));
}
