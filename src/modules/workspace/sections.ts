import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { addDays } from '../../kernel/dates.js';
import { coordinatorAreas } from '../accounts/index.js';
import {
  type ActionItemView,
  listMeetings,
  listOpenActionItems,
  type OfficeArea,
} from '../calendar/index.js';
import {
  countEntriesToReview,
  listNeeds,
  listResponsesFor,
  needsMatchingPartner,
} from '../cooperation/index.js';
import { followUpsFor } from '../followups/index.js';
import { inboxFor, listOutbox, unreadCountFor } from '../outbox/index.js';
import { annualReportDue, complianceForYear, defaultReportingYear } from '../reports/index.js';
import { type EarlyWarning, listRisks, riskKey } from '../risk/index.js';
import { listDeadlines, listStateNames } from '../states/index.js';

/*
 * What each role's start page shows, read through the other modules' public faces only. Every
 * list is bounded; the page links to the full list behind each one.
 */

/** A need lapses unless reconfirmed: it is "about to" within this many days. */
export const LAPSE_WARNING_DAYS = 60;
/** Items shown per section; the section's link leads to the rest. */
export const SHOWN = 10;

export async function unreadFor(db: Executor, actor: Actor) {
  if (!actor.id) return { count: 0, latest: [] };
  const [count, latest] = await Promise.all([
    unreadCountFor(db, actor.id),
    inboxFor(db, actor.id, { unreadOnly: true, limit: 5 }),
  ]);
  return { count, latest };
}

/** A focal point's own State's reports: the annual one overdue or due, the initial one overdue. */
export async function reportsDueFor(db: Executor, iso3: string, today: string) {
  const year = defaultReportingYear(today);
  const data = await complianceForYear(db, year, today);
  const row = data.rows.find((r) => r.iso3 === iso3);
  const out: Array<{ kind: 'annual' | 'initial'; year: number | null; due: string; overdue: boolean }> = [];
  const initial = data.initialOverdue.find((r) => r.iso3 === iso3);
  if (initial) out.push({ kind: 'initial', year: null, due: initial.due, overdue: true });
  if (row && (row.status === 'not_yet' || row.status === 'not_recorded' || row.status === 'not_due'))
    out.push({ kind: 'annual', year, due: row.due, overdue: row.status !== 'not_due' });
  // The next annual report, once the State owes annual reports at all.
  if (row) out.push({ kind: 'annual', year: year + 1, due: annualReportDue(year + 1), overdue: false });
  return out;
}

/** A State's open needs whose confirmation runs out within LAPSE_WARNING_DAYS. */
export async function needsAboutToLapse(db: Executor, actor: Actor, iso3: string, today: string) {
  const horizon = addDays(today, LAPSE_WARNING_DAYS);
  const needs = await listNeeds(db, { actor, today, stateIso3: iso3 });
  return needs
    .filter((n) => (n.status === 'open' || n.status === 'partly_met') && n.lapsesOn <= horizon)
    .sort((a, b) => (a.lapsesOn < b.lapsesOn ? -1 : a.lapsesOn > b.lapsesOn ? 1 : a.id - b.id));
}

/** Deliveries to a State's needs that wait for the State to confirm them. */
export async function deliveriesToConfirm(db: Executor, actor: Actor, iso3: string) {
  return (await listResponsesFor(db, actor)).filter(
    (r) => r.stage === 'delivered' && r.needStateIso3 === iso3,
  );
}

const byDue = (a: ActionItemView, b: ActionItemView) =>
  (a.dueOn ?? '\uffff') < (b.dueOn ?? '\uffff')
    ? -1
    : (a.dueOn ?? '\uffff') > (b.dueOn ?? '\uffff')
      ? 1
      : a.id - b.id;

/** One follow-up as a start page lists it: what, when, and where it comes from (a meeting or a contact). */
export interface StartFollowUp {
  id: number;
  what: string;
  dueOn: string | null;
  overdue: boolean;
  from:
    | { kind: 'meeting'; title: string; href: string }
    | { kind: 'contact'; iso3: string; state: string; on: string; href: string }
    | null;
}

const overdueOn = (dueOn: string | null, today: string) =>
  dueOn !== null && dueOn.padEnd(10, '\uffff') < today;

/** The open action items a State owes (calendar). */
export async function followUpsOfState(db: Executor, iso3: string, today: string): Promise<StartFollowUp[]> {
  return (await listOpenActionItems(db))
    .filter((a) => a.ownerKind === 'state' && a.owner?.toUpperCase() === iso3)
    .sort(byDue)
    .map((a) => ({
      id: a.id,
      what: a.what,
      dueOn: a.dueOn,
      overdue: overdueOn(a.dueOn, today),
      from: { kind: 'meeting', title: a.meetingTitle, href: `/meetings/${a.meetingCode}` },
    }));
}

/**
 * A Coordinator's follow-ups: the open items it owns or recorded and those of the areas it holds
 * today, from meetings and contacts alike (the followups module's list, the same as /follow-ups).
 */
