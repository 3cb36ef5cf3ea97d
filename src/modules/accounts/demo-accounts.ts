import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { listOfficeHolders } from '../calendar/index.js';
import { linkCoordinatorOffice } from './coordinator-offices.js';
import { createUser } from './create-user.js';
import type { CreateUserInput } from './inputs.js';
import { users } from './schema.js';

/** Known only to a local demonstration database: never created on a server unless asked. */
export const DEMO_PASSWORD = 'demo-password-ccm';

export const demoAccounts: Array<Omit<CreateUserInput, 'password'> & { title: string }> = [
  { title: 'ISU (secretariat)', email: 'isu@demo.ccm.local', name: 'Demo ISU officer', role: 'isu' },
  {
    title: 'Coordinator (cooperation, 2022-23)',
    email: 'coordinator@demo.ccm.local',
    name: 'Demo Coordinator',
    role: 'coordinator',
  },
  {
    title: 'Focal point, Lebanon',
    email: 'lbn@demo.ccm.local',
    name: 'Demo focal point LBN',
    role: 'focal_point',
    stateIso3: 'LBN',
  },
  {
    title: 'Focal point, Chile',
    email: 'chl@demo.ccm.local',
    name: 'Demo focal point CHL',
    role: 'focal_point',
    stateIso3: 'CHL',
  },
  {
    title: 'Partner, donor State (Germany)',
    email: 'deu@demo.ccm.local',
    name: 'Demo partner DEU',
    role: 'partner',
    stateIso3: 'DEU',
  },
  {
    title: 'Partner, organisation',
    email: 'ngo@demo.ccm.local',
    name: 'Demo partner NGO',
    role: 'partner',
    organisation: 'Demo clearance operator',
  },
];

/**
 * Creates the missing demonstration accounts through the same verb the ISU uses. Idempotent. They
 * are marked `demo`: the ISU and Coordinator accounts are offered a second factor (TOTP) on their
 * account page but not made to enrol, so they sign in with the printed password alone.
 */
export async function ensureDemoAccounts(db: Db): Promise<number> {
  const ctx = createContext(db, systemActor('seed:demo-accounts'));
  let created = 0;
  for (const a of demoAccounts) {
    const [exists] = await db.select({ id: users.id }).from(users).where(eq(users.email, a.email));
    if (exists) continue;
    const { title: _t, ...input } = a;
    const { id } = await createUser(ctx, { ...input, password: DEMO_PASSWORD, demo: true });
    if (input.role === 'coordinator') await linkDemoCoordinator(ctx, id);
    created++;
  }
  return created;
}

/**
 * The demonstration Coordinator acts under Germany's office as Coordinator on Cooperation and
 * Assistance for 2022 to the 11MSP (seed 000), so that it may judge and write the 11MSP report's
 * cooperation section on the demonstration data. The link is the demonstration's, not a fact about
 * any person; without the calendar's record (not seeded) the account keeps no area.
 */
async function linkDemoCoordinator(ctx: ReturnType<typeof createContext>, userId: string): Promise<void> {
  const office = (await listOfficeHolders(ctx.db)).find(
    (h) =>
      h.office === 'thematic_coordinator' &&
      h.area === 'cooperation_assistance' &&
      h.state?.iso3 === 'DEU' &&
      h.periodTo === '11MSP' &&
      !h.withdrawn,
  );
  if (office) await linkCoordinatorOffice(ctx, { userId, officeHolderId: office.id });
}
