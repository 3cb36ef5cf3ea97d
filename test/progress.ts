import type { Database, Engine } from '../src/db/client.js';
import { seedCalendar } from '../src/modules/calendar/index.js';
import { seedCoalitions } from '../src/modules/coalitions/index.js';
import { ensureDemoData } from '../src/modules/cooperation/index.js';
import { makeUser } from './app.js';
import { freshDatabase } from './db.js';

/**
 * A fresh database holding what the 11MSP Progress Report is computed from: the sourced calendar
 * (its reporting window), the sourced Country Coalitions and the 2022 demonstration reports. Building it takes ~15 s, so a test file
 * shares one per engine.
 */
export async function database11MSP(engine: Engine): Promise<Database> {
  const database = await freshDatabase(engine);
  await seedCalendar(database.db);
  await seedCoalitions(database.db);
  await ensureDemoData(database.db, new Date('2026-12-01T00:00:00Z'));
  return database;
}

/**
 * One person of each role that judges or writes the report, or must be refused: the focal point is
 * Peru's, a State the judged indicators count, so it may not speak for its own State either.
 */
export async function progressPeople(database: Database) {
  return {
    isu: await makeUser(database.db, { role: 'isu' }),
    coordinator: await makeUser(database.db, { role: 'coordinator', stateIso3: 'DEU' }),
    partner: await makeUser(database.db, { role: 'partner', stateIso3: 'DEU' }),
    focalPoint: await makeUser(database.db, { role: 'focal_point', stateIso3: 'PER' }),
  };
}
