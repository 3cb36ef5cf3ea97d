import { z } from 'zod';
import { moduleRoutes, type RouteDeps } from '../../kernel/http.js';
import { renderPage } from '../../kernel/page.js';
import { actionItemLinkRoutes } from './action-items/routes.js';
import { actionItemsSection } from './action-items/section.js';
import { iatiRoutes } from './iati/routes.js';
import { ledgerRoutes } from './ledger/routes.js';
import { matchingSection } from './matching/views/need-section.js';
import { needsRoutes } from './needs/routes.js';
import { offersRoutes } from './offers/routes.js';
import { publishedClaims } from './published-claims.js';
import { checkClaims, cooperationSummary, latestReportingYear } from './queries.js';
import { responsesSection } from './responses/need-section.js';
import { responsesRoutes } from './responses/routes.js';
import { CooperationPage } from './views/summary.js';

/** A bad year is ignored, never an error: a mistyped bookmark still shows the latest year. */
const SummaryQuery = z.object({
  year: z.coerce.number().int().min(2009).max(2100).optional().catch(undefined),
});

export function cooperationRoutes(deps: RouteDeps) {
  const { app, db } = moduleRoutes(deps);

  app.get('/cooperation', async (c) => {
    const { year: asked } = SummaryQuery.parse(c.req.query());
    const year = asked ?? (await latestReportingYear(db)) ?? deps.now().getUTCFullYear() - 1;
    const summary = await cooperationSummary(db, year);
    return renderPage(c, (t) => t('cooperation:title', { year }), CooperationPage, {
      summary,
      checks: checkClaims(summary, publishedClaims),
    });
  });

  app.route(
    '/',
    needsRoutes({
      ...deps,
      needSections: [
        matchingSection({ db, now: deps.now }),
        responsesSection(deps),
        actionItemsSection(deps),
      ],
    }),
  );
  app.route('/', actionItemLinkRoutes(deps));
  app.route('/', iatiRoutes(deps));
  app.route('/', responsesRoutes(deps));
  app.route('/', ledgerRoutes(deps));
  app.route('/', offersRoutes(deps));

  return app;
}
