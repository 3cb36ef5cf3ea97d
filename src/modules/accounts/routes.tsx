import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listAuditEntries } from '../../kernel/audit/queries.js';
import { UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import {
  parseForm,
  readForm,
  StatePageQuery,
  safeNext,
  setFlash,
  translateErrors,
} from '../../kernel/forms.js';
import {
  type AppContext,
  type AppDeps,
  type AppEnv,
  requireThat,
  serviceContext,
} from '../../kernel/http.js';
import { render } from '../../kernel/views/render.js';
import { listStateNames } from '../states/index.js';
import { acceptInvitation } from './accept-invitation.js';
import { assignRole } from './assign-role.js';
import type { Auth } from './auth.js';
import { createApiToken } from './create-api-token.js';
import { INVITATION_DAYS, inviteUser } from './invite-user.js';
import { canManageUsers, canReadAudit } from './policy.js';
import { findInvitationByToken, listApiTokens, listOpenInvitations, listUsers } from './queries.js';
import { revokeApiToken } from './revoke-api-token.js';
import { AccountPage } from './views/account.js';
import { AuditPage } from './views/audit.js';
import { InvitationPage } from './views/invitation.js';
import { SignInPage } from './views/sign-in.js';
import { UsersPage } from './views/users.js';

interface Deps extends AppDeps {
  now: () => Date;
  auth: Auth;
}

const SignInForm = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'errors:email' })),
  password: z.string().min(1, 'errors:required').max(200, 'errors:tooLong'),
  next: z.string().optional(),
});

/** The client address better-auth counts sign-in attempts by. */
function clientIp(c: AppContext): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? '127.0.0.1';
}

