import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../kernel/http.js';
import { diffRoutes } from './routes/diff.js';
import { filesRoutes } from './routes/files.js';
import { formEditorRoutes } from './routes/form-editor.js';
import { reportsKit } from './routes/kit.js';
import { lifecycleRoutes } from './routes/lifecycle.js';
import { overviewRoutes } from './routes/overview.js';
import { stateReportsRoutes } from './routes/state-reports.js';
import { warningsRoutes } from './routes/warnings.js';

/** Reports' pages, one file per page group under routes/, all sharing one kit of lookups. */
export function reportsRoutes(deps: AppDeps & { now: () => Date }) {
  const app = new Hono<AppEnv>();
  const kit = reportsKit(deps);
  warningsRoutes(app, kit);
  stateReportsRoutes(app, kit);
  overviewRoutes(app, kit);
  filesRoutes(app, kit);
  formEditorRoutes(app, kit);
  lifecycleRoutes(app, kit);
  diffRoutes(app, kit);
  return app;
}
