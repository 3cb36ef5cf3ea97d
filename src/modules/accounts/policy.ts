import type { Actor } from '../../kernel/actor.js';
import { definePermissions, everySignedInPerson } from '../../kernel/permissions.js';

/**
 * The accounts module's rows of the permission table (decision 017). Users, roles and the audit
 * trail are the secretariat's; a person manages their own credentials, at a browser only.
 */
export const accountsPermissions = definePermissions({
  'accounts.manageUsers': { grants: { isu: 'any', system: 'any' } },
  'accounts.readAudit': { grants: { isu: 'any', system: 'any' } },
  /** Which office a Coordinator account holds, and so its thematic scope: the secretariat decides. */
  'accounts.linkCoordinatorOffice': { grants: { isu: 'any', system: 'any' } },
  /** A person's own password, two-factor and tokens. */
  'accounts.manageOwnAccount': {
    browserOnly: true,
    grants: everySignedInPerson('own-account'),
  },
  /** Revoking a token: one's own, or anyone's for the secretariat. */
  'accounts.revokeApiToken': {
    browserOnly: true,
    grants: { ...everySignedInPerson('own-account'), isu: 'any', system: 'any' },
  },
  /** Demonstration accounts are made by the seed only. */
  'accounts.createDemoAccount': { grants: { system: 'any' } },
});

const p = accountsPermissions;

/** Permission predicates of the accounts module: small, named, tested apart from handlers. */
export const canManageUsers = (a: Actor) => p.may(a, 'accounts.manageUsers');
export const canReadAudit = (a: Actor) => p.may(a, 'accounts.readAudit');
export const canLinkCoordinatorOffice = (a: Actor) => p.may(a, 'accounts.linkCoordinatorOffice');
/** Only a person at a browser manages credentials: an API token can neither mint nor revoke one. */
export const canCreateApiToken = (a: Actor) => p.may(a, 'accounts.manageOwnAccount');
export const canManageOwnAccount = (a: Actor) => p.may(a, 'accounts.manageOwnAccount');
/** Coarse gate of revocation: anyone who may revoke at least their own tokens. */
export const mayRevokeSomeApiToken = (a: Actor) => p.may(a, 'accounts.revokeApiToken');
export const canRevokeApiToken = (a: Actor, ownerId: string) =>
  p.mayOn(a, 'accounts.revokeApiToken', ownerId);
/**
 * Roles that must sign in with a second factor (TOTP): what a role is, not what it may do, so it is
 * kept beside the table rather than in it. Demonstration accounts are offered the factor only.
 */
export const rolesRequiringSecondFactor: readonly string[] = ['isu', 'coordinator'];
export const mustUseSecondFactor = (a: Pick<Actor, 'role'>) =>
  a.role !== null && rolesRequiringSecondFactor.includes(a.role);

export const canCreateDemoAccount = (a: Actor) => p.may(a, 'accounts.createDemoAccount');
