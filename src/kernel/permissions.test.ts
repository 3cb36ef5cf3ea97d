import { describe, expect, it } from 'vitest';
import { type Actor, anonymous, systemActor } from './actor.js';
import {
  definePermissions,
  defineScope,
  grant,
  principalOf,
  registerRole,
  withdrawPrincipal,
} from './permissions.js';

const person = (over: Partial<Actor>): Actor => ({
  kind: 'user',
  id: 'u-1',
  label: 'person',
  role: null,
  stateIso3: null,
  organisation: null,
  ...over,
});

defineScope('test-same-organisation', {
  holds: (a) => a.organisation !== null,
  covers: (a, org) => a.organisation === org,
});

const p = definePermissions({
  'test.read': { grants: { isu: 'any', focal_point: 'own-state', anonymous: 'any' } },
  'test.credentials': { browserOnly: true, grants: { partner: 'own-account', system: 'any' } },
  'test.organisation': { grants: { partner: 'test-same-organisation' } },
});

describe('permissions: the mechanism', () => {
  it('finds the row of the actor: its role, or its kind when it has none', () => {
    expect(principalOf(person({ role: 'isu' }))).toBe('isu');
    expect(principalOf(person({}))).toBe('signed_in');
    expect(principalOf(systemActor())).toBe('system');
    expect(principalOf(anonymous)).toBe('anonymous');
  });

  it('a principal not named may not; a scope is checked against the subject', () => {
    const fp = person({ role: 'focal_point', stateIso3: 'LBN' });
    expect(p.may(fp, 'test.read')).toBe(true);
    expect(p.mayOn(fp, 'test.read', 'LBN')).toBe(true);
    expect(p.mayOn(fp, 'test.read', 'CHL')).toBe(false);
    expect(p.may(person({ role: 'coordinator' }), 'test.read')).toBe(false);
    expect(p.may(person({}), 'test.read')).toBe(false);
    expect(p.scopeOf(person({ role: 'isu' }), 'test.read')).toBe('any');
    expect(p.mayOn(anonymous, 'test.read', 'anything')).toBe(true);
  });

  it('a scope the actor cannot hold refuses even the coarse check', () => {
    expect(p.may(person({ role: 'focal_point' }), 'test.read')).toBe(false);
    expect(p.may(person({ role: 'partner' }), 'test.organisation')).toBe(false);
    const npa = person({ role: 'partner', organisation: 'NPA' });
    expect(p.mayOn(npa, 'test.organisation', 'NPA')).toBe(true);
    expect(p.mayOn(npa, 'test.organisation', 'HALO')).toBe(false);
  });

  it('a browser-only action refuses every API token, whatever its scopes', () => {
    const partner = person({ role: 'partner', id: 'u-7' });
    expect(p.mayOn(partner, 'test.credentials', 'u-7')).toBe(true);
    expect(p.mayOn(partner, 'test.credentials', 'u-8')).toBe(false);
    const token = { ...partner, token: { id: 't', scopes: ['read', 'write'] } };
    expect(p.may(token, 'test.credentials')).toBe(false);
  });

  it('refuses unknown actions and scopes, and a second declaration of an action', () => {
    expect(() => p.may(anonymous, 'test.nothing' as 'test.read')).toThrow(/unknown action/);
    expect(() => definePermissions({ 'test.bad': { grants: { isu: 'nowhere' } } })).toThrow(
      /unknown permission scope/,
    );
    expect(() => definePermissions({ 'test.read': { grants: {} } })).toThrow(/already declared/);
  });

  it('a role registered at run time gets rows like any other, and loses them when withdrawn', () => {
    const observer = registerRole('observer');
    const o = person({ role: observer, stateIso3: 'LBN' });
    expect(p.may(o, 'test.read')).toBe(false);
    grant('test.read', observer, 'own-state');
    expect(p.mayOn(o, 'test.read', 'LBN')).toBe(true);
    withdrawPrincipal(observer);
    expect(p.may(o, 'test.read')).toBe(false);
  });
});
