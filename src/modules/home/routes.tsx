import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../kernel/http.js';
import { render } from '../../kernel/views/render.js';

export function homeRoutes(_deps: AppDeps & { now: () => Date }) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => render(c, c.get('t')('common:appName'), <h1>{c.get('t')('common:appName')}</h1>));
  return app;
}
