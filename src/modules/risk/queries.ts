import type { Executor } from '../../db/client.js';
import { cachedUntilWrite } from '../../kernel/data-version.js';
import { listMeetings } from '../calendar/index.js';
import { listStandingSubmissions, type StandingSubmission } from '../reports/index.js';
import { listStates } from '../states/index.js';
import { yearFigures } from './figures.js';
import { projectRisk, type RiskArticle, type RiskProjection } from './risk.js';
import { type EarlyWarning, earlyWarning } from './warning.js';

/** One open Article 3 or 4 obligation of a State Party, its projection and its early warning. */
export interface ObligationRisk {
  iso3: string;
  article: RiskArticle;
  projection: RiskProjection;
  warning: EarlyWarning | null;
}

export const riskKey = (iso3: string, article: number) => `${iso3}:${article}`;

/**
 * Every open Article 3 and 4 obligation of the States Parties on `today`, projected from the
 * State's standing reports for years up to the one before `today` (a report covers a past year),
 * keyed by `riskKey`. Kept until the next write.
 */
export function listRisks(db: Executor, today: string): Promise<Map<string, ObligationRisk>> {
  return cachedUntilWrite(db, `risk:${today}`, async () => {
    const [parties, submissions, meetings] = await Promise.all([
      listStates(db, today, { status: 'state_party' }),
      listStandingSubmissions(db),
      listMeetings(db),
    ]);
    const lastYear = Number(today.slice(0, 4)) - 1;
    const byState = new Map<string, StandingSubmission[]>();
    for (const s of submissions) {
      if (s.year > lastYear) continue;
      byState.set(s.stateIso3, [...(byState.get(s.stateIso3) ?? []), s]);
    }
    const out = new Map<string, ObligationRisk>();
    for (const state of parties) {
      for (const o of state.obligations) {
        if ((o.article !== 3 && o.article !== 4) || o.status !== 'open') continue;
        const article = o.article;
        const projection = projectRisk({
          article,
          deadline: o.currentDeadline,
          today,
          years: (byState.get(state.iso3) ?? []).map((r) => yearFigures(article, r)),
        });
        out.set(riskKey(state.iso3, article), {
          iso3: state.iso3,
          article,
          projection,
          warning: earlyWarning(projection, today, meetings),
        });
      }
    }
    return out;
  });
}

/** The risks of one State's open Article 3 and 4 obligations, by article. */
export async function risksOfState(db: Executor, iso3: string, today: string): Promise<ObligationRisk[]> {
  const all = await listRisks(db, today);
  return [3, 4].flatMap((a) => {
    const r = all.get(riskKey(iso3, a));
    return r ? [r] : [];
  });
}
