import type { Hono } from 'hono';
import { type AppEnv, requireThat } from '../../../kernel/http.js';
import { render } from '../../../kernel/views/render.js';
import { reportsWithUnconfirmedWarnings } from '../checks/queries.js';
import { canReviewWarnings } from '../policy.js';
import { WarningsPage } from '../views/warnings.js';
import type { ReportsKit } from './kit.js';

/** Submitted reports whose consistency warnings nobody has confirmed (the ISU's list). */
export function warningsRoutes(app: Hono<AppEnv>, kit: ReportsKit) {
  const { db, stateOf } = kit;
  app.get('/reports/warnings', async (c) => {
    requireThat(c, canReviewWarnings(c.get('actor')));
    const t = c.get('t');
    const found = await reportsWithUnconfirmedWarnings(db);
    const rows = [];
    for (const r of found) rows.push({ ...r, stateName: (await stateOf(r.stateIso3)).name });
    return render(
      c,
      t('reports:warnings.title'),
      <WarningsPage t={t} locale={c.get('locale')} rows={rows} />,
    );
  });
}
