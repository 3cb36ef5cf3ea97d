import { isSignedIn } from '../../kernel/actor.js';
import { moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import { renderPage } from '../../kernel/page.js';
import { startDataFor } from './start-data.js';
import { StartPage } from './views/start-page.js';

export function workspaceRoutes(deps: RouteDeps) {
  const { app, db, today } = moduleRoutes(deps);

  // Where signing in lands: what this person has to do, by role. Anonymous people are sent to sign in.
  app.get('/start', async (c) => {
    const actor = c.get('actor');
    requireThat(c, isSignedIn(actor));
    const data = await startDataFor(db, actor, today());
    return renderPage(c, 'workspace:title', StartPage, {
      name: actor.label,
      data,
    });
  });

  return app;
}
