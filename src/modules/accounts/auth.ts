import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../../db/client.js';
import { describeError } from '../../kernel/log.js';
import { authAccounts, rateLimits, sessions, users, verifications } from './schema.js';

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
      },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: opts.signInPerMinute ?? 5 } },
    },
    advanced: {
      useSecureCookies: opts.secureCookies,
      cookiePrefix: 'ccm',
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
      ipAddress: { ipAddressHeaders: ['x-client-ip'] },
    },
    telemetry: { enabled: false },
    // better-auth logs a failed query with its parameters (a session token, an e-mail address):
    // errors go through the kernel's describeError, which keeps the SQL and drops the values.
    logger: { log: authLog },
  });
}

export type Auth = ReturnType<typeof createAuth>;
