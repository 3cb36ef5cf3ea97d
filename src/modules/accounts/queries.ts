import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { apiTokens, invitations, userRoles, users } from './schema.js';
import { hashSecret } from './tokens.js';

/** Builds the actor for a user id: the role is read fresh on every request, so a change applies at once. */
export async function findActorForUser(db: Executor, userId: string): Promise<Actor | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: userRoles.role,
      stateIso3: userRoles.stateIso3,
      organisation: userRoles.organisation,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .where(eq(users.id, userId));
  // A disabled account is nobody: its sessions and tokens stop on the next request.
  if (!row || row.disabledAt) return undefined;
  return {
    kind: 'user',
    id: row.id,
    label: row.name || row.email,
    role: row.role ?? null,
    stateIso3: row.stateIso3 ?? null,
    organisation: row.organisation ?? null,
  };
}

/**
 * The actor behind a bearer token, if the token exists, is not revoked, has not expired and its
 * owner is not disabled. The actor carries the token's scopes, which limit what it may do.
 */
export async function findActorForApiToken(
  db: Executor,
  token: string,
  now: Date,
): Promise<Actor | undefined> {
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, scopes: apiTokens.scopes })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, hashSecret(token)),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, now),
      ),
    );
  if (!row) return undefined;
  const actor = await findActorForUser(db, row.userId);
  return actor && { ...actor, token: { id: row.id, scopes: row.scopes.split(' ').filter(Boolean) } };
}

export async function listUsers(db: Executor) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
      role: userRoles.role,
      stateIso3: userRoles.stateIso3,
      organisation: userRoles.organisation,
    })
    .from(users)
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .orderBy(asc(users.name));
}

export async function listOpenInvitations(db: Executor) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      stateIso3: invitations.stateIso3,
      organisation: invitations.organisation,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(isNull(invitations.acceptedAt))
    .orderBy(desc(invitations.createdAt));
}

export async function findInvitationByToken(db: Executor, token: string) {
  const [row] = await db
    .select({
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
    })
    .from(invitations)
    .where(eq(invitations.tokenHash, hashSecret(token)));
  return row;
}

export async function listApiTokens(db: Executor, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function findAccountByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email));
  return row;
}

export async function secondFactorState(db: Executor, userId: string) {
  const [row] = await db
    .select({ enabled: users.twoFactorEnabled, demo: users.demo })
    .from(users)
    .where(eq(users.id, userId));
  return { enabled: row?.enabled === true, demo: row?.demo === true };
}
