import { describe, expect, it } from 'vitest';
import { type Actor, anonymous, type Role } from '../src/kernel/actor.js';
import { createRegistry } from '../src/kernel/registry.js';
import { moduleRegistrations } from '../src/registrations.js';

// The modules' registrations as src/app.ts wires them, reversed: the menu's order must not depend on it.
const registry = createRegistry([...moduleRegistrations].reverse());

const user = (role: Role): Actor => ({ ...anonymous, kind: 'user', id: 'u', label: role, role });
const menuOf = (a: Actor) => registry.navFor(a).map((e) => [e.href, e.labelKey]);

const everyone = [
  ['/', 'common:nav.home'],
  ['/states', 'common:nav.states'],
  ['/deadlines', 'common:nav.deadlines'],
  ['/meetings', 'calendar:nav.meetings'],
  ['/reports/compliance', 'common:nav.reporting'],
  ['/coalitions', 'coalitions:nav.coalitions'],
  ['/cooperation', 'common:nav.cooperation'],
  ['/work-plans', 'workplans:nav.workPlans'],
  ['/progress', 'progress:nav.progress'],
  ['/good-practices', 'practices:nav.practices'],
  ['/directory', 'directory:nav.directory'],
  ['/api/docs', 'common:nav.api'],
];

/** The ISU's and the Coordinators' own follow-ups, after Progress. */
const withFollowUps = [
  ...everyone.slice(0, 9),
  ['/follow-ups', 'followups:nav.followUps'],
  ...everyone.slice(9),
];

describe('the main menu the modules register', () => {
  it('a coordinator sees the public pages and its follow-ups, in order', () => {
    expect(menuOf(user('coordinator'))).toEqual(withFollowUps);
  });

  it.each([
    ['anonymous', anonymous],
    ['a focal point', user('focal_point')],
    ['a partner', user('partner')],
  ])('%s sees the public pages, in order', (_, actor) => {
    expect(menuOf(actor)).toEqual(everyone);
  });

  it('the ISU also sees users, outbox and audit trail, last', () => {
    expect(menuOf(user('isu'))).toEqual([
      ...withFollowUps,
      ['/admin/users', 'common:nav.users'],
      ['/admin/outbox', 'common:nav.outbox'],
      ['/admin/audit', 'common:nav.audit'],
    ]);
  });

  it('every kind of thing a module fails to find is named in the catalogue', () => {
    for (const kind of ['state', 'obligation_event', 'report', 'need', 'user', 'api_token'])
      expect(registry.thingLabelKey(kind)).toBe(`errors:things.${kind}`);
    expect(registry.thingLabelKey('progress_indicator')).toBe('progress:things.indicator');
    expect(registry.thingLabelKey('contact')).toBe('followups:things.contact');
  });
});
