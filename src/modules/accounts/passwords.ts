import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { and, eq, gt, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { type Locale, translator } from '../../kernel/i18n/index.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { enqueueMail } from '../outbox/index.js';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './inputs.js';
import { passwordProblem } from './password-policy.js';
import { canManageOwnAccount } from './policy.js';
import { authAccounts, sessions, users, verifications } from './schema.js';
import { hashSecret, newSecret } from './tokens.js';

/** How long a reset link works. */
export const RESET_MINUTES = 60;
export const RESET_MAIL_PURPOSE = 'accounts.password_reset';
const resetKey = (token: string) => `password-reset:${hashSecret(token)}`;

/** Sets a new password hash (better-auth's own scrypt) after checking it against the policy. */
async function setPassword(ctx: TxContext, userId: string, email: string, password: string) {
  const problem = passwordProblem(password, email);
  if (problem) throw new ValidationError({ password: [problem] });
  await ctx.db
    .update(authAccounts)
    .set({ password: await hashPassword(password), updatedAt: ctx.now })
    .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')));
}

/**
 * A signed-in person changes their password. Re-authentication: the current password is asked
 * again. Every other session of theirs ends (OWASP ASVS 3.3.3); the one in use stays.
 */
export const changePassword = defineVerb({
  name: 'accounts.changePassword',
  input: z.intersection(ChangePasswordInput, z.object({ keepSessionId: z.string().optional() })),
  allow: canManageOwnAccount,
  async run(ctx, input) {
    const userId = ctx.actor.id!;
    const [row] = await ctx.db
      .select({ hash: authAccounts.password, email: users.email })
      .from(authAccounts)
      .innerJoin(users, eq(users.id, authAccounts.userId))
      .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')))
      .for('update');
    if (!row?.hash || !(await verifyPassword({ hash: row.hash, password: input.current })))
      throw new ValidationError({ current: ['accounts:errors.currentWrong'] });
    await setPassword(ctx, userId, row.email, input.password);
    await ctx.db
      .delete(sessions)
      .where(
        input.keepSessionId
          ? and(eq(sessions.userId, userId), ne(sessions.id, input.keepSessionId))
          : eq(sessions.userId, userId),
      );
    return outcomeOn({ type: 'user', id: userId }, { userId }, { after: { passwordChangedAt: ctx.now } });
  },
});

function resetMail(locale: Locale, link: string) {
  const t = translator(locale);
  const params = { link, minutes: RESET_MINUTES };
  return {
    subject: t('accounts:reset.mailSubject'),
    body: `${[t('accounts:reset.mailBody', params), t('accounts:reset.mailIgnore')].join('\n\n')}\n`,
  };
}

/**
 * Anyone may ask for a reset link for an address. The answer is the same whether or not the
 * account exists, so the form tells nobody which addresses have one; only a real, enabled account
 * gets a message, through the outbox. The link's secret is kept as a hash in better-auth's
 * verification table.
 */
export const requestPasswordReset = defineVerb({
  name: 'accounts.requestPasswordReset',
  input: z.intersection(RequestPasswordResetInput, z.object({ baseUrl: z.url({ protocol: /^https?$/ }) })),
  allow: () => true,
  async run(ctx, input) {
    const [user] = await ctx.db
      .select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.email, input.email));
    if (!user || user.disabledAt) return { result: { sent: false }, audit: [] };
    const token = newSecret('rst');
    const id = randomUUID();
    await ctx.db.insert(verifications).values({
      id,
      identifier: resetKey(token),
      value: user.id,
      expiresAt: new Date(ctx.now.getTime() + RESET_MINUTES * 60 * 1000),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const link = `${input.baseUrl.replace(/\/+$/, '')}/reset-password/${token}`;
    const mail = resetMail(input.locale, link);
    const outboxId = await enqueueMail(ctx, {
      purpose: RESET_MAIL_PURPOSE,
      toAddress: input.email,
      toName: user.name,
      toUserId: user.id,
      // The link in the body is a secret: the inbox shows only the subject.
      secret: true,
      subject: mail.subject,
      body: mail.body,
      locale: input.locale,
    });
    return {
      result: { sent: true },
      audit: [
        { subjectType: 'user', subjectId: user.id, after: { passwordResetRequested: ctx.now, outboxId } },
      ],
    };
  },
});

/** Whether a reset link is still good (for the page that shows the form). */
export async function isResetTokenValid(ctx: { db: Executor; now: Date }, token: string) {
  const [row] = await ctx.db
    .select({ id: verifications.id })
    .from(verifications)
    .where(and(eq(verifications.identifier, resetKey(token)), gt(verifications.expiresAt, ctx.now)));
  return Boolean(row);
}

/** The holder of a valid reset link sets a new password; the link works once and every session ends. */
export const resetPassword = defineVerb({
  name: 'accounts.resetPassword',
  input: ResetPasswordInput,
  allow: () => true,
  async run(ctx, input) {
    const [v] = await ctx.db
      .select()
      .from(verifications)
      .where(and(eq(verifications.identifier, resetKey(input.token)), gt(verifications.expiresAt, ctx.now)))
      .for('update');
    const [user] = v
      ? await ctx.db
          .select({ id: users.id, email: users.email, disabledAt: users.disabledAt })
          .from(users)
          .where(eq(users.id, v.value))
      : [];
    if (!v || !user || user.disabledAt)
      throw new ValidationError({ token: ['accounts:errors.resetInvalid'] });
    await setPassword(ctx, user.id, user.email, input.password);
    await ctx.db.delete(verifications).where(eq(verifications.id, v.id));
    await ctx.db.delete(sessions).where(eq(sessions.userId, user.id));
    return outcomeOn(
      { type: 'user', id: user.id },
      { userId: user.id },
      { after: { passwordResetAt: ctx.now } },
    );
  },
});
