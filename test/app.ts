import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database, Db } from '../src/db/client.js';
import { type Actor, systemActor } from '../src/kernel/actor.js';
import { createContext, type ServiceContext } from '../src/kernel/context.js';
import { createUser, findActorForUser } from '../src/modules/accounts/index.js';

export const TEST_BASE = 'http://localhost:3000';
export const TEST_PASSWORD = 'test-password-123';
/** Tests pin the clock: "today" in every test is this day unless a test says otherwise. */
export const TEST_NOW = new Date('2026-11-23T12:00:00Z');

export function testApp(database: Database, opts: { now?: Date; env?: Record<string, string> } = {}) {
  const config = loadConfig({ NODE_ENV: 'test', BASE_URL: TEST_BASE, ...opts.env });
  const now = opts.now ?? TEST_NOW;
  return createApp({
    database,
    config,
    authSecret: 'test-secret-test-secret-test-secret-42',
    now: () => now,
  });
}

export type TestApp = ReturnType<typeof testApp>;

type RoleSpec = {
  role: 'isu' | 'coordinator' | 'focal_point' | 'partner';
  stateIso3?: string;
  organisation?: string;
};

let seq = 0;
/** Creates a user through the real verb and returns its actor. */
export async function makeUser(db: Db, spec: RoleSpec): Promise<Actor & { email: string }> {
  const who = (spec.stateIso3 ?? spec.organisation ?? 'x').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const email = `${spec.role}-${who}-${++seq}-${Date.now()}@test.local`;
  const { id } = await createUser(createContext(db, systemActor('test')), {
    email,
    name: `Test ${spec.role} ${seq}`,
    password: TEST_PASSWORD,
    ...spec,
  });
  const actor = await findActorForUser(db, id);
  if (!actor) throw new Error('user not created');
  return { ...actor, email };
}

export function ctxFor(db: Db, actor: Actor): ServiceContext {
  return createContext(db, actor, { now: TEST_NOW });
}

/** Signs in through the real form and returns the Cookie header to send with later requests. */
export async function signIn(app: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.request('/sign-in', {
    method: 'POST',
    headers: { origin: TEST_BASE, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.startsWith('ccm.session_token'));
  if (!cookies.length) throw new Error('no session cookie');
  return cookies.join('; ');
}

/** POSTs a form as a browser on our own origin would. */
export function postForm(app: TestApp, path: string, fields: Record<string, string>, cookie?: string) {
  return app.request(path, {
    method: 'POST',
    headers: {
      origin: TEST_BASE,
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie ? { cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
}
