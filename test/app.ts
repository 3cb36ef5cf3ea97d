import { createHmac } from 'node:crypto';
import { expect } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database, Db } from '../src/db/client.js';
import { type Actor, systemActor } from '../src/kernel/actor.js';
import { createContext, type ServiceContext } from '../src/kernel/context.js';
import type { AppError } from '../src/kernel/errors.js';
import { createUser, findActorForUser } from '../src/modules/accounts/index.js';

export const TEST_BASE = 'http://localhost:3000';
export const TEST_PASSWORD = 'test-password-123';
/** Tests pin the clock: "today" in every test is this day unless a test says otherwise. */
export const TEST_NOW = new Date('2026-11-23T12:00:00Z');

/** How a test's app differs from the usual: another "today", or other settings. */
type AppOptions = { now?: Date; env?: Record<string, string> };

export function testApp(database: Database, opts: AppOptions = {}) {
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

/**
 * The authenticator app of the tests: RFC 6238 TOTP (SHA-1, 6 digits, 30 s) computed here from the
 * base32 secret the enrolment page shows, independently of the auth library.
 */
export function totpCode(base32Secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32Secret.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => Number.parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

/** Accounts whose role must use a second factor, and the secrets the tests enrolled for them. */
const needsTotp = new Set<string>();
export const totpSecrets = new Map<string, string>();

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
  if (spec.role === 'isu' || spec.role === 'coordinator') needsTotp.add(email);
  return { ...actor, email };
}

/** The role most page tests sign in as. */
export const lebanonFocalPoint = { role: 'focal_point', stateIso3: 'LBN' } as const;

/**
 * The usual opening of a page test: the app on the test's database and one new user of the given
 * role, signed in through the real forms.
 */
export async function signedIn(database: Database, spec: RoleSpec, opts: AppOptions = {}) {
  const user = await makeUser(database.db, spec);
  return { db: database.db, user, ...(await appSignedInAs(database, user, opts)) };
}

/**
 * The app on the test's database with a person the test already made signed in: their cookie, and
 * `get` to request a page as them.
 */
export async function appSignedInAs(database: Database, user: { email: string }, opts: AppOptions = {}) {
  const app = testApp(database, opts);
  const cookie = await signIn(app, user.email);
  return { app, cookie, get: (path: string) => app.request(path, { headers: { cookie } }) };
}

export function ctxFor(db: Db, actor: Actor): ServiceContext {
  return createContext(db, actor, { now: TEST_NOW });
}

const sessionCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.startsWith('ccm.session_token') && c !== 'ccm.session_token=')
    .join('; ');

/**
 * Signs in through the real forms and returns the Cookie header to send with later requests. An
 * ISU or Coordinator account enrols its second factor on first sign-in, as a person would, and
 * answers the code step afterwards.
 */
export async function signIn(app: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await postForm(app, '/sign-in', { email, password });
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  if (res.headers.get('location')?.startsWith('/sign-in/two-factor')) {
    const secret = totpSecrets.get(email);
    if (!secret) throw new Error(`no TOTP secret enrolled for ${email}`);
    const pending = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .filter((c) => c.startsWith('ccm.two_factor'))
      .join('; ');
    const step = await postForm(app, '/sign-in/two-factor', { code: totpCode(secret) }, pending);
    if (step.status !== 303) throw new Error(`second factor failed: ${step.status}`);
    const cookie = sessionCookie(step);
    if (!cookie) throw new Error('no session cookie after the second factor');
    return cookie;
  }
  const cookie = sessionCookie(res);
  if (!cookie) throw new Error('no session cookie');
  if (!needsTotp.has(email) || totpSecrets.has(email)) return cookie;
  const setup = await postForm(app, '/account/two-factor/enable', { password }, cookie);
  const secret = (await setup.text()).match(/id="totp-secret">([A-Z2-7=]+)</)?.[1];
  if (!secret) throw new Error(`TOTP enrolment failed: ${setup.status}`);
  const done = await postForm(app, '/account/two-factor/verify', { code: totpCode(secret) }, cookie);
  if (done.status !== 303) throw new Error(`TOTP confirmation failed: ${done.status}`);
  totpSecrets.set(email, secret);
  return sessionCookie(done) || cookie;
}

/** POSTs a form as a browser on our own origin would (URLSearchParams for a name sent more than once). */
export function postForm(
  app: TestApp,
  path: string,
  fields: Record<string, string> | URLSearchParams,
  cookie?: string,
) {
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

/** Checks an answer's status and that its page shows each of `shown`; the page, for further checks. */
/**
 * Where an action led, with its outcome in view: the address of a 303 must end in `#outcome`
 * (kernel/forms.ts `redirectToOutcome`); returns it without the fragment, for the next request.
 */
export function outcomeAt(res: Response): string {
  const location = res.headers.get('location') ?? '';
  if (!location.endsWith('#outcome')) throw new Error(`expected a redirect to #outcome, got "${location}"`);
  return location.slice(0, -'#outcome'.length);
}

/**
 * An anonymous request refused by the app: a 303 to the sign-in page, which comes back to the
 * requested path afterwards (`next`); with `path`, exactly to that path (the app keeps no query).
 */
export function expectSentToSignIn(res: Response, path?: string): void {
  expect(res.status, path).toBe(303);
  const location = res.headers.get('location');
  if (path === undefined) expect(location).toMatch(/^\/sign-in\?next=/);
  else expect(location).toBe(`/sign-in?next=${encodeURIComponent(path.split('?')[0] ?? '')}`);
}

export async function expectPage(
  res: Response,
  status: number,
  shown: readonly string[] = [],
): Promise<string> {
  expect(res.status).toBe(status);
  const html = await res.text();
  for (const s of shown) expect(html).toContain(s);
  return html;
}

/** The error a call that must fail was refused with; the test fails if the call succeeds. */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected the call to fail');
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attrs = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2] ?? '')]));

/** What a browser would post from the page's form with the given action: every control as shown. */
export function fieldsOf(html: string, action: string): Record<string, string> {
  // The action as written, or followed by the fragment a refused form opens at (`#errors`).
  const exact = html.indexOf(`action="${action}"`);
  const start = exact >= 0 ? exact : html.indexOf(`action="${action}#`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (!a.name || a.type === 'file' || ((a.type === 'radio' || a.type === 'checkbox') && !('checked' in a)))
      continue;
    out[a.name] = a.value ?? '';
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const a = attrs(m[1] ?? '');
    if (a.name) out[a.name] = decode(m[2] ?? '');
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const a = attrs(m[1] ?? '');
    const selected = /<option value="([^"]*)" selected=""/.exec(m[2] ?? '');
    if (a.name) out[a.name] = decode(selected?.[1] ?? '');
  }
  return out;
}
