import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { ReportContent, TableValue } from '../../reports/index.js';
import { needs } from '../schema.js';
import { latestAnnualCutoffs } from './queries.js';
import { needRowsOf } from './rows.js';
import { effectiveStatus } from './status.js';

/*
 * A new draft's Form J starts from the State's needs as they stand in the register, not from the
 * rows of an older report: what was added or edited since is shown, so submitting the draft keeps
 * it. Each row names its need (`needId`) and carries its consent to publish.
 */

type NeedRecord = typeof needs.$inferSelect;

const rowOf = (n: NeedRecord): TableValue[number] => ({
  area: n.area,
  type: n.type,
  description: n.description,
  activitiesTimeframe: n.activitiesTimeframe,
  estimatedCost: n.estimatedCost,
  currency: n.currency,
  nationalContribution: n.nationalContribution,
  planReference: n.planReference,
  publish: n.isPublic ? 'yes' : 'no',
  needId: n.id,
});

/**
 * The needs a report should carry: open and partly met ones, and those whose confirmation merely
 * ran out (a report carrying them confirms them again). Met, withdrawn and needs the last annual
 * report left out are not offered; the State can type them again.
 */
export async function currentNeedRows(db: Executor, iso3: string, today: string): Promise<TableValue> {
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
    .map(rowOf);
}

/**
 * The content with Form J's needs taken from the register. `keep` keeps the rows already there and
 * adds the register's others (a draft continuing a recalled submission, whose own needs the recall
 * withdrew); otherwise the register's rows replace them (a new year, an amendment).
 */
export async function withCurrentNeeds(
  db: Executor,
  iso3: string,
  today: string,
  content: ReportContent,
  opts: { keep?: boolean } = {},
): Promise<ReportContent> {
  const formJ = content.forms.J;
  if (!formJ) return content;
  const current = await currentNeedRows(db, iso3, today);
  let table = current;
  if (opts.keep) {
    const kept = Array.isArray(formJ.values.needs) ? formJ.values.needs : [];
    const keys = new Set(needRowsOf(content).map((r) => r.matchKey));
    const ids = new Set(kept.map((r) => r.needId).filter((id) => typeof id === 'number'));
    const extra = current.filter(
      (r) =>
        !ids.has(r.needId as number) &&
        !needRowsOf({
          template: content.template,
          forms: { J: { status: null, values: { needs: [r] } } },
        }).some((x) => keys.has(x.matchKey)),
    );
    table = [...kept, ...extra];
  }
  return {
    ...content,
    forms: { ...content.forms, J: { ...formJ, values: { ...formJ.values, needs: table } } },
  };
}
