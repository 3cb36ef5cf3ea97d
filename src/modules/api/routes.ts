import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../kernel/http.js';

export function apiRoutes(_deps: AppDeps & { now: () => Date }) {
  const app = new Hono<AppEnv>();
  return app;
}
