import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { MEETING_DATES, states } from '../states/index.js';
import { type OfficeTerm, type PeriodDays, periodDays, termOn } from './rules.js';
import { meetings, officeHolders } from './schema.js';
import { type Gender, type OfficeArea, type OfficeKind, officeKinds } from './vocabulary.js';

export interface OfficeHolderView {
  id: number;
  office: OfficeKind;
  area: OfficeArea | null;
  state: { iso3: string; name: string } | null;
  personName: string | null;
  gender: Gender;
  periodFrom: string | null;
  periodTo: string | null;
  source: { title: string; href: string | null };
}

/**
 * Every recorded office holder (or those with the given ids), in the order of `officeKinds`, then
 * by area, period, State and person.
 */
export async function listOfficeHolders(db: Executor, ids?: readonly number[]): Promise<OfficeHolderView[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select()
    .from(officeHolders)
    .where(ids ? inArray(officeHolders.id, [...ids]) : undefined)
    .orderBy(asc(officeHolders.id));
  const codes = [...new Set(rows.flatMap((r) => (r.stateIso3 ? [r.stateIso3] : [])))];
  const names = new Map(
    codes.length
      ? (
          await db
            .select({ iso3: states.iso3, name: states.name })
            .from(states)
            .where(inArray(states.iso3, codes))
        ).map((s) => [s.iso3, s.name])
      : [],
  );
  const rank = (o: OfficeKind) => officeKinds.indexOf(o);
  return rows
    .map((r) => ({
      id: r.id,
      office: r.office,
      area: r.area,
      state: r.stateIso3 ? { iso3: r.stateIso3, name: names.get(r.stateIso3) ?? r.stateIso3 } : null,
      personName: r.personName,
      gender: r.gender,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      source: { title: r.sourceTitle, href: r.sourceHref },
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
  term: OfficeTerm;
}

/**
 * The days each meeting ran, by code: the calendar's own meetings first, then the registry's table
 * of formal meetings' dates for a code the calendar does not date.
 */
async function meetingDays(db: Executor): Promise<Map<string, { from: string; to: string }>> {
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
 * before or after its period, or not placeable because its period names a meeting with no dates.
 */
export async function officeHoldersOn(
  db: Executor,
  day: string,
  ids?: readonly number[],
): Promise<OfficeHolderTerm[]> {
  if (ids && ids.length === 0) return [];
  const [holders, days] = await Promise.all([listOfficeHolders(db, ids), meetingDays(db)]);
  return holders.map((h) => {
    const covered = periodDays({ from: h.periodFrom, to: h.periodTo }, days);
    return { ...h, days: covered, term: termOn(covered, day) };
  });
}
