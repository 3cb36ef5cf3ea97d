import type { Actor } from '../../kernel/actor.js';
import { isIsu } from '../../kernel/actor.js';

/** Permission predicates of the accounts module: small, named, tested apart from handlers. */
export const canManageUsers = (a: Actor) => isIsu(a);
export const canReadAudit = (a: Actor) => isIsu(a);
/** Only a person at a browser manages credentials: an API token can neither mint nor revoke one. */
export const canCreateApiToken = (a: Actor) => a.kind === 'user' && !a.token;
export const canManageOwnAccount = (a: Actor) => a.kind === 'user' && !a.token;
export const canRevokeApiToken = (a: Actor, ownerId: string) =>
  !a.token && (isIsu(a) || (a.kind === 'user' && a.id === ownerId));
