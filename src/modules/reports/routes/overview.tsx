import type { Hono } from 'hono';
import type { AppEnv } from '../../../kernel/http.js';
import { render } from '../../../kernel/views/render.js';
import { getReportVersionForActor } from '../queries.js';
import { getTemplate } from '../template/registry.js';
import { versionName } from '../views/values.js';
import { VersionPage } from '../views/version.js';
import { REPORT, type ReportsKit, VERSION } from './kit.js';

/** One report: its overview (with the work on its draft) and each version read-only. */
export function overviewRoutes(app: Hono<AppEnv>, kit: ReportsKit) {
  const { db, labelsOf, stateOf, reportOf, summaryOf, overviewPage } = kit;

  app.get(REPORT, (c) => overviewPage(c));

  app.get(VERSION, async (c) => {
    const report = await reportOf(c);
    const summary = summaryOf(report, c.req.param('n'));
    const { version } = await getReportVersionForActor(db, c.get('actor'), summary.id);
    const state = await stateOf(report.stateIso3, c.get('locale'));
    const labels = labelsOf(c, getTemplate(version.templateId));
    return render(
      c,
      `${c.get('t')('reports:overview.title', { state: state.name, year: report.year })} · ${versionName(c.get('t'), version)}`,
      <VersionPage labels={labels} report={report} stateName={state.name} version={version} />,
    );
  });
}
