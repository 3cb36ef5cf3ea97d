import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { type Auth, SESSION_ABSOLUTE_SECONDS } from './auth.js';
import { findActorForUser } from './queries.js';
import { sessions } from './schema.js';

export interface SessionActor {
  actor: Actor | undefined;
  sessionId: string | undefined;
  /** Cookies better-auth set while reading the session (a refreshed expiry), to pass on. */
  setCookies: string[];
}

/**
 * The person behind a session cookie. better-auth ends idle sessions; the absolute lifetime is
 * enforced here, and a disabled account yields nobody (findActorForUser).
 */
export async function actorForSession(auth: Auth, db: Db, headers: Headers): Promise<SessionActor> {
  const { headers: out, response } = await auth.api.getSession({ headers, returnHeaders: true });
  const setCookies = out?.getSetCookie() ?? [];
  if (!response) return { actor: undefined, sessionId: undefined, setCookies };
  const age = Date.now() - response.session.createdAt.getTime();
  if (age > SESSION_ABSOLUTE_SECONDS * 1000) {
    await db.delete(sessions).where(eq(sessions.id, response.session.id));
    return { actor: undefined, sessionId: undefined, setCookies: [] };
  }
  return {
    actor: await findActorForUser(db, response.user.id),
    sessionId: response.session.id,
    setCookies,
  };
}
