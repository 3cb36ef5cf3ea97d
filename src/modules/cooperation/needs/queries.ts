import { and, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { Actor } from '../../../kernel/actor.js';
import { isoDay } from '../../../kernel/clock.js';
import { cachedUntilWrite } from '../../../kernel/data-version.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { byStateName, stateName } from '../../../kernel/i18n/state-names.js';
import { lockRowOrNotFound } from '../../../kernel/rows.js';
import { reports, reportVersions } from '../../reports/schema.js';
import { states } from '../../states/schema.js';
import { needs } from '../schema.js';
import { isDemoText } from '../shared/demo-mark.js';
import { canSeeUnpublishedNeeds } from '../shared/policy.js';
import { type Area, areas, type NeedStatus } from '../shared/vocabulary.js';
import { scoreEvidence } from './evidence.js';
import { needFieldsOf } from './rows.js';
import { effectiveStatus, isPubliclyVisible } from './status.js';
import type { NeedView } from './types.js';

/** Plain reads of needs. Status and evidence are computed here, on every read, from stored facts. */

export interface NeedFilter {
  actor: Actor;
  /** ISO day: the status is the status on this day. */
  today: string;
  stateIso3?: string;
  area?: Area;
  status?: NeedStatus;
  /** The reader's language: States named in it and in its order (English when left out). */
  locale?: string;
}

type Joined = typeof needs.$inferSelect & {
  stateName: string;
  region: string | null;
  sourceDemonstration: boolean | null;
};

const selection = {
  need: needs,
  stateName: states.name,
  region: states.unRegion,
  // A need read from a demonstration report is demonstration data: the report's stored mark says
  // so, not a copy of it on the need.
  sourceDemonstration: reports.demonstration,
};

/**
 * Per State, the day from which its latest standing annual report counts as having left a need out:
 * its day of receipt, or the day its draft was opened if that is earlier. A need confirmed on or after
 * that day (added or updated after the draft was filled from the register) was not shown to the
 * submitter, so the report's silence says nothing of it. The lapse rule's other half.
 */
export async function latestAnnualCutoffs(db: Executor, stateIso3?: string): Promise<Map<string, string>> {
  const conditions: SQL[] = [eq(reportVersions.status, 'submitted'), eq(reports.kind, 'annual')];
  if (stateIso3) conditions.push(eq(reports.stateIso3, stateIso3));
  const rows = await db
    .select({
      iso3: reports.stateIso3,
      receivedOn: reportVersions.receivedOn,
      openedAt: reportVersions.createdAt,
    })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(and(...conditions));
  const out = new Map<string, string>();
  for (const r of rows) {
    if (!r.receivedOn) continue;
    const opened = isoDay(r.openedAt);
    const cutoff = opened < r.receivedOn ? opened : r.receivedOn;
    const known = out.get(r.iso3);
    if (!known || cutoff > known) out.set(r.iso3, cutoff);
  }
  return out;
}
const latestAnnualReceipts = latestAnnualCutoffs;

export function toNeedView(n: Joined, latestAnnualReceivedOn: string | null, today: string): NeedView {
  const effective = effectiveStatus(
    { storedStatus: n.status, lastConfirmedOn: n.lastConfirmedOn, latestAnnualReceivedOn },
    today,
  );
  return {
    id: n.id,
    stateIso3: n.stateIso3,
    stateName: n.stateName,
    region: n.region,
    origin: n.origin,
    ...needFieldsOf(n),
    storedStatus: n.status,
    status: effective.status,
    lapseReason: effective.lapseReason,
    isPublic: n.isPublic,
    lastConfirmedOn: n.lastConfirmedOn,
    lapsesOn: effective.lapsesOn,
    source:
      n.sourceReportId !== null && n.sourceVersion !== null && n.sourceRow !== null
        ? {
            reportId: n.sourceReportId,
            version: n.sourceVersion,
            form: 'J',
            table: 'needs',
            row: n.sourceRow,
          }
        : null,
    evidence: scoreEvidence(n),
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    version: n.version,
    demonstration: n.sourceDemonstration === true || isDemoText(n.description),
  };
}

const areaRank = (a: Area) => areas.indexOf(a);

/** Every need as of a day, sorted, for the public or for signed-in people: one cached read per write. */
function allNeeds(db: Executor, publicOnly: boolean, today: string): Promise<NeedView[]> {
  return cachedUntilWrite(db, `needs.all.${publicOnly ? 'public' : 'signedIn'}.${today}`, async () => {
    const [rows, receipts] = await Promise.all([
      db
        .select(selection)
        .from(needs)
        .innerJoin(states, eq(states.iso3, needs.stateIso3))
        .leftJoin(reports, eq(reports.id, needs.sourceReportId))
        .where(publicOnly ? eq(needs.isPublic, true) : undefined),
      latestAnnualReceipts(db),
    ]);
    return rows
      .map((r) =>
        toNeedView(
          { ...r.need, stateName: r.stateName, region: r.region, sourceDemonstration: r.sourceDemonstration },
          receipts.get(r.need.stateIso3) ?? null,
          today,
        ),
      )
      .filter((n) => (publicOnly ? isPubliclyVisible(n) : true))
      .sort(
        (a, b) =>
          a.stateName.localeCompare(b.stateName) ||
          areaRank(a.area) - areaRank(b.area) ||
          a.description.localeCompare(b.description) ||
          a.id - b.id,
      );
  });
}

/**
 * Needs by State name, area and description. Signed-in people see every need; the public only
 * needs the State consented to publish, and never a lapsed or withdrawn one.
 */
export async function listNeeds(db: Executor, f: NeedFilter): Promise<NeedView[]> {
  const iso3 = f.stateIso3?.toUpperCase();
  const all = await allNeeds(db, !canSeeUnpublishedNeeds(f.actor), f.today);
  const locale = f.locale ?? 'en';
  // A stable sort: within a State the cached order (area, description) stays.
  return all
    .filter(
      (n) =>
        (!iso3 || n.stateIso3 === iso3) &&
        (!f.area || n.area === f.area) &&
        (!f.status || n.status === f.status),
    )
    .map((n) => ({ ...n, stateName: stateName(locale, n.stateIso3, n.stateName) }))
    .sort(byStateName(locale, (n) => n.stateName));
}

/** One need as anybody signed in sees it; NotFoundError when there is none. */
export async function getNeed(db: Executor, id: number, today: string): Promise<NeedView> {
  const [row] = await db
    .select(selection)
    .from(needs)
    .innerJoin(states, eq(states.iso3, needs.stateIso3))
    .leftJoin(reports, eq(reports.id, needs.sourceReportId))
    .where(eq(needs.id, id));
  if (!row) throw new NotFoundError('need', String(id));
  const receipts = await latestAnnualReceipts(db, row.need.stateIso3);
  return toNeedView(
    {
      ...row.need,
      stateName: row.stateName,
      region: row.region,
      sourceDemonstration: row.sourceDemonstration,
    },
    receipts.get(row.need.stateIso3) ?? null,
    today,
  );
}

/** A need as this actor may see it: the public gets a 404 for a need it may not see, never a hint. */
export async function findNeedForActor(
  db: Executor,
  actor: Actor,
  id: number,
  today: string,
  /** The reader's language, the State is named in. */
  locale = 'en',
): Promise<NeedView> {
  const need = await getNeed(db, id, today);
  if (!canSeeUnpublishedNeeds(actor) && !isPubliclyVisible(need)) throw new NotFoundError('need', String(id));
  return { ...need, stateName: stateName(locale, need.stateIso3, need.stateName) };
}

/** The stored row, for verbs (locked for the rest of the transaction). */
export async function lockNeed(db: Executor, id: number) {
  return lockRowOrNotFound(db, needs, needs.id, id, 'need');
}

/** The State of a need, for permission checks; NotFoundError when there is no such need. */
export async function stateOfNeed(db: Executor, id: number): Promise<string> {
  const [row] = await db.select({ iso3: needs.stateIso3 }).from(needs).where(eq(needs.id, id));
  if (!row) throw new NotFoundError('need', String(id));
  return row.iso3;
}

/** The need of a State with this match key, if any (how a duplicate is found). */
export async function needWithKey(db: Executor, stateIso3: string, matchKey: string) {
  const [row] = await db
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.stateIso3, stateIso3), eq(needs.matchKey, matchKey)));
  return row ?? null;
}
