import type { Actor } from '../../kernel/actor.js';
import { isIsu } from '../../kernel/actor.js';

/** Permission predicates of the accounts module: small, named, tested apart from handlers. */
export const canManageUsers = (a: Actor) => isIsu(a);
export const canReadAudit = (a: Actor) => isIsu(a);
export const canCreateApiToken = (a: Actor) => a.kind === 'user';
export const canRevokeApiToken = (a: Actor, ownerId: string) =>
  isIsu(a) || (a.kind === 'user' && a.id === ownerId);
