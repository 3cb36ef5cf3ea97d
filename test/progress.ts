import { afterAll, beforeAll } from 'vitest';
import type { Database, Engine } from '../src/db/client.js';
import type { Actor } from '../src/kernel/actor.js';
import { type OfficeArea, seedCalendar } from '../src/modules/calendar/index.js';
import { seedCoalitions } from '../src/modules/coalitions/index.js';
import { ensureDemoData } from '../src/modules/cooperation/index.js';
import { ctxFor, makeUser, signIn, type TestApp, testApp } from './app.js';
import { holdCoordinatorOffices } from './coordinators.js';
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

/** The areas the tests' Coordinator held in the 11MSP's period: every one but victim assistance. */
export const coordinatorTestAreas: readonly OfficeArea[] = [
  'general_status',
  'universalization',
  'stockpile_destruction',
  'clearance_risk_reduction',
  'cooperation_assistance',
];

/**
 * One person of each role that judges or writes the report, or must be refused: the focal point is
 * Peru's, a State the judged indicators count, so it may not speak for its own State either. The
 * Coordinator's account is linked to test records of Germany's offices in `coordinatorTestAreas`
 * for the 11MSP's cycle (2022 to the 11MSP); `outsider` is a Coordinator linked to none.
 */
export async function progressPeople(database: Database) {
  const { db } = database;
  const isu = await makeUser(db, { role: 'isu' });
  const coordinator = await makeUser(db, { role: 'coordinator', stateIso3: 'DEU' });
  await holdCoordinatorOffices(db, isu, coordinator.id!, coordinatorTestAreas, { from: '2022', to: '11MSP' });
  return {
    isu,
    coordinator,
    outsider: await makeUser(db, { role: 'coordinator', stateIso3: 'FRA' }),
    partner: await makeUser(db, { role: 'partner', stateIso3: 'DEU' }),
    focalPoint: await makeUser(db, { role: 'focal_point', stateIso3: 'PER' }),
  };
}

/**
 * The opening of a test file over the 11MSP report, for one engine: before the file's tests, the
 * database (`database11MSP`), `progressPeople` and the app, to which `mount` may add routes; the
 * database is closed after them. `ctx` acts as a person; `cookieOf` signs each person in once
 * (sign-ins are rate-limited).
 */
export function useProgressWorld(engine: Engine, mount?: (app: TestApp, database: Database) => void) {
  const world = {} as { database: Database; app: TestApp } & Awaited<ReturnType<typeof progressPeople>>;
  beforeAll(async () => {
    const database = await database11MSP(engine);
    Object.assign(world, { database, ...(await progressPeople(database)), app: testApp(database) });
    mount?.(world.app, database);
  }, 120_000);
  afterAll(async () => world.database?.close());
  const cookies = new Map<string, string>();
  return {
    world,
    ctx: (a: Actor) => ctxFor(world.database.db, a),
    cookieOf: async (u: { email: string }) => {
      if (!cookies.has(u.email)) cookies.set(u.email, await signIn(world.app, u.email));
      return cookies.get(u.email)!;
    },
  };
}

/**
 * One database for a test file, for one engine: the sourced calendar and the 2022 demonstration
 * reports (no Country Coalitions), with the app over it; closed after the file's tests.
 */
export function useDemoReports(engine: Engine) {
  const world = {} as { database: Database; app: TestApp };
  beforeAll(async () => {
    const database = await freshDatabase(engine);
    await seedCalendar(database.db);
    await ensureDemoData(database.db, new Date('2026-12-01T00:00:00Z'));
    Object.assign(world, { database, app: testApp(database) });
  }, 120_000);
  afterAll(async () => world.database?.close());
  return world;
}