export function accountsRoutes(deps: Deps) {
  const { auth } = deps;
  const db = deps.database.db as Db;
  const app = new Hono<AppEnv>();
  const ctxOf = (c: AppContext) => serviceContext(c, db, deps.now);

  const requireUser = (c: AppContext) => {
    const actor = c.get('actor');
    if (actor.kind !== 'user') throw new UnauthenticatedError();
    return actor;
  };

  app.get('/sign-in', (c) => {
    const t = c.get('t');
    return render(c, t('accounts:signIn.title'), <SignInPage t={t} next={safeNext(c.req.query('next'))} />);
  });

  app.post('/sign-in', async (c) => {
    const t = c.get('t');
    const form = await parseForm(c, SignInForm);
    if (!form.ok) {
      const errors = translateErrors(t, form.errors);
      return render(
        c,
        t('accounts:signIn.title'),
        <SignInPage t={t} values={form.values} errors={errors} next={safeNext(form.values.next)} />,
        422,
      );
    }
    // Through better-auth's handler, so its rate limiting and session cookie apply as they would to its own API.
    const res = await auth.handler(
      new Request(new URL('/auth/sign-in/email', deps.config.baseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: deps.config.baseUrl,
          'x-client-ip': clientIp(c),
        },
        body: JSON.stringify({ email: form.data.email, password: form.data.password }),
      }),
    );
    if (!res.ok) {
      const message = res.status === 429 ? t('accounts:signIn.tooMany') : t('accounts:signIn.failed');
      const status = res.status === 429 ? 429 : 401;
      return render(
        c,
        t('accounts:signIn.title'),
        <SignInPage
          t={t}
          values={{ email: form.data.email }}
          formError={message}
          next={safeNext(form.data.next)}
        />,
        status as 401,
      );
    }
    for (const cookie of res.headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
    setFlash(c, { kind: 'success', key: 'accounts:signIn.welcome' });
    return c.redirect(safeNext(form.data.next), 303);
  });

  app.post('/sign-out', async (c) => {
    const res = await auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
    for (const cookie of res.headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
    setFlash(c, { kind: 'success', key: 'accounts:signIn.signedOut' });
    return c.redirect('/', 303);
  });

  app.get('/account', async (c) => {
    const actor = requireUser(c);
    const t = c.get('t');
    const tokens = await listApiTokens(db, actor.id!);
    return render(
      c,
      t('accounts:account.title'),
      <AccountPage t={t} locale={c.get('locale')} actor={actor} tokens={tokens} />,
    );
  });

  app.post('/account/tokens', async (c) => {
    const actor = requireUser(c);
    const t = c.get('t');
    const values = await readForm(c);
    try {
      const { token } = await createApiToken(ctxOf(c), values);
      const tokens = await listApiTokens(db, actor.id!);
      return render(
        c,
        t('accounts:account.title'),
        <AccountPage t={t} locale={c.get('locale')} actor={actor} tokens={tokens} newToken={token} />,
      );
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const tokens = await listApiTokens(db, actor.id!);
      return render(
        c,
        t('accounts:account.title'),
        <AccountPage
          t={t}
          locale={c.get('locale')}
          actor={actor}
          tokens={tokens}
          errors={translateErrors(t, err.fieldErrors)}
          values={values}
        />,
        422,
      );
    }
  });

  app.post('/account/tokens/:id/revoke', async (c) => {
    requireUser(c);
    await revokeApiToken(ctxOf(c), { tokenId: c.req.param('id') });
    setFlash(c, { kind: 'success', key: 'accounts:account.tokenRevoked' });
    return c.redirect('/account', 303);
  });

  app.get('/invite/:token', async (c) => {
    const t = c.get('t');
    const token = c.req.param('token');
    const inv = await findInvitationByToken(db, token);
    const valid = inv && !inv.acceptedAt && inv.expiresAt > deps.now();
    return render(
      c,
      t('accounts:invitation.title'),
      <InvitationPage t={t} token={token} invitation={valid ? inv : undefined} />,
      valid ? 200 : 404,
    );
  });

  app.post('/invite/:token', async (c) => {
    const t = c.get('t');
    const token = c.req.param('token');
    const values = await readForm(c);
    try {
      await acceptInvitation(ctxOf(c), { ...values, token });
      setFlash(c, { kind: 'success', key: 'accounts:invitation.done' });
      return c.redirect('/sign-in', 303);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const inv = await findInvitationByToken(db, token);
      return render(
        c,
        t('accounts:invitation.title'),
        <InvitationPage
          t={t}
          token={token}
          invitation={inv && !inv.acceptedAt ? inv : undefined}
          errors={translateErrors(t, err.fieldErrors)}
        />,
        422,
      );
    }
  });

  const usersPage = async (
    c: AppContext,
    extra: Partial<Parameters<typeof UsersPage>[0]> = {},
    status: 200 | 422 = 200,
  ) => {
    const t = c.get('t');
    const [users, invitations, stateNames] = await Promise.all([
      listUsers(db),
      listOpenInvitations(db),
      listStateNames(db),
    ]);
    return render(
      c,
      t('accounts:users.title'),
      <UsersPage
        t={t}
        locale={c.get('locale')}
        users={users}
        invitations={invitations}
        states={stateNames}
        {...extra}
      />,
      status,
    );
  };

  app.get('/admin/users', async (c) => {
    requireThat(c, canManageUsers(c.get('actor')));
    return usersPage(c);
  });

  app.post('/admin/users/invite', async (c) => {
    const values = await readForm(c);
    try {
      const { token } = await inviteUser(ctxOf(c), values);
      const link = new URL(`/invite/${token}`, deps.config.baseUrl).toString();
      return usersPage(c, { invitedLink: link, invitedEmail: values.email, invitationDays: INVITATION_DAYS });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return usersPage(c, { errors: translateErrors(c.get('t'), err.fieldErrors), values }, 422);
    }
  });

  app.post('/admin/users/:id/role', async (c) => {
    const values = await readForm(c);
    try {
      await assignRole(ctxOf(c), { ...values, userId: c.req.param('id') });
      setFlash(c, { kind: 'success', key: 'accounts:users.roleChanged' });
      return c.redirect('/admin/users', 303);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return usersPage(
        c,
        {
          roleErrors: {
            userId: c.req.param('id'),
            errors: translateErrors(c.get('t'), err.fieldErrors) ?? {},
          },
        },
        422,
      );
    }
  });

  app.get('/admin/audit', async (c) => {
    const actor = c.get('actor');
    requireThat(c, canReadAudit(actor));
    const t = c.get('t');
    const q = StatePageQuery.parse(c.req.query());
    const entries = await listAuditEntries(db, { stateIso3: q.state, before: q.before, limit: 100 });
    return render(
      c,
      t('accounts:audit.title'),
      <AuditPage t={t} locale={c.get('locale')} entries={entries} state={q.state} />,
    );
  });

  return app;
}
