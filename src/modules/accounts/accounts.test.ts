import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, expectPage, makeUser, postForm, signIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { acceptInvitation } from './accept-invitation.js';
import { assignRole } from './assign-role.js';
import { createApiToken } from './create-api-token.js';
import { createUser } from './create-user.js';
import { inviteUser } from './invite-user.js';
import { revokeApiToken } from './revoke-api-token.js';
import { apiTokens, userRoles, users } from './schema.js';

describe.each(engines)('accounts on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('ISU invites a focal point who accepts, signs in, and acts for that State only', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const { token } = await inviteUser(ctxFor(db, isu), {
      email: 'New.Person@Example.org',
      name: 'New Person',
      role: 'focal_point',
      stateIso3: 'lbn',
    });
    await acceptInvitation(ctxFor(db, anonymous), {
      token,
      password: 'a-long-password',
      confirm: 'a-long-password',
    });
    const [u] = await db.select().from(users).where(eq(users.email, 'new.person@example.org'));
    expect(u).toBeDefined();
    const [r] = await db.select().from(userRoles).where(eq(userRoles.userId, u!.id));
    expect(r).toMatchObject({ role: 'focal_point', stateIso3: 'LBN' });
    // The token works once only.
    await expect(
      acceptInvitation(ctxFor(db, anonymous), {
        token,
        password: 'a-long-password',
        confirm: 'a-long-password',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const app = testApp(database());
    const cookie = await signIn(app, 'new.person@example.org', 'a-long-password');
    const page = await app.request('/account', { headers: { cookie } });
    await expectPage(page, 200, ['href="/states/LBN"']);
    // The account's State by its name in the reader's language.
    const fr = await (await app.request('/account', { headers: { cookie: `${cookie}; lang=fr` } })).text();
    expect(fr).toContain('>Liban</a>');
  });

  it("a donor State partner's account is named in the reader's language on the users page", async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const app = testApp(database());
    const cookie = await signIn(app, isu.email);
    const fr = await (
      await app.request('/admin/users', { headers: { cookie: `${cookie}; lang=fr` } })
    ).text();
    expect(fr).toContain(' · Allemagne (DEU)');
    const es = await (
      await app.request('/admin/users', { headers: { cookie: `${cookie}; lang=es` } })
    ).text();
    expect(es).toContain(' · Alemania (DEU)');
  });

  it('only the ISU invites, creates users and assigns roles; a focal point is refused for every State', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const partner = await makeUser(db, { role: 'partner', organisation: 'Org' });
    for (const actor of [fp, partner]) {
      for (const stateIso3 of ['LBN', 'CHL']) {
        await expect(
          inviteUser(ctxFor(db, actor), {
            email: `x${stateIso3}@x.org`,
            name: 'X',
            role: 'focal_point',
            stateIso3,
          }),
        ).rejects.toBeInstanceOf(ForbiddenError);
        await expect(
          createUser(ctxFor(db, actor), {
            email: `y${stateIso3}@x.org`,
            name: 'Y',
            password: 'long-enough-pw',
            role: 'focal_point',
            stateIso3,
          }),
        ).rejects.toBeInstanceOf(ForbiddenError);
        await expect(
          assignRole(ctxFor(db, actor), { userId: actor.id, role: 'focal_point', stateIso3 }),
        ).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    await expect(
      inviteUser(ctxFor(db, anonymous), { email: 'z@x.org', name: 'Z', role: 'isu' }),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    const [row] = await db.select().from(userRoles).where(eq(userRoles.userId, fp.id!));
    expect(row?.stateIso3).toBe('LBN');
  });

  it('validates role bindings at the field and never reaches the database with an unknown State', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const err = await inviteUser(ctxFor(db, isu), { email: 'a@b.org', name: 'A', role: 'focal_point' }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.stateIso3).toEqual(['accounts:errors.focalPointState']);
    const err2 = await inviteUser(ctxFor(db, isu), {
      email: 'a@b.org',
      name: 'A',
      role: 'focal_point',
      stateIso3: 'ZZZ',
    }).catch((e) => e);
    expect((err2 as ValidationError).fieldErrors.stateIso3).toEqual(['accounts:errors.unknownState']);
  });

  it('assignRole writes an audit entry with before and after', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    await assignRole(ctxFor(db, isu), { userId: fp.id, role: 'focal_point', stateIso3: 'CHL' });
    const entries = await db.select().from(auditEntries).where(eq(auditEntries.verb, 'accounts.assignRole'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: isu.id, subjectId: fp.id, stateIso3: 'CHL' });
    expect((entries[0]!.before as { stateIso3: string }).stateIso3).toBe('LBN');
  });

  it('API tokens: the owner creates and revokes; another user cannot revoke it; a revoked token is refused', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const other = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const { id, token } = await createApiToken(ctxFor(db, fp), { name: 'script' });
    const app = testApp(database());
    const ok = await app.request('/api/v1/deadlines', { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    await expect(revokeApiToken(ctxFor(db, other), { tokenId: id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeApiToken(ctxFor(db, anonymous), { tokenId: id })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    await revokeApiToken(ctxFor(db, fp), { tokenId: id });
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row?.revokedAt).not.toBeNull();
    const refused = await app.request('/api/v1/deadlines', { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(401);
    await expect(createApiToken(ctxFor(db, anonymous), { name: 'x' })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it('sign-in: wrong password re-renders the form, and repeated attempts are rate limited', async () => {
    const { db } = database();
    const u = await makeUser(db, { role: 'coordinator' });
    const app = testApp(database());
    const bad = await postForm(app, '/sign-in', { email: u.email, password: 'wrong-password' });
    await expectPage(bad, 401, [`value="${u.email}"`]);
    let last = 0;
    for (let i = 0; i < 6; i++)
      last = (await postForm(app, '/sign-in', { email: u.email, password: 'wrong-password' })).status;
    expect(last).toBe(429);
  });

  it('ISU pages refuse others: anonymous is sent to sign in, a focal point gets 403', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const app = testApp(database());
    const anon = await app.request('/admin/users');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/sign-in');
    const cookie = await signIn(app, fp.email);
    expect((await app.request('/admin/users', { headers: { cookie } })).status).toBe(403);
    expect((await app.request('/admin/audit', { headers: { cookie } })).status).toBe(403);
    const post = await postForm(
      app,
      '/admin/users/invite',
      { email: 'q@q.org', name: 'Q', role: 'isu' },
      cookie,
    );
    expect(post.status).toBe(403);
    expect(await db.select().from(users).where(eq(users.email, 'q@q.org'))).toHaveLength(0);
  });

  it('a form post from another origin is refused (CSRF)', async () => {
    const app = testApp(database());
    const res = await app.request('/sign-in', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.org&password=x',
    });
    expect(res.status).toBe(403);
  });
});