export async function coordinatorFollowUps(
  db: Executor,
  actor: Actor,
  today: string,
): Promise<StartFollowUp[]> {
  return (await followUpsFor(db, actor, today))
    .filter((i) => i.status === 'open' || i.status === 'not_known')
    .map((i) => ({
      id: i.id,
      what: i.what,
      dueOn: i.dueOn,
      overdue: i.overdue,
      from:
        i.concerns.kind === 'meeting'
          ? { kind: 'meeting', title: i.concerns.title, href: `/meetings/${i.concerns.code}` }
          : i.concerns.kind === 'contact'
            ? {
                kind: 'contact',
                iso3: i.concerns.state.iso3,
                state: i.concerns.state.name,
                on: i.concerns.contactedOn,
                href: `/follow-ups/contacts/${i.concerns.id}`,
              }
            : null,
    }));
}

/** Which time-bound articles a Coordinator's area concerns; areas without one see every deadline. */
const articlesOfArea: Partial<Record<OfficeArea, number[]>> = {
  stockpile_destruction: [3],
  clearance_risk_reduction: [4],
  transparency: [7],
};

/**
 * The deadlines of a Coordinator's area, most urgent first, each with its projected risk (Articles
 * 3 and 4). Without a linked office (or with an area that has no deadline of its own) every
 * time-bound deadline is shown, and `scoped` says so.
 */
export async function coordinatorDeadlines(db: Executor, actor: Actor, today: string) {
  const areas = actor.id ? await coordinatorAreas(db, actor.id, today) : [];
  const articles = new Set(areas.flatMap((a) => articlesOfArea[a] ?? []));
  const scoped = articles.size > 0;
  const [rows, risks] = await Promise.all([listDeadlines(db, today), listRisks(db, today)]);
  const shown = rows
    .filter((r) => !scoped || articles.has(r.obligation.article))
    .map((r) => ({
      ...r,
      risk: risks.get(riskKey(r.state.iso3, r.obligation.article))?.projection.status ?? null,
    }));
  return { areas, scoped, rows: shown };
}

/** An early warning (risk module) as a start page lists it, with the State it is about. */
export interface StartWarning extends EarlyWarning {
  iso3: string;
  stateName: string;
}

/**
 * The early warnings (an obligation off track within 24 months of its deadline) of the States and
 * articles asked: a focal point's own State, or a Coordinator's area (every State; `articles`
 * empty = every time-bound article). Soonest deadline first.
 */
export async function earlyWarnings(
  db: Executor,
  today: string,
  scope: { iso3?: string; articles?: ReadonlySet<number> },
): Promise<StartWarning[]> {
  const [risks, names] = await Promise.all([listRisks(db, today), listStateNames(db)]);
  const nameOf = new Map(names.map((n) => [n.iso3, n.name]));
  return [...risks.values()]
    .filter((r) => r.warning !== null)
    .filter((r) => !scope.iso3 || r.iso3 === scope.iso3)
    .filter((r) => !scope.articles?.size || scope.articles.has(r.article))
    .map((r) => ({ ...r.warning!, iso3: r.iso3, stateName: nameOf.get(r.iso3) ?? r.iso3 }))
    .sort((a, b) =>
      a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.iso3.localeCompare(b.iso3),
    );
}

/** The articles a Coordinator's areas concern (none: every one). */
export async function articlesOfCoordinator(db: Executor, actor: Actor, today: string): Promise<Set<number>> {
  const areas = actor.id ? await coordinatorAreas(db, actor.id, today) : [];
  return new Set(areas.flatMap((a) => articlesOfArea[a] ?? []));
}

/** Meetings that have not started yet, soonest first. */
export async function nextMeetings(db: Executor, today: string) {
  return (await listMeetings(db))
    .filter((m) => m.startsOn !== null && m.startsOn >= today)
    .sort((a, b) =>
      (a.startsOn ?? '') < (b.startsOn ?? '')
        ? -1
        : (a.startsOn ?? '') > (b.startsOn ?? '')
          ? 1
          : a.code.localeCompare(b.code),
    );
}

/** The ISU's overview: compliance totals for the default year, failed messages, entries to review. */
export async function isuOverview(db: Executor, actor: Actor, today: string) {
  const [compliance, failed, toReview, responses] = await Promise.all([
    complianceForYear(db, defaultReportingYear(today), today),
    listOutbox(db, { status: 'failed', limit: SHOWN }),
    countEntriesToReview(db),
    listResponsesFor(db, actor),
  ]);
  return {
    compliance,
    failed,
    toReview,
    deliveriesAwaiting: responses.filter((r) => r.stage === 'delivered').length,
  };
}

export { needsMatchingPartner };

/** A partner's own responses still moving: interest, commitment, delivered but not yet confirmed. */
export async function responsesInProgress(db: Executor, actor: Actor) {
  return (await listResponsesFor(db, actor)).filter(
    (r) => r.stage === 'interest' || r.stage === 'commitment' || r.stage === 'delivered',
  );
}
