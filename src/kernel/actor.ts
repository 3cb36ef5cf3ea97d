/**
 * Who is acting. Roles are named here because the permission table (permissions.ts) has a row for
 * each; what a role may do is only in that table.
 */
export const roles = ['isu', 'coordinator', 'focal_point', 'partner'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  kind: 'user' | 'system' | 'anonymous';
  id: string | null;
  label: string;
  role: Role | null;
  /** The State a focal point acts for, or a partner's own State. */
  stateIso3: string | null;
  organisation: string | null;
  /**
   * The thematic areas a Coordinator holds on the day a check is about, from the office holders
   * linked to the account. Not known when the actor is built: the module that knows the day (a
   * report's period, today) reads them and checks on a copy of the actor carrying them.
   */
  areas?: readonly string[];
  /** Set when the request came with an API token rather than a session: what the token may do. */
  token?: { id: string; scopes: readonly string[] };
}

export const anonymous: Actor = {
  kind: 'anonymous',
  id: null,
  label: 'anonymous',
  role: null,
  stateIso3: null,
  organisation: null,
};

/** The actor of seeds and start-up jobs: they call the same verbs as people do. */
export function systemActor(label = 'system'): Actor {
  return { kind: 'system', id: null, label, role: null, stateIso3: null, organisation: null };
}

export const isSignedIn = (a: Actor) => a.kind === 'user';

/** A person at a browser may write; a token only when it was granted `write`. */
export const mayWrite = (a: Actor) => !a.token || a.token.scopes.includes('write');
