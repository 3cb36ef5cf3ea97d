import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { MEETING_DATES, registryNames } from '../states/index.js';
import { type OfficeTerm, type PeriodDays, periodDays, termOn } from './rules.js';
import { meetings, type OfficeHolderValues, officeHolderCorrections, officeHolders } from './schema.js';
import { type Gender, type OfficeArea, type OfficeKind, officeKinds } from './vocabulary.js';

type StateName = { iso3: string; name: string };

/** One correction of a record: what it set (for `corrected`), why, when and by whom. */
export interface OfficeHolderCorrectionView {
  id: number;
  action: 'corrected' | 'withdrawn';
  values: OfficeHolderValues | null;
  reason: string;
  recordedAt: Date;
  recordedBy: string | null;
}

/** A record as it stands: its latest correction applied. */
export interface OfficeHolderView {
  id: number;
  office: OfficeKind;
  area: OfficeArea | null;
  state: StateName | null;
  personName: string | null;
  gender: Gender;
  periodFrom: string | null;
  periodTo: string | null;
  source: { title: string; href: string | null };
  /** The record's values as first recorded, before any correction. */
  recorded: OfficeHolderValues;
  /** Every correction, oldest first; the latest decides what the record says. */
  corrections: OfficeHolderCorrectionView[];
  /** True when the latest correction withdrew the record: it no longer counts anywhere. */
  withdrawn: boolean;
}

/** The fields a correction replaces, read from a record as it stands. */
export function officeHolderValues(h: OfficeHolderView): OfficeHolderValues {
  return {
    office: h.office,
    area: h.area,
    stateIso3: h.state?.iso3 ?? null,
    personName: h.personName,
    gender: h.gender,
    periodFrom: h.periodFrom,
    periodTo: h.periodTo,
    sourceTitle: h.source.title,
    sourceHref: h.source.href,
  };
}

/**
 * Recorded office holders (or those with the given ids), each with its corrections applied: the
 * latest correction of a record decides what it says, or that it is withdrawn. Withdrawn records
 * are left out unless asked for. In the order of `officeKinds`, then by area, period, State, person.
 */
export async function listOfficeHolders(
  db: Executor,
  ids?: readonly number[],
  opts: { withWithdrawn?: boolean } = {},
): Promise<OfficeHolderView[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select()
    .from(officeHolders)
    .where(ids ? inArray(officeHolders.id, [...ids]) : undefined)
    .orderBy(asc(officeHolders.id));
  const rowIds = rows.map((r) => r.id);
  const corrections = rowIds.length
    ? await db
        .select()
        .from(officeHolderCorrections)
        .where(inArray(officeHolderCorrections.officeHolderId, rowIds))
        .orderBy(asc(officeHolderCorrections.id))
    : [];
  const byHolder = new Map<number, OfficeHolderCorrectionView[]>();
  for (const c of corrections)
    byHolder.set(c.officeHolderId, [
      ...(byHolder.get(c.officeHolderId) ?? []),
      {
        id: c.id,
        action: c.action,
        values: c.values,
        reason: c.reason,
        recordedAt: c.recordedAt,
        recordedBy: c.recordedBy,
      },
    ]);
  const records = rows.map((r) => {
    const recorded: OfficeHolderValues = {
      office: r.office,
      area: r.area,
      stateIso3: r.stateIso3,
      personName: r.personName,
      gender: r.gender,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      sourceTitle: r.sourceTitle,
      sourceHref: r.sourceHref,
    };
    const history = byHolder.get(r.id) ?? [];
    const last = history.at(-1);
    const withdrawn = last?.action === 'withdrawn';
    const current = last?.action === 'corrected' && last.values ? last.values : recorded;
    return { id: r.id, recorded, current, corrections: history, withdrawn };
  });
  const codes = [
    ...new Set(
      records.flatMap((r) => [r.current.stateIso3, r.recorded.stateIso3].filter((c): c is string => !!c)),
    ),
  ];
  const names = await registryNames(db, codes);
  const rank = (o: OfficeKind) => officeKinds.indexOf(o);
  return records
    .filter((r) => opts.withWithdrawn || !r.withdrawn)
    .map(({ id, recorded, current: v, corrections: history, withdrawn }) => ({
      id,
      office: v.office,
      area: v.area,
      state: v.stateIso3 ? { iso3: v.stateIso3, name: names.get(v.stateIso3) ?? v.stateIso3 } : null,
      personName: v.personName,
      gender: v.gender,
      periodFrom: v.periodFrom,
      periodTo: v.periodTo,
      source: { title: v.sourceTitle, href: v.sourceHref },
      recorded,
      corrections: history,
      withdrawn,
    }))
    .sort(
      (a, b) =>
        rank(a.office) - rank(b.office) ||
        (a.area ?? '').localeCompare(b.area ?? '') ||
        (a.periodTo ?? '').localeCompare(b.periodTo ?? '') ||
        (a.state?.name ?? '').localeCompare(b.state?.name ?? '') ||
        a.id - b.id,
    );
}

export interface OfficeHolderTerm extends OfficeHolderView {
  /** The days the period covers, or null when an end names a meeting whose dates are not known. */
  days: PeriodDays | null;
  term: OfficeTerm | 'withdrawn';
}

/**
 * The days each meeting ran, by code: the calendar's own meetings first, then the registry's table
 * of formal meetings' dates for a code the calendar does not date.
 */
export async function meetingDays(db: Executor): Promise<Map<string, { from: string; to: string }>> {
  const out = new Map<string, { from: string; to: string }>();
  for (const m of MEETING_DATES) out.set(m.code, { from: m.from, to: m.to });
  const rows = await db
    .select({ code: meetings.code, startsOn: meetings.startsOn, endsOn: meetings.endsOn })
    .from(meetings)
    .orderBy(asc(meetings.code));
  for (const r of rows) if (r.startsOn) out.set(r.code, { from: r.startsOn, to: r.endsOn ?? r.startsOn });
  return out;
}

/**
 * Office holders (all, or those with the given ids) and where each stands on a day: in office,
 * before or after its period, not placeable because its period names a meeting with no dates, or
 * withdrawn (listed only when ids are given, so a linked record that was withdrawn still shows).
 */
export async function officeHoldersOn(
  db: Executor,
  day: string,
  ids?: readonly number[],
): Promise<OfficeHolderTerm[]> {
  if (ids && ids.length === 0) return [];
  const [holders, days] = await Promise.all([
    listOfficeHolders(db, ids, { withWithdrawn: ids !== undefined }),
    meetingDays(db),
  ]);
  return holders.map((h) => {
    const covered = periodDays({ from: h.periodFrom, to: h.periodTo }, days);
    return { ...h, days: covered, term: h.withdrawn ? 'withdrawn' : termOn(covered, day) };
  });
}
