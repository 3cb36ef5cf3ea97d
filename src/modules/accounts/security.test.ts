import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  expectPage,
  lebanonFocalPoint,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
  TEST_BASE,
  TEST_NOW,
  TEST_PASSWORD,
  testApp,
  totpCode,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { outboxMessages } from '../outbox/schema.js';
import { assignRole } from './assign-role.js';
import { createApiToken } from './create-api-token.js';
import { createUser } from './create-user.js';
import { changePassword, requestPasswordReset, resetPassword } from './passwords.js';
import { findActorForApiToken } from './queries.js';
import { revokeApiToken } from './revoke-api-token.js';
import { apiTokens, authAccounts, securityEvents, sessions, userRoles, users } from './schema.js';
import { setUserDisabled } from './set-user-disabled.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(engines)('accounts security on %s', (engine) => {
  const database = useFreshDatabase(engine);

  describe('API tokens (point 14)', () => {
    it('a token is refused on every HTML page and form route, and accepted by the JSON API', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const { token } = await createApiToken(ctxFor(db, isu), { name: 'script' });
      const app = testApp(database());
      const authorization = `Bearer ${token}`;
      expect((await app.request('/api/v1/deadlines', { headers: { authorization } })).status).toBe(200);
      const page = await app.request('/account', { headers: { authorization } });
      expect(page.status).toBe(401);
      expect((await app.request('/admin/users', { headers: { authorization } })).status).toBe(401);
      const before = await db.select().from(apiTokens);
      // A form post with the token and no Origin (as a script would send it) changes nothing.
      const post = await app.request('/account/tokens', {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=minted',
      });
      expect(post.status).toBe(401);
      expect(await db.select().from(apiTokens)).toEqual(before);
    });

    it('a token cannot mint or revoke tokens, so revoking it ends everything it could do', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const { id, token } = await createApiToken(ctxFor(db, fp), { name: 'script' });
      const viaToken = (await findActorForApiToken(db, token, TEST_NOW))!;
      expect(viaToken.token?.id).toBe(id);
      const before = await db.select().from(apiTokens);
      await expect(
        createApiToken(ctxFor(db, viaToken), { name: 'child', write: true }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revokeApiToken(ctxFor(db, viaToken), { tokenId: id })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      expect(await db.select().from(apiTokens)).toEqual(before);
    });

    it('a token reads only, unless it was granted writing', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const read = await createApiToken(ctxFor(db, isu), { name: 'reader' });
      const readActor = (await findActorForApiToken(db, read.token, TEST_NOW))!;
      await expect(
        assignRole(ctxFor(db, readActor), { userId: fp.id, role: 'focal_point', stateIso3: 'CHL' }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const [row] = await db.select().from(userRoles).where(eq(userRoles.userId, fp.id!));
      expect(row?.stateIso3).toBe('LBN');
      const write = await createApiToken(ctxFor(db, isu), { name: 'writer', write: true });
      const writeActor = (await findActorForApiToken(db, write.token, TEST_NOW))!;
      await assignRole(ctxFor(db, writeActor), { userId: fp.id, role: 'focal_point', stateIso3: 'CHL' });
      const [after] = await db.select().from(userRoles).where(eq(userRoles.userId, fp.id!));
      expect(after?.stateIso3).toBe('CHL');
    });

    it('a token expires: 90 days by default, or the lifetime chosen; never forever', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const short = await createApiToken(ctxFor(db, fp), { name: 'week', days: 7 });
      const normal = await createApiToken(ctxFor(db, fp), { name: 'default' });
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, normal.id));
      expect(row!.expiresAt.getTime() - TEST_NOW.getTime()).toBe(90 * DAY);
      await expect(createApiToken(ctxFor(db, fp), { name: 'forever', days: 100000 })).rejects.toBeInstanceOf(
        ValidationError,
      );
      const later = testApp(database(), { now: new Date(TEST_NOW.getTime() + 8 * DAY) });
      const h = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });
      expect((await later.request('/api/v1/deadlines', h(short.token))).status).toBe(401);
      expect((await later.request('/api/v1/deadlines', h(normal.token))).status).toBe(200);
      const muchLater = testApp(database(), { now: new Date(TEST_NOW.getTime() + 91 * DAY) });
      expect((await muchLater.request('/api/v1/deadlines', h(normal.token))).status).toBe(401);
    });

    it('a token limited to some areas of the API is refused the others', async () => {
      const { db } = database();
      const partner = await makeUser(db, { role: 'partner', organisation: 'Org' });
      const { token } = await createApiToken(ctxFor(db, partner), { name: 'states only', areas: ['states'] });
      const app = testApp(database());
      const h = { headers: { authorization: `Bearer ${token}` } };
      expect((await app.request('/api/v1/deadlines', h)).status).toBe(200);
      expect((await app.request('/api/v1/states/LBN', h)).status).toBe(200);
      expect((await app.request('/api/v1/needs', h)).status).toBe(403);
      expect((await app.request('/api/v1/states/LBN/reports', h)).status).toBe(403);
      expect((await app.request('/api/v1/ledger', h)).status).toBe(403);
    });

    it('the account page creates a token with the chosen areas, writing and lifetime', async () => {
      const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
      const res = await app.request('/account/tokens', {
        method: 'POST',
        headers: { origin: TEST_BASE, 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: 'name=mine&areas=states&areas=reports&days=30',
      });
      expect(res.status).toBe(200);
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.userId, fp.id!));
      expect(row).toMatchObject({ name: 'mine', scopes: 'states reports' });
      expect(row!.expiresAt.getTime() - TEST_NOW.getTime()).toBe(30 * DAY);
      const none = await postForm(app, '/account/tokens', { name: 'nothing', days: '30' }, cookie);
      await expectPage(none, 422, ['value="nothing"']);
    });
  });

  describe('passwords, disabling, sessions (point 15)', () => {
    it('refuses common passwords, one repeated character, and the e-mail name in the password', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const cases: Array<[string, string, string]> = [
        ['a1@x.org', 'password12', 'accounts:errors.passwordCommon'],
        ['a2@x.org', 'qwertyuiop', 'accounts:errors.passwordCommon'],
        ['a3@x.org', 'aaaaaaaaaa', 'accounts:errors.passwordRepeated'],
        ['jeanne.dupont@x.org', 'my-Jeanne.Dupont-2026', 'accounts:errors.passwordHasEmail'],
      ];
      for (const [email, password, key] of cases) {
        const err = await createUser(ctxFor(db, isu), {
          email,
          name: 'N',
          password,
          role: 'coordinator',
        }).catch((e) => e);
        expect(err, password).toBeInstanceOf(ValidationError);
        expect((err as ValidationError).fieldErrors.password).toEqual([key]);
        expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
      }
      await createUser(ctxFor(db, isu), {
        email: 'ok@x.org',
        name: 'N',
        password: 'horse-battery-staple-9',
        role: 'coordinator',
      });
    });

    it('the ISU disables an account: its sessions and tokens stop at once and it cannot sign in; enabling restores sign-in', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const { app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
      const { token } = await createApiToken(ctxFor(db, fp), { name: 'script' });
      expect((await app.request('/account', { headers: { cookie } })).status).toBe(200);
      // Nobody else may.
      const coord = await makeUser(db, { role: 'coordinator' });
      for (const actor of [fp, coord])
        await expect(
          setUserDisabled(ctxFor(db, actor), { userId: fp.id, disabled: true }),
        ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        setUserDisabled(ctxFor(db, anonymous), { userId: fp.id, disabled: true }),
      ).rejects.toBeInstanceOf(UnauthenticatedError);
      expect((await db.select().from(users).where(eq(users.id, fp.id!)))[0]?.disabledAt).toBeNull();

      const isuCookie = await signIn(app, isu.email);
      const res = await postForm(app, `/admin/users/${fp.id}/disable`, {}, isuCookie);
      expect(res.status).toBe(303);
      expect((await app.request('/account', { headers: { cookie } })).status).toBe(303);
      expect(await db.select().from(sessions).where(eq(sessions.userId, fp.id!))).toHaveLength(0);
      const api = await app.request('/api/v1/deadlines', { headers: { authorization: `Bearer ${token}` } });
      expect(api.status).toBe(401);
      await expect(signIn(app, fp.email)).rejects.toThrow(/401/);
      // The ISU cannot lock themselves out.
      await expect(
        setUserDisabled(ctxFor(db, isu), { userId: isu.id, disabled: true }),
      ).rejects.toBeInstanceOf(ValidationError);
      await setUserDisabled(ctxFor(db, isu), { userId: fp.id, disabled: false });
      expect(await signIn(app, fp.email)).toContain('ccm.session_token');
      const audit = await db
        .select()
        .from(auditEntries)
        .where(eq(auditEntries.verb, 'accounts.setUserDisabled'));
      expect(audit).toHaveLength(2);
    });

    it('a session ends after 30 idle minutes and 12 hours after sign-in, however active', async () => {
      const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
      const [s] = await db.select().from(sessions).where(eq(sessions.userId, fp.id!));
      expect(s!.expiresAt.getTime() - s!.createdAt.getTime()).toBeLessThanOrEqual(30 * 60 * 1000);
      // Active all along (expiry kept ahead) but signed in 13 hours ago: signed out.
      await db
        .update(sessions)
        .set({
          createdAt: new Date(Date.now() - 13 * 60 * 60 * 1000),
          expiresAt: new Date(Date.now() + 60_000),
        })
        .where(eq(sessions.id, s!.id));
      const res = await app.request('/account', { headers: { cookie } });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toContain('/sign-in');
    });

    it('a person changes their password after giving the current one; their other sessions end', async () => {
      const { db, app, user: fp, cookie } = await signedIn(database(), lebanonFocalPoint);
      const other = await signIn(app, fp.email);
      const hash = async () =>
        (await db.select().from(authAccounts).where(eq(authAccounts.userId, fp.id!)))[0]?.password;
      const original = await hash();
      const wrong = await postForm(
        app,
        '/account/password',
        { current: 'not-my-password', password: 'a-brand-new-secret', confirm: 'a-brand-new-secret' },
        cookie,
      );
      await expectPage(wrong, 422, ['The current password is not right.']);
      expect(await hash()).toBe(original);
      const ok = await postForm(
        app,
        '/account/password',
        { current: 'test-password-123', password: 'a-brand-new-secret', confirm: 'a-brand-new-secret' },
        cookie,
      );
      expect(ok.status).toBe(303);
      expect((await app.request('/account', { headers: { cookie } })).status).toBe(200);
      expect((await app.request('/account', { headers: { cookie: other } })).status).toBe(303);
      await expect(signIn(app, fp.email)).rejects.toThrow(/401/);
      expect(await signIn(app, fp.email, 'a-brand-new-secret')).toContain('ccm.session_token');
      // Not through a token, nor anonymously.
      const { token } = await createApiToken(ctxFor(db, fp), { name: 't', write: true });
      const viaToken = (await findActorForApiToken(db, token, TEST_NOW))!;
      const input = {
        current: 'a-brand-new-secret',
        password: 'another-new-secret',
        confirm: 'another-new-secret',
      };
      await expect(changePassword(ctxFor(db, viaToken), input)).rejects.toBeInstanceOf(ForbiddenError);
      const changed = await hash();
      expect(changed).not.toBe(original);
      await expect(changePassword(ctxFor(db, anonymous), input)).rejects.toBeInstanceOf(UnauthenticatedError);
      expect(await hash()).toBe(changed);
    });

    it('a forgotten password is reset through a one-time link sent by the outbox', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const app = testApp(database());
      const unknown = await postForm(app, '/forgot-password', { email: 'nobody@x.org' });
      const known = await postForm(app, '/forgot-password', { email: fp.email });
      expect(unknown.status).toBe(200);
      expect(known.status).toBe(200);
      // The page does not tell which address has an account.
      expect(await unknown.text()).toBe(await known.text());
      const mails = await db.select().from(outboxMessages);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.toAddress).toBe(fp.email);
      const link = mails[0]!.body.match(/http:\/\/localhost:3000(\/reset-password\/\S+)/)?.[1];
      expect(link).toBeDefined();
      expect((await app.request(link!)).status).toBe(200);
      const weak = await postForm(app, link!, { password: 'password12', confirm: 'password12' });
      expect(weak.status).toBe(422);
      const done = await postForm(app, link!, { password: 'reset-and-strong', confirm: 'reset-and-strong' });
      expect(done.status).toBe(303);
      expect(await signIn(app, fp.email, 'reset-and-strong')).toContain('ccm.session_token');
      // Once only.
      expect(
        (await postForm(app, link!, { password: 'again-and-strong', confirm: 'again-and-strong' })).status,
      ).toBe(422);
      const token = link!.split('/').at(-1)!;
      await expect(
        resetPassword(ctxFor(db, anonymous), {
          token,
          password: 'again-and-strong',
          confirm: 'again-and-strong',
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      // A disabled account gets no message.
      const isu = await makeUser(db, { role: 'isu' });
      await setUserDisabled(ctxFor(db, isu), { userId: fp.id, disabled: true });
      await requestPasswordReset(ctxFor(db, anonymous), { email: fp.email, baseUrl: TEST_BASE });
      expect(await db.select().from(outboxMessages)).toHaveLength(1);
    });
  });

  describe('second factor (point 15)', () => {
    it('an ISU account must enrol TOTP before anything else, then signs in with a code as a second step', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const app = testApp(database());
      const first = await postForm(app, '/sign-in', { email: isu.email, password: TEST_PASSWORD });
      expect(outcomeAt(first)).toBe('/start');
      const cookie = first.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .filter((c) => c?.startsWith('ccm.session_token'))
        .join('; ');
      const page = await app.request('/admin/users', { headers: { cookie } });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/account/two-factor');
      const enrol = await app.request('/account/two-factor', { headers: { cookie } });
      expect(enrol.status).toBe(200);
      // The secret as text and as an otpauth URI.
      const setup = await postForm(app, '/account/two-factor/enable', { password: TEST_PASSWORD }, cookie);
      const html = await setup.text();
      const secret = html.match(/id="totp-secret">([A-Z2-7=]+)</)?.[1];
      expect(secret).toBeDefined();
      expect(html).toContain(`otpauth://totp/`);
      const wrong = await postForm(app, '/account/two-factor/verify', { code: '000000' }, cookie);
      expect(wrong.status).toBe(422);
      const ok = await postForm(app, '/account/two-factor/verify', { code: totpCode(secret!) }, cookie);
      expect(ok.status).toBe(303);
      const [u] = await db.select().from(users).where(eq(users.id, isu.id!));
      expect(u?.twoFactorEnabled).toBe(true);
      // Next time: the password alone gives no session.
      const again = await postForm(app, '/sign-in', { email: isu.email, password: TEST_PASSWORD });
      expect(again.headers.get('location')).toMatch(/^\/sign-in\/two-factor/);
      expect(again.headers.getSetCookie().some((c) => /^ccm\.session_token=[^;]+/.test(c))).toBe(false);
      const pending = again.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .filter((c) => c?.startsWith('ccm.two_factor'))
        .join('; ');
      const bad = await postForm(app, '/sign-in/two-factor', { code: '123456' }, pending);
      expect(bad.status).toBe(401);
      const [e] = await db
        .select()
        .from(securityEvents)
        .where(eq(securityEvents.kind, 'second_factor_failed'));
      expect(e).toBeDefined();
      const good = await postForm(app, '/sign-in/two-factor', { code: totpCode(secret!) }, pending);
      expect(good.status).toBe(303);
      const session = good.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .filter((c) => c?.startsWith('ccm.session_token'))
        .join('; ');
      expect((await app.request('/admin/users', { headers: { cookie: session } })).status).toBe(200);
    });

    it('a demonstration ISU account is offered TOTP but signs in with its password alone; only the seed makes one', async () => {
      const { db } = database();
      const { ensureDemoAccounts, DEMO_PASSWORD } = await import('./demo-accounts.js');
      await ensureDemoAccounts(db);
      const app = testApp(database());
      const cookie = await signIn(app, 'isu@demo.ccm.local', DEMO_PASSWORD);
      expect((await app.request('/admin/users', { headers: { cookie } })).status).toBe(200);
      const offer = await app.request('/account/two-factor', { headers: { cookie } });
      expect(await offer.text()).toContain('You may add a second factor');
      const isu = await makeUser(db, { role: 'isu' });
      const before = await db.select().from(users);
      await expect(
        createUser(ctxFor(db, isu), {
          email: 'fake-demo@x.org',
          name: 'N',
          password: 'horse-battery-staple-9',
          role: 'isu',
          demo: true,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.select().from(users)).toHaveLength(before.length);
    });
  });

  describe('sign-in logging and limits (point 18)', () => {
    it('failed sign-ins and refused requests are logged without the password; only the ISU reads the log', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const app = testApp(database());
      await postForm(app, '/sign-in', { email: fp.email, password: 'the-wrong-secret-x' });
      const cookie = await signIn(app, fp.email);
      expect((await app.request('/admin/users', { headers: { cookie } })).status).toBe(403);
      expect((await app.request('/api/v1/needs', { headers: { authorization: 'Bearer nope' } })).status).toBe(
        401,
      );
      const events = await db.select().from(securityEvents);
      expect(events.map((e) => e.kind).sort()).toEqual(['refused_403', 'sign_in_failed', 'token_refused']);
      expect(events.find((e) => e.kind === 'sign_in_failed')).toMatchObject({
        email: fp.email,
        userId: fp.id,
      });
      expect(events.find((e) => e.kind === 'refused_403')).toMatchObject({
        userId: fp.id,
        path: '/admin/users',
      });
      expect(JSON.stringify(events)).not.toContain('the-wrong-secret-x');
      expect((await app.request('/admin/security', { headers: { cookie } })).status).toBe(403);
      const isuCookie = await signIn(app, isu.email);
      const page = await app.request('/admin/security', { headers: { cookie: isuCookie } });
      await expectPage(page, 200, [fp.email]);
    });

    it('behind a trusted proxy, the limit is per client address: one client’s failures do not lock out another', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const other = await makeUser(db, { role: 'partner', organisation: 'Org' });
      const app = testApp(database(), { env: { TRUST_PROXY: 'yes' } });
      const from = (ip: string, email: string, password: string) =>
        app.request('/sign-in', {
          method: 'POST',
          headers: {
            origin: TEST_BASE,
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': ip,
          },
          body: new URLSearchParams({ email, password }).toString(),
        });
      let last = 0;
      for (let i = 0; i < 6; i++) last = (await from('203.0.113.7', fp.email, 'wrong-password-x')).status;
      expect(last).toBe(429);
      expect((await from('198.51.100.9', other.email, 'test-password-123')).status).toBe(303);
      const events = await db.select().from(securityEvents).where(eq(securityEvents.kind, 'sign_in_failed'));
      expect(new Set(events.map((e) => e.clientAddress))).toEqual(new Set(['203.0.113.7']));
    });

    it('without TRUST_PROXY a forged X-Forwarded-For is ignored', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const app = testApp(database());
      await app.request('/sign-in', {
        method: 'POST',
        headers: {
          origin: TEST_BASE,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': '1.2.3.4',
        },
        body: new URLSearchParams({ email: fp.email, password: 'wrong-password-x' }).toString(),
      });
      const [e] = await db.select().from(securityEvents);
      expect(e?.clientAddress).toBe('127.0.0.1');
    });

    it('one account is locked after 10 failures in 15 minutes, whatever addresses they come from', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const app = testApp(database(), { env: { TRUST_PROXY: 'yes' } });
      const attempt = (i: number, password: string) =>
        app.request('/sign-in', {
          method: 'POST',
          headers: {
            origin: TEST_BASE,
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': `192.0.2.${i}`,
          },
          body: new URLSearchParams({ email: fp.email, password }).toString(),
        });
      for (let i = 1; i <= 10; i++) expect((await attempt(i, 'wrong-password-x')).status).toBe(401);
      // Even the right password is refused now, from a fresh address.
      expect((await attempt(50, 'test-password-123')).status).toBe(429);
      const later = testApp(database(), {
        now: new Date(TEST_NOW.getTime() + 16 * 60 * 1000),
        env: { TRUST_PROXY: 'yes' },
      });
      const res = await later.request('/sign-in', {
        method: 'POST',
        headers: {
          origin: TEST_BASE,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': '192.0.2.51',
        },
        body: new URLSearchParams({ email: fp.email, password: 'test-password-123' }).toString(),
      });
      expect(res.status).toBe(303);
    });

    it('the flash and lang cookies are Secure under https', async () => {
      const base = 'https://ccm.example.org';
      const app = testApp(database(), { env: { BASE_URL: base } });
      const lang = await app.request(`${base}/lang/fr`);
      expect(lang.headers.get('set-cookie')).toMatch(/lang=fr;.*Secure/i);
      const out = await app.request(`${base}/sign-out`, { method: 'POST', headers: { origin: base } });
      const flash = out.headers.getSetCookie().find((c) => c.startsWith('flash='));
      expect(flash).toMatch(/Secure/i);
    });
  });
});
