import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/client.js';
import { embeddedGuarantee } from './db/durable.js';
import { DataDirLockedError } from './db/lock.js';
import { DEMO_PASSWORD, demoAccounts, ensureDemoAccounts } from './modules/accounts/index.js';
import { seedCalendar } from './modules/calendar/index.js';
import { seedCoalitions } from './modules/coalitions/index.js';
import { ensureDemoData } from './modules/cooperation/index.js';
import { seedGoodPractices } from './modules/practices/index.js';
import { seedReferenceStates } from './modules/states/index.js';
import { seedWorkPlans } from './modules/workplans/index.js';
import { wireModules } from './wiring.js';

/** A secret for signing sessions: configured, or made once and kept in the embedded data directory. */
function authSecret(config: Config): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.DATABASE_URL) {
    throw new Error(
      'AUTH_SECRET (32+ characters) is required when DATABASE_URL is set: every app process must share it.',
    );
  }
  const file = path.join(path.resolve(config.DATA_DIR), 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const where =
    database.engine === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded PGlite in ${path.resolve(config.DATA_DIR)}`;
  console.log(`Database: ${where}`);
  console.log(
    database.engine === 'postgres'
      ? 'Durability: as configured on the PostgreSQL server (fsync, synchronous_commit); back up with pg_dump.'
      : `Durability: ${embeddedGuarantee}.`,
  );
  wireModules();
  await migrateDatabase(database);
  const seeded = await seedReferenceStates(database.db);
  console.log(
    `Reference data: ${seeded.statesAdded} States and ${seeded.eventsAdded} obligation facts added.`,
  );
  const calendar = await seedCalendar(database.db);
  console.log(
    `Meetings: ${calendar.meetingsAdded} meetings, ${calendar.actionItemsAdded} action items and ${calendar.statementsAdded} statements added.`,
  );
  // After the calendar: a practice may cite a meeting by its code.
  const practices = await seedGoodPractices(database.db);
  console.log(`Good practices: ${practices.practicesAdded} added from the source documents.`);

  const plans = await seedWorkPlans(database.db);
  console.log(
    `Work plans: ${plans.workPlansAdded} work plans and ${plans.activitiesAdded} activities added.`,
  );
  const coalitions = await seedCoalitions(database.db);
  console.log(`Country Coalitions: ${coalitions.coalitionsAdded} added.`);

  const wantDemo =
    config.DEMO_ACCOUNTS === 'yes' || (config.DEMO_ACCOUNTS === 'auto' && database.engine === 'pglite');
  if (wantDemo) {
    await ensureDemoAccounts(database.db);
    const demo = await ensureDemoData(database.db);
    console.log(
      `Demonstration data: ${demo.reportsAdded} reports, ${demo.needsAdded} needs, ${demo.offersAdded} offers, ${demo.ratesAdded} exchange rates and ${demo.entriesAdded} ledger entries added.`,
    );
  }

  const app = createApp({ database, config, authSecret: authSecret(config) });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => {
    console.log(`\nccm-cooperation is running on ${config.baseUrl}`);
    if (wantDemo) {
      console.log(
        `\nDemonstration accounts (password for all: ${DEMO_PASSWORD}), sign in at ${config.baseUrl}/sign-in`,
      );
      for (const a of demoAccounts) console.log(`  ${a.title.padEnd(32)} ${a.email}`);
      console.log('  (demo accounts: a second factor is offered on /account but not required)');
    }
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  if (
    err instanceof DataDirLockedError ||
    (err instanceof Error && err.message.startsWith('Invalid configuration'))
  ) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
