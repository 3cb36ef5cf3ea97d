import { type Actor, type Role, roles } from './actor.js';

/**
 * Permissions as data (decision 017): one table of principal × action → scope. Each module
 * declares its actions and their rows with `definePermissions`; every check — a verb's `allow` and
 * `permit`, a page's "may this person see or do this" — asks the table through the handle it gets
 * back. A principal the table does not name for an action may not do it: there is no fallback.
 */

/** Who a row is about: a role, a signed-in person without a role, seeds and jobs, the public. */
export type Principal = Role | 'signed_in' | 'system' | 'anonymous';

/** How far a grant reaches: `any` subject, or only the actor's own (`own-state`, `own-account`, …). */
export type Scope = string;

export interface ScopeRule {
  /** Whether the actor can ever act under this scope: the coarse check, before the subject is known. */
  holds: (actor: Actor) => boolean;
  /** Whether the scope covers this subject; what the subject string is (a State code, an id) is the scope's. */
  covers: (actor: Actor, subject: string) => boolean;
}

export interface ActionSpec {
  /** The scope each principal holds; a principal not named here may not. */
  grants: Partial<Record<Principal, Scope>>;
  /** Credentials are managed by a person at a browser: any API token is refused, whatever its owner may. */
  browserOnly?: boolean;
}

/**
 * The grants of an action every signed-in person holds under the same scope: each role, and a
 * person who has none (`signed_in`). Seeds, jobs and the public are not people with an account.
 */
export function everySignedInPerson(scope: Scope): Partial<Record<Principal, Scope>> {
  return Object.fromEntries([...roles, 'signed_in'].map((principal) => [principal, scope]));
}

const scopes = new Map<Scope, ScopeRule>([
  ['any', { holds: () => true, covers: () => true }],
  [
    'own-state',
    {
      holds: (a) => a.stateIso3 !== null,
      covers: (a, iso3) => a.stateIso3 !== null && a.stateIso3 === iso3,
    },
  ],
  [
    // A thematic area (`clearance_risk_reduction`, …) the actor holds as a Coordinator on the day
    // the check is about: any signed-in person may hold one, and only the areas it carries count.
    'own-area',
    {
      holds: (a) => a.kind === 'user' && a.id !== null,
      covers: (a, area) => a.areas?.includes(area) ?? false,
    },
  ],
  [
    'own-account',
    {
      holds: (a) => a.kind === 'user' && a.id !== null,
      covers: (a, userId) => a.kind === 'user' && a.id !== null && a.id === userId,
    },
  ],
]);

interface Row {
  grants: Map<string, Scope>;
  browserOnly: boolean;
}

const table = new Map<string, Row>();
const extraRoles = new Set<string>();

/** A module's own qualifier (e.g. "the partner the actor speaks for"); names are unique. */
export function defineScope(name: Scope, rule: ScopeRule): void {
  if (scopes.has(name)) throw new Error(`scope ${name} is already defined`);
  scopes.set(name, rule);
}

function knownScope(scope: Scope): ScopeRule {
  const rule = scopes.get(scope);
  if (!rule) throw new Error(`unknown permission scope ${scope}`);
  return rule;
}

/** The principal whose row applies to this actor. */
export function principalOf(actor: Actor): Principal {
  if (actor.kind === 'user') return actor.role ?? 'signed_in';
  return actor.kind;
}

/** The scope the actor holds for an action, or null when it may not do it at all. */
export function scopeOf(actor: Actor, action: string): Scope | null {
  const row = table.get(action);
  if (!row) throw new Error(`unknown action ${action}`);
  if (row.browserOnly && actor.token) return null;
  const scope = row.grants.get(principalOf(actor));
  if (scope === undefined) return null;
  return knownScope(scope).holds(actor) ? scope : null;
}

/** Whether the actor may do the action on some subject (the coarse check). */
export const may = (actor: Actor, action: string): boolean => scopeOf(actor, action) !== null;

/** Whether the actor may do the action on this subject (a State code, an owner key, a user id). */
export function mayOn(actor: Actor, action: string, subject: string): boolean {
  const scope = scopeOf(actor, action);
  return scope !== null && knownScope(scope).covers(actor, subject);
}

export interface Permissions<A extends string> {
  readonly actions: readonly A[];
  may(actor: Actor, action: A): boolean;
  mayOn(actor: Actor, action: A, subject: string): boolean;
  scopeOf(actor: Actor, action: A): Scope | null;
}

/** Declares a module's actions and their rows; the handle returned checks them, typed by action name. */
export function definePermissions<A extends string>(spec: Record<A, ActionSpec>): Permissions<A> {
  const actions = Object.keys(spec) as A[];
  for (const action of actions) {
    if (table.has(action)) throw new Error(`action ${action} is already declared`);
    const { grants, browserOnly = false } = spec[action];
    const row: Row = { grants: new Map(), browserOnly };
    for (const [principal, scope] of Object.entries(grants) as Array<[string, Scope]>) {
      knownScope(scope);
      row.grants.set(principal, scope);
    }
    table.set(action, row);
  }
  return { actions, may, mayOn, scopeOf };
}

/**
 * A role beyond the built-in ones, known from now on (tests, and the proof that a role is a
 * one-place change). Returned typed as a Role so actors can carry it without casts.
 */
export function registerRole(name: string): Role {
  if (!(roles as readonly string[]).includes(name)) extraRoles.add(name);
  return name as Role;
}

/** Every principal a row may name: the built-in roles, registered ones, and the three kinds without a role. */
export function principals(): Principal[] {
  return [...roles, ...(extraRoles as Set<Role>), 'signed_in', 'system', 'anonymous'];
}

/** Gives a principal a scope on an action (a registered role's rows). */
export function grant(action: string, principal: Principal, scope: Scope): void {
  const row = table.get(action);
  if (!row) throw new Error(`unknown action ${action}`);
  knownScope(scope);
  row.grants.set(principal, scope);
}

/** Takes a principal's row away from every action, and forgets it if it was a registered role. */
export function withdrawPrincipal(principal: Principal): void {
  for (const row of table.values()) row.grants.delete(principal);
  extraRoles.delete(principal);
}

/** The whole table as data: for documentation and the matrix test. */
export function permissionTable(): Array<{
  action: string;
  browserOnly: boolean;
  grants: Partial<Record<Principal, Scope>>;
}> {
  return [...table].map(([action, row]) => ({
    action,
    browserOnly: row.browserOnly,
    grants: Object.fromEntries(row.grants) as Partial<Record<Principal, Scope>>,
  }));
}
