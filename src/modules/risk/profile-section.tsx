import type { Child } from 'hono/jsx';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import { isFullDate } from '../../kernel/dates.js';
import type { AppContext, AppDeps } from '../../kernel/http.js';
import { DemoNotice } from '../../kernel/views/demo-notice.js';
import { risksOfState } from './queries.js';
import { RATE_WINDOW } from './risk.js';
import { ObligationRiskBlock } from './views/explain.js';

/** The day a page is asked for: `?asOf=` when it is a day, else today (as the states module reads it). */
export const dayOfRequest = (c: AppContext, now: () => Date) => {
  const asOf = c.req.query('asOf');
  return asOf && isFullDate(asOf) ? asOf : isoDay(now());
};

/**
 * The State profile's "Deadline risk" section: each open Article 3 and 4 obligation, its status
 * against the deadline, how it was projected (every figure with its report row) and the early
 * warning when one is due. Nothing when the State has no such obligation. The states module
 * renders it without importing this module.
 */
export function riskProfileSection(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  return async (c: AppContext, iso3: string): Promise<Child> => {
    const t = c.get('t');
    const locale = c.get('locale');
    const risks = await risksOfState(db, iso3, dayOfRequest(c, deps.now));
    if (risks.length === 0) return null;
    return (
      <section aria-labelledby="risk-profile" id="risk">
        <h2 id="risk-profile">{t('risk:title')}</h2>
        <p class="hint">{t('risk:intro', { window: RATE_WINDOW })}</p>
        <DemoNotice
          t={t}
          show={risks.some((r) => r.projection.includesDemonstrationData)}
          detail={t('risk:demoDetail')}
        />
        {risks.map((risk) => (
          <ObligationRiskBlock t={t} locale={locale} risk={risk} />
        ))}
      </section>
    );
  };
}
