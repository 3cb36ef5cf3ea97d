// The process under load in `npm run bench`: the real app on a fresh embedded database, plus a
// static route serving precomputed bodies of the same sizes as the measured pages, from the same process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { migrateDatabase, openDatabase } from '../src/db/client.js';
import { anonymous } from '../src/kernel/actor.js';
import { isoDay } from '../src/kernel/clock.js';
import { seedCalendar } from '../src/modules/calendar/index.js';
import { ensureDemoData, listNeeds } from '../src/modules/cooperation/index.js';
import { seedReferenceStates } from '../src/modules/states/index.js';
import { wireModules } from '../src/wiring.js';
import { benchPages } from './bench-pages.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'ccm-bench-'));
wireModules();
const database = await openDatabase({ dataDir });
await migrateDatabase(database);
await seedReferenceStates(database.db);
await seedCalendar(database.db);
// The cooperation pages are measured on the demonstration data: 32 reports, needs, offers, ledger.
await ensureDemoData(database.db);
// One need page as the public sees it: the first published, current demonstration need.
const [firstPublic] = await listNeeds(database.db, { actor: anonymous, today: isoDay(new Date()) });
const pages: Record<string, string> = {
  ...benchPages,
  ...(firstPublic ? { need: `/cooperation/needs/${firstPublic.id}` } : {}),
};
const config = loadConfig({ NODE_ENV: 'production', BASE_URL: 'http://127.0.0.1:0' });
const app = createApp({ database, config, authSecret: 'bench-secret-bench-secret-bench-secret' });

const statics = new Map<string, string>();
const outer = new Hono();
outer.use('/__static/*', compress());
outer.get('/__static/:name', (c) => {
  const body = statics.get(c.req.param('name'));
  return body === undefined
    ? c.notFound()
    : c.body(body, 200, { 'content-type': 'text/html; charset=utf-8' });
});
outer.route('/', app);

// Same size as the page, and text of the same kind, so compression costs are comparable.
for (const [name, url] of Object.entries(pages)) {
  const html = await (await app.request(url)).text();
  statics.set(name, html);
}

const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(
    `${JSON.stringify({ port: info.port, dataDir, pages: Object.fromEntries([...statics].map(([k, v]) => [k, { path: pages[k], bytes: Buffer.byteLength(v) }])) })}\n`,
  );
});
process.on('SIGTERM', async () => {
  server.close();
  await database.close();
  process.exit(0);
});
