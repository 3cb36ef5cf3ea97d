import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import type { Db } from '../../db/client.js';
import { describeError } from '../../kernel/log.js';
import { MIN_PASSWORD_LENGTH } from './password-policy.js';
import { authAccounts, rateLimits, sessions, twoFactors, users, verifications } from './schema.js';

export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_REFRESH_SECONDS = 5 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** better-auth's log lines, with every error told by describeError and nothing else of its arguments. */
export function authLog(
  level: 'debug' | 'info' | 'warn' | 'error',
  message: string,
  ...args: unknown[]
): void {
  const rest = args.map((a) =>
    a instanceof Error
      ? describeError(a)
      : typeof a === 'object' && a !== null
        ? '[details omitted]'
        : String(a),
  );
  console[level](`[auth] ${message}`, ...rest);
}

export interface AuthOptions {
  baseUrl: string;
  secret: string;
  secureCookies: boolean;
  /** Sign-in attempts allowed per client address per minute. */
  signInPerMinute?: number;
}

/**
 * Password sign-in and database sessions come from better-auth. Its HTTP endpoints are not
 * mounted: our own form routes call it, so sign-in works without JavaScript, and sign-up is off
 * because accounts are created by invitation (see the accounts verbs).
 */
export function createAuth(db: Db, opts: AuthOptions) {
  return betterAuth({
    baseURL: opts.baseUrl,
    basePath: '/auth',
    secret: opts.secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: authAccounts,
        verification: verifications,
        rateLimit: rateLimits,
        twoFactor: twoFactors,
      },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
    // OWASP ASVS 3.3: a session ends after 30 idle minutes (each request at least 5 minutes after
    // the last extension pushes the end out again) and, whatever the activity, 12 hours after
    // sign-in (checked in session.ts, as better-auth has no absolute lifetime of its own).
    session: { expiresIn: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: opts.signInPerMinute ?? 5 },
        // Codes are six digits: a few tries a minute per address, and the plugin locks the factor
        // itself after repeated failures.
        '/two-factor/*': { window: 60, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: opts.secureCookies,
      cookiePrefix: 'ccm',
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
      ipAddress: { ipAddressHeaders: ['x-client-ip'] },
    },
    // TOTP as a second step at sign-in (required for the ISU and Coordinators, see session.ts).
    plugins: [twoFactor({ issuer: 'CCM Cooperation' })],
    telemetry: { enabled: false },
    // better-auth logs a failed query with its parameters (a session token, an e-mail address):
    // errors go through the kernel's describeError, which keeps the SQL and drops the values.
    logger: { log: authLog },
  });
}

export type Auth = ReturnType<typeof createAuth>;
