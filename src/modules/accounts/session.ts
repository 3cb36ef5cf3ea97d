import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { type Auth, SESSION_ABSOLUTE_SECONDS } from './auth.js';
import { mustUseSecondFactor } from './policy.js';
import { findActorForUser } from './queries.js';
import { sessions, users } from './schema.js';

export interface SessionActor {
  actor: Actor | undefined;
  sessionId: string | undefined;
  /** Cookies better-auth set while reading the session (a refreshed expiry), to pass on. */
  setCookies: string[];
  /** An ISU or Coordinator account without its second factor: it may only enrol one. */
  mustEnrolTotp: boolean;
}

/** Where an account that must enrol a second factor may still go. */
export const TOTP_ENROLMENT_PATHS = ['/account/two-factor', '/sign-out', '/lang/'];

/**
 * The person behind a session cookie. better-auth ends idle sessions; the absolute lifetime is
 * enforced here, and a disabled account yields nobody (findActorForUser).
 */
export async function actorForSession(auth: Auth, db: Db, headers: Headers): Promise<SessionActor> {
  const { headers: out, response } = await auth.api.getSession({ headers, returnHeaders: true });
  const setCookies = out?.getSetCookie() ?? [];
  const nobody = { actor: undefined, sessionId: undefined, mustEnrolTotp: false };
  if (!response) return { ...nobody, setCookies };
  const age = Date.now() - response.session.createdAt.getTime();
  if (age > SESSION_ABSOLUTE_SECONDS * 1000) {
    await db.delete(sessions).where(eq(sessions.id, response.session.id));
    return { ...nobody, setCookies: [] };
  }
  const actor = await findActorForUser(db, response.user.id);
  let mustEnrolTotp = false;
  if (actor && mustUseSecondFactor(actor) && !response.user.twoFactorEnabled) {
    const [u] = await db.select({ demo: users.demo }).from(users).where(eq(users.id, actor.id!));
    mustEnrolTotp = !u?.demo;
  }
  return { actor, sessionId: response.session.id, setCookies, mustEnrolTotp };
}
