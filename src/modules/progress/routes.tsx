import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { AppDeps, AppEnv } from '../../kernel/http.js';
import { render } from '../../kernel/views/render.js';
import { listMeetings } from '../calendar/index.js';
import { findIndicator } from './catalogue.js';
import { progressReportFor } from './queries.js';
import { findSummaryFigure } from './summary.js';
import { IndicatorPage } from './views/indicator.js';
import { type MeetingWithWindow, ProgressListPage } from './views/list.js';
import { ProgressReportPage } from './views/report.js';

// Hono reads `{…}` as the end of a pattern, so no `{n}` quantifiers inside.
const CODE = '{[A-Za-z0-9][A-Za-z0-9-]*}';
const INDICATOR = '{[A-Za-z0-9]+}';

/**
 * The Progress Report on the web, public like the reports it is computed from: the meetings it can
 * be computed for, one meeting's report by section, and one indicator's evidence. A meeting without
 * a recorded window, or an indicator the catalogue does not define, is a 404 page.
 */
export function progressRoutes(deps: AppDeps) {
  const db = deps.database.db as Db;
  const app = new Hono<AppEnv>();

  app.get('/progress', async (c) => {
    const t = c.get('t');
    const meetings = (await listMeetings(db)).filter(
      (m): m is MeetingWithWindow => m.reportingWindow !== null,
    );
    return render(
      c,
      t('progress:list.title'),
      <ProgressListPage t={t} locale={c.get('locale')} meetings={meetings} />,
    );
  });

  app.get(`/progress/:meeting${CODE}`, async (c) => {
    const t = c.get('t');
    const report = await progressReportFor(db, c.req.param('meeting'));
    return render(
      c,
      t('progress:report.title', { meeting: report.window.meeting }),
      <ProgressReportPage t={t} locale={c.get('locale')} report={report} />,
    );
  });

  app.get(`/progress/:meeting${CODE}/:indicator${INDICATOR}`, async (c) => {
    const t = c.get('t');
    const id = c.req.param('indicator');
    if (!findIndicator(id) && !findSummaryFigure(id)) throw new NotFoundError('progress_indicator', id);
    const report = await progressReportFor(db, c.req.param('meeting'));
    const indicator = [...report.indicators, ...report.summary].find((i) => i.id === id);
    if (!indicator) throw new NotFoundError('progress_indicator', id);
    return render(
      c,
      t('progress:indicatorPage.title', { id, meeting: report.window.meeting }),
      <IndicatorPage t={t} locale={c.get('locale')} report={report} indicator={indicator} />,
    );
  });

  return app;
}
