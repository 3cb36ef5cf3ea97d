import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { createUser } from './create-user.js';
import type { CreateUserInput } from './inputs.js';
import { users } from './schema.js';

/** Known only to a local demonstration database: never created on a server unless asked. */
export const DEMO_PASSWORD = 'demo-password-ccm';

export const demoAccounts: Array<Omit<CreateUserInput, 'password'> & { title: string }> = [
  { title: 'ISU (secretariat)', email: 'isu@demo.ccm.local', name: 'Demo ISU officer', role: 'isu' },
  {
    title: 'Coordinator',
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
    await createUser(ctx, { ...input, password: DEMO_PASSWORD, demo: true });
    created++;
  }
  return created;
}
