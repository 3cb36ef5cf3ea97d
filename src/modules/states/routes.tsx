import { Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { isoDay } from '../../kernel/clock.js';
import type { AppDeps, AppEnv } from '../../kernel/http.js';
import { render } from '../../kernel/views/render.js';
import { listStates } from './queries.js';

export function statesRoutes(deps: AppDeps & { now: () => Date }) {
  const db = deps.database.db as Db;
  const app = new Hono<AppEnv>();
  app.get('/states', async (c) => {
    const rows = await listStates(db, isoDay(deps.now()));
    return render(
      c,
      'States',
      <ul>
        {rows.map((r) => (
          <li>{r.name}</li>
        ))}
      </ul>,
    );
  });
  return app;
}
