import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { states } from '../states/index.js';
import { officeHolders } from './schema.js';
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

/** Every recorded office holder, in the order of `officeKinds`, then by area, State and person. */
export async function listOfficeHolders(db: Executor): Promise<OfficeHolderView[]> {
  const rows = await db.select().from(officeHolders).orderBy(asc(officeHolders.id));
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
