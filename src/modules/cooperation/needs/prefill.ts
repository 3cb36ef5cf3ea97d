import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { CurrentNeedsSource, NeedEntry } from '../../reports/index.js';
import { needs } from '../schema.js';
import { latestAnnualCutoffs } from './queries.js';
import { needFieldsOf, needRowsOf, statedNeedKey } from './rows.js';
import { effectiveStatus } from './status.js';

/*
 * A new draft's needs start from the State's needs as they stand in the register, not from the
 * rows of an older report: what was added or edited since is shown, so submitting the draft keeps
 * it. Each entry names its need (`registerId`) and carries its consent to publish. The reports
 * module asks for them through the `CurrentNeedsSource` it declares; cooperation's wiring provides it.
 */

type NeedRecord = typeof needs.$inferSelect;

const entryOf = (n: NeedRecord): NeedEntry => ({
  ...needFieldsOf(n),
  publish: n.isPublic,
  registerId: n.id,
});

/**
 * The needs a report should carry: open and partly met ones, and those whose confirmation merely
 * ran out (a report carrying them confirms them again). Met, withdrawn and needs the last annual
 * report left out are not offered; the State can type them again.
 */
export async function currentNeedEntries(db: Executor, iso3: string, today: string): Promise<NeedEntry[]> {
  const rows = await db
    .select()
    .from(needs)
    .where(and(eq(needs.stateIso3, iso3)))
    .orderBy(asc(needs.createdAt), asc(needs.id));
  const cutoff = (await latestAnnualCutoffs(db, iso3)).get(iso3) ?? null;
  return rows
    .filter((n) => {
      const s = effectiveStatus(
        { storedStatus: n.status, lastConfirmedOn: n.lastConfirmedOn, latestAnnualReceivedOn: cutoff },
        today,
      );
      return s.status === 'open' || s.status === 'partly_met' || s.lapseReason === 'expired';
    })
    .map(entryOf);
}

/**
 * The register's current needs a draft should carry besides those it already states: a need is
 * already there when a stated row names it (`registerId`) or says the same need (its match key).
 */
export const currentNeeds: CurrentNeedsSource['currentNeeds'] = async (db, iso3, today, besides = []) => {
  const current = await currentNeedEntries(db, iso3, today);
  if (besides.length === 0) return current;
  const ids = new Set(besides.map((r) => r.registerId));
  const keys = new Set(needRowsOf(besides).map((r) => r.matchKey));
  return current.filter((e) => !ids.has(e.registerId) && !keys.has(statedNeedKey(e)?.matchKey ?? ''));
};
