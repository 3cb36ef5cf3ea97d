import { z } from 'zod';
import { listAuditEntries } from '../../kernel/audit/queries.js';
import { type FieldErrors, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { redirectWithSuccess, submitForm } from '../../kernel/form-post.js';
import { parseForm, readForm, StatePageQuery, safeNext, translateErrors } from '../../kernel/forms.js';
import {
  type AppContext,
  type AppDeps,
  clientAddress,
  moduleRoutes,
  requireThat,
} from '../../kernel/http.js';
import { renderPage } from '../../kernel/page.js';
import { render } from '../../kernel/views/render.js';
import { officeHoldersOn } from '../calendar/index.js';
import { listStateNames } from '../states/index.js';
import { acceptInvitation } from './accept-invitation.js';
import { assignRole } from './assign-role.js';
import type { Auth } from './auth.js';
import {
  coordinatorOfficesOn,
  linkCoordinatorOffice,
  linkedOfficeIds,
  unlinkCoordinatorOffice,
} from './coordinator-offices.js';
import { createApiToken } from './create-api-token.js';
import { INVITATION_DAYS, inviteUser } from './invite-user.js';
import { changePassword, isResetTokenValid, requestPasswordReset, resetPassword } from './passwords.js';
import { canManageUsers, canReadAudit } from './policy.js';
import {
  findAccountByEmail,
  findInvitationByToken,
  listApiTokens,
  listOpenInvitations,
  listUsers,
  secondFactorState,
} from './queries.js';
import { revokeApiToken } from './revoke-api-token.js';
import {
  countSignInFailures,
  listSecurityEvents,
  recordSecurityEvent,
  type SecurityEventKind,
} from './security-log.js';
import { setUserDisabled } from './set-user-disabled.js';
import { AccountPage } from './views/account.js';
import { AuditPage } from './views/audit.js';
import { InvitationPage } from './views/invitation.js';
import { LOG_PAGE_SIZE } from './views/log-table.js';
import { ForgotPasswordPage, ResetPasswordPage } from './views/password.js';
import { SecurityLogPage } from './views/security.js';
import { SignInPage } from './views/sign-in.js';
import { SecondFactorPage, TwoFactorPage } from './views/two-factor.js';
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

/** Failed sign-ins per account allowed in the window, from any address, before it is locked. */
export const ACCOUNT_FAILURES_ALLOWED = 10;
export const ACCOUNT_FAILURE_WINDOW_MINUTES = 15;

export function accountsRoutes(deps: Deps) {
  const { auth } = deps;
  const { app, db, today, ctxOf } = moduleRoutes(deps);

  /**
   * Where signing in leads: the page asked for, or the person's start page when none was (or when
   * it was the public home page, which the menu's sign-in link names from there).
   */
  const landing = (next: string | undefined) => {
    const to = safeNext(next, '/start');
    return to === '/' ? '/start' : to;
  };

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
    const address = clientAddress(c, deps.config.TRUST_PROXY);
    const event = (kind: SecurityEventKind, userId?: string) =>
      recordSecurityEvent(db, {
        at: deps.now(),
        kind,
        email: form.data.email,
        userId,
        clientAddress: address,
        method: 'POST',
        path: '/sign-in',
        requestId: c.get('requestId'),
      });
    const refuse = (status: 401 | 429) =>
      render(
        c,
        t('accounts:signIn.title'),
        <SignInPage
          t={t}
          values={{ email: form.data.email }}
          formError={status === 429 ? t('accounts:signIn.tooMany') : t('accounts:signIn.failed')}
          next={safeNext(form.data.next)}
        />,
        status as 401,
      );
    // Per account, whatever the address: guessing one person's password from many addresses is
    // stopped here; better-auth's own limit below is per client address.
    const since = new Date(deps.now().getTime() - ACCOUNT_FAILURE_WINDOW_MINUTES * 60 * 1000);
    if ((await countSignInFailures(db, form.data.email, since)) >= ACCOUNT_FAILURES_ALLOWED) {
      await event('sign_in_locked');
      return refuse(429);
    }
    const account = await findAccountByEmail(db, form.data.email);
    if (account?.disabledAt) {
      // The same answer as a wrong password: the form does not tell who has a disabled account.
      await event('sign_in_disabled', account.id);
      return refuse(401);
    }
    // Through better-auth's handler, so its rate limiting and session cookie apply as they would to its own API.
    const res = await auth.handler(
      new Request(new URL('/auth/sign-in/email', deps.config.baseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: deps.config.baseUrl,
          'x-client-ip': address,
        },
        body: JSON.stringify({ email: form.data.email, password: form.data.password }),
      }),
    );
    if (!res.ok) {
      if (res.status === 429) {
        await event('sign_in_rate_limited', account?.id);
        return refuse(429);
      }
      await event('sign_in_failed', account?.id);
      return refuse(401);
    }
    for (const cookie of res.headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
    const body = (await res.json().catch(() => null)) as { twoFactorRedirect?: boolean } | null;
    if (body?.twoFactorRedirect) {
      // The password was right; better-auth holds the sign-in until the authenticator code.
      return c.redirect(`/sign-in/two-factor?next=${encodeURIComponent(landing(form.data.next))}`, 303);
    }
    return redirectWithSuccess(c, 'accounts:signIn.welcome', landing(form.data.next));
  });

  /** Calls one of better-auth's endpoints with the browser's cookies, as its own client would. */
  const callAuth = (c: AppContext, path: string, body: unknown) =>
    auth.handler(
      new Request(new URL(`/auth${path}`, deps.config.baseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: deps.config.baseUrl,
          cookie: c.req.header('cookie') ?? '',
          'x-client-ip': clientAddress(c, deps.config.TRUST_PROXY),
        },
        body: JSON.stringify(body),
      }),
    );
  const passCookies = (c: AppContext, res: Response) => {
    for (const cookie of res.headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
  };
  const CodeForm = z.object({
    code: z
      .string()
      .trim()
      .transform((v) => v.replace(/\s+/g, ''))
      .pipe(z.string().regex(/^\d{6}$/, 'accounts:errors.codeFormat')),
    next: z.string().optional(),
  });

  app.get('/sign-in/two-factor', (c) => {
    const t = c.get('t');
    return render(
      c,
      t('accounts:twoFactor.signInTitle'),
      <SecondFactorPage t={t} next={safeNext(c.req.query('next'))} />,
    );
  });

  app.post('/sign-in/two-factor', async (c) => {
    const t = c.get('t');
    const form = await parseForm(c, CodeForm);
    const next = landing(form.ok ? form.data.next : form.values.next);
    if (!form.ok)
      return render(
        c,
        t('accounts:twoFactor.signInTitle'),
        <SecondFactorPage t={t} next={next} errors={translateErrors(t, form.errors)} />,
        422,
      );
    const res = await callAuth(c, '/two-factor/verify-totp', { code: form.data.code });
    if (!res.ok) {
      await recordSecurityEvent(db, {
        at: deps.now(),
        kind: 'second_factor_failed',
        clientAddress: clientAddress(c, deps.config.TRUST_PROXY),
        method: 'POST',
        path: '/sign-in/two-factor',
        requestId: c.get('requestId'),
      });
      const formError = res.status === 429 ? t('accounts:signIn.tooMany') : t('accounts:twoFactor.wrongCode');
      return render(
        c,
        t('accounts:twoFactor.signInTitle'),
        <SecondFactorPage t={t} next={next} formError={formError} />,
        (res.status === 429 ? 429 : 401) as 401,
      );
    }
    passCookies(c, res);
    return redirectWithSuccess(c, 'accounts:signIn.welcome', next);
  });

  app.get('/account/two-factor', async (c) => {
    const actor = requireUser(c);
    const t = c.get('t');
    const { enabled, demo } = await secondFactorState(db, actor.id!);
    return render(
      c,
      t('accounts:twoFactor.title'),
      <TwoFactorPage t={t} actor={actor} enabled={enabled} demo={demo} />,
    );
  });

  // Step 1: the password again (re-authentication); better-auth makes the secret and backup codes.
  app.post('/account/two-factor/enable', async (c) => {
    const actor = requireUser(c);
    const t = c.get('t');
    const values = await readForm(c);
    const res = await callAuth(c, '/two-factor/enable', { password: values.password ?? '' });
    if (!res.ok) {
      const errors = { password: [t('accounts:errors.currentWrong')] };
      return render(
        c,
        t('accounts:twoFactor.title'),
        <TwoFactorPage t={t} actor={actor} enabled={false} errors={errors} />,
        422,
      );
    }
    const { totpURI, backupCodes } = (await res.json()) as { totpURI: string; backupCodes: string[] };
    return render(
      c,
      t('accounts:twoFactor.title'),
      <TwoFactorPage t={t} actor={actor} enabled={false} setup={{ uri: totpURI, backupCodes }} />,
    );
  });

  // Step 2: a code from the authenticator proves it was set up; only then is the factor on.
  app.post('/account/two-factor/verify', async (c) => {
    const actor = requireUser(c);
    const t = c.get('t');
    const form = await parseForm(c, CodeForm);
    const res = form.ok ? await callAuth(c, '/two-factor/verify-totp', { code: form.data.code }) : undefined;
    if (!res?.ok) {
      const errors = form.ok
        ? { code: [t('accounts:twoFactor.wrongCode')] }
        : translateErrors(t, form.errors);
      return render(
        c,
        t('accounts:twoFactor.title'),
        <TwoFactorPage t={t} actor={actor} enabled={false} errors={errors} />,
        422,
      );
    }
    passCookies(c, res);
    return redirectWithSuccess(c, 'accounts:twoFactor.enabled', '/account');
  });

  app.post('/sign-out', async (c) => {
    const res = await auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
    for (const cookie of res.headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
    return redirectWithSuccess(c, 'accounts:signIn.signedOut', '/');
  });

  const accountPage = async (
    c: AppContext,
    extra: Partial<Parameters<typeof AccountPage>[0]> = {},
    status: 200 | 422 = 200,
  ) => {
    const actor = requireUser(c);
    const tokens = await listApiTokens(db, actor.id!);
    const day = today();
    const scope =
      actor.role === 'coordinator'
        ? { day, offices: await coordinatorOfficesOn(db, actor.id!, day) }
        : undefined;
    return renderPage(
      c,
      'accounts:account.title',
      AccountPage,
      {
        actor,
        tokens,
        scope,
        ...extra,
      },
      status,
    );
  };

  app.get('/account', (c) => accountPage(c));

  app.post('/account/tokens', async (c) => {
    requireUser(c);
    // Several "areas" boxes may be ticked, so this form is read with every value of a field.
    const body = await c.req.parseBody({ all: true });
    const all = (k: string) => [body[k]].flat().filter((v): v is string => typeof v === 'string');
    const values = { name: all('name')[0] ?? '', days: all('days')[0] ?? '', write: all('write')[0] ?? '' };
    try {
      const { token } = await createApiToken(ctxOf(c), {
        name: values.name,
        areas: all('areas'),
        write: values.write === 'yes',
        days: values.days || undefined,
      });
      return accountPage(c, { newToken: token });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const errors = translateErrors(c.get('t'), err.fieldErrors);
      return accountPage(c, { errors, values: { ...values, areas: all('areas').join(' ') } }, 422);
    }
  });

  app.post('/account/tokens/:id/revoke', async (c) => {
    requireUser(c);
    await revokeApiToken(ctxOf(c), { tokenId: c.req.param('id') });
    return redirectWithSuccess(c, 'accounts:account.tokenRevoked', '/account');
  });

  app.post('/account/password', async (c) => {
    requireUser(c);
    const values = await readForm(c);
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    return submitForm(c, {
      save: () =>
        changePassword(ctxOf(c), {
          current: values.current,
          password: values.password,
          confirm: values.confirm,
          keepSessionId: session?.session.id,
        }),
      again: (errors) => accountPage(c, { passwordErrors: translateErrors(c.get('t'), errors) }, 422),
      flash: 'accounts:password.changed',
      location: () => '/account',
    });
  });

  app.get('/forgot-password', (c) => {
    const t = c.get('t');
    return render(c, t('accounts:reset.title'), <ForgotPasswordPage t={t} />);
  });

  app.post('/forgot-password', async (c) => {
    const t = c.get('t');
    const values = await readForm(c);
    try {
      await requestPasswordReset(ctxOf(c), {
        email: values.email,
        locale: c.get('locale'),
        baseUrl: deps.config.baseUrl,
      });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const errors = translateErrors(t, err.fieldErrors);
      return render(
        c,
        t('accounts:reset.title'),
        <ForgotPasswordPage t={t} values={values} errors={errors} />,
        422,
      );
    }
    // The same page whether or not the address has an account.
    return render(c, t('accounts:reset.title'), <ForgotPasswordPage t={t} sent />);
  });

  /** The page of a reset link: 404 when its token is not valid, 422 with the refused input's errors. */
  const resetPage = async (c: AppContext, token: string, refused?: FieldErrors) => {
    const t = c.get('t');
    const valid = await isResetTokenValid({ db, now: deps.now() }, token);
    const errors = refused && translateErrors(t, refused);
    return render(
      c,
      t('accounts:reset.title'),
      <ResetPasswordPage t={t} token={token} valid={valid} errors={errors} />,
      refused ? 422 : valid ? 200 : 404,
    );
  };

  app.get('/reset-password/:token', (c) => resetPage(c, c.req.param('token')));

  app.post('/reset-password/:token', async (c) => {
    const token = c.req.param('token');
    const values = await readForm(c);
    return submitForm(c, {
      save: () => resetPassword(ctxOf(c), { token, password: values.password, confirm: values.confirm }),
      again: (refused) => resetPage(c, token, refused),
      flash: 'accounts:reset.done',
      location: () => '/sign-in',
    });
  });

  /**
   * The page of an invitation link: 404 when the invitation is unknown, accepted or expired; 422 with
   * the refused input's errors, the form shown again unless the invitation was accepted meanwhile.
   */
  const invitationPage = async (c: AppContext, token: string, refused?: FieldErrors) => {
    const t = c.get('t');
    const inv = await findInvitationByToken(db, token);
    const open = inv && !inv.acceptedAt ? inv : undefined;
    const valid = open && open.expiresAt > deps.now() ? open : undefined;
    return render(
      c,
      t('accounts:invitation.title'),
      <InvitationPage
        t={t}
        token={token}
        invitation={refused ? open : valid}
        errors={refused && translateErrors(t, refused)}
      />,
      refused ? 422 : valid ? 200 : 404,
    );
  };

  app.get('/invite/:token', (c) => invitationPage(c, c.req.param('token')));

  app.post('/invite/:token', async (c) => {
    const token = c.req.param('token');
    const values = await readForm(c);
    return submitForm(c, {
      save: () => acceptInvitation(ctxOf(c), { ...values, token }),
      again: (errors) => invitationPage(c, token, errors),
      flash: 'accounts:invitation.done',
      location: () => '/sign-in',
    });
  });

  const usersPage = async (
    c: AppContext,
    extra: Partial<Parameters<typeof UsersPage>[0]> = {},
    status: 200 | 422 = 200,
  ) => {
    const day = today();
    const [users, invitations, stateNames, offices, links] = await Promise.all([
      listUsers(db),
      listOpenInvitations(db),
      listStateNames(db, c.get('locale')),
      officeHoldersOn(db, day),
      linkedOfficeIds(db),
    ]);
    // Linked records read by id, so one withdrawn since it was linked still shows, marked so.
    const linked = await officeHoldersOn(db, day, [...new Set([...links.values()].flat())]);
    const byId = new Map(linked.map((o) => [o.id, o]));
    const coordinatorOffices = Object.fromEntries(
      [...links].map(([userId, ids]) => [userId, ids.flatMap((id) => byId.get(id) ?? [])]),
    );
    return renderPage(
      c,
      'accounts:users.title',
      UsersPage,
      {
        users,
        invitations,
        states: stateNames,
        scope: {
          day,
          offices: coordinatorOffices,
          choices: offices.filter((o) => o.office === 'thematic_coordinator'),
        },
        ...extra,
      },
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
    return submitForm(c, {
      save: () => assignRole(ctxOf(c), { ...values, userId: c.req.param('id') }),
      again: (errors) =>
        usersPage(
          c,
          { roleErrors: { userId: c.req.param('id'), errors: translateErrors(c.get('t'), errors) ?? {} } },
          422,
        ),
      flash: 'accounts:users.roleChanged',
      location: () => '/admin/users',
    });
  });

  // Which office a Coordinator account holds: its thematic scope is read from that record.
  for (const [action, verb] of [
    ['link', linkCoordinatorOffice],
    ['unlink', unlinkCoordinatorOffice],
  ] as const) {
    app.post(`/admin/users/:id/offices/${action}`, async (c) => {
      const values = await readForm(c);
      return submitForm(c, {
        save: () => verb(ctxOf(c), { officeHolderId: values.officeHolderId, userId: c.req.param('id') }),
        again: (refused) => {
          const errors = translateErrors(c.get('t'), refused) ?? {};
          return usersPage(c, { officeErrors: { userId: c.req.param('id'), errors } }, 422);
        },
        flash: `accounts:scope.${action}ed`,
        location: () => '/admin/users',
      });
    });
  }

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(`/admin/users/:id/${action}`, async (c) => {
      try {
        await setUserDisabled(ctxOf(c), { userId: c.req.param('id'), disabled });
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const errors = translateErrors(c.get('t'), err.fieldErrors) ?? {};
        return usersPage(c, { roleErrors: { userId: c.req.param('id'), errors } }, 422);
      }
      return redirectWithSuccess(c, `accounts:users.${disabled ? 'disabled' : 'enabled'}`, '/admin/users');
    });
  }

  app.get('/admin/security', async (c) => {
    requireThat(c, canReadAudit(c.get('actor')));
    const q = StatePageQuery.parse(c.req.query());
    const events = await listSecurityEvents(db, { before: q.before, limit: LOG_PAGE_SIZE });
    return renderPage(c, 'accounts:security.title', SecurityLogPage, {
      events,
    });
  });

  app.get('/admin/audit', async (c) => {
    const actor = c.get('actor');
    requireThat(c, canReadAudit(actor));
    const q = StatePageQuery.parse(c.req.query());
    const entries = await listAuditEntries(db, {
      stateIso3: q.state,
      before: q.before,
      limit: LOG_PAGE_SIZE,
    });
    return renderPage(c, 'accounts:audit.title', AuditPage, {
      entries,
      state: q.state,
    });
  });

  return app;
}
