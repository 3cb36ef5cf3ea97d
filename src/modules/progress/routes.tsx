import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { AppDeps, AppEnv } from '../../kernel/http.js';
import { renderPage } from '../../kernel/page.js';
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
    const meetings = (await listMeetings(db)).filter(
      (m): m is MeetingWithWindow => m.reportingWindow !== null,
    );
    return renderPage(c, 'progress:list.title', ProgressListPage, {
      meetings,
    });
  });

  app.get(`/progress/:meeting${CODE}`, async (c) => {
    const report = await progressReportFor(db, c.req.param('meeting'));
    return renderPage(
      c,
      (t) => t('progress:report.title', { meeting: report.window.meeting }),
      ProgressReportPage,
      {
        report,
      },
    );
  });

  app.get(`/progress/:meeting${CODE}/:indicator${INDICATOR}`, async (c) => {
    const id = c.req.param('indicator');
    if (!findIndicator(id) && !findSummaryFigure(id)) throw new NotFoundError('progress_indicator', id);
    const report = await progressReportFor(db, c.req.param('meeting'));
    const indicator = [...report.indicators, ...report.summary].find((i) => i.id === id);
    if (!indicator) throw new NotFoundError('progress_indicator', id);
    return renderPage(
      c,
      (t) => t('progress:indicatorPage.title', { id, meeting: report.window.meeting }),
      IndicatorPage,
      {
        report,
        indicator,
      },
    );
  });

  return app;
}
