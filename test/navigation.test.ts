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
  ['/extension-analyses', 'analysis:nav.analyses'],
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

/** What a signed-in person sees: the public pages with their start page after the home page, and their inbox. */
const signedIn = [
  everyone[0],
  ['/start', 'workspace:nav'],
  ...everyone.slice(1),
  ['/inbox', 'outbox:inbox.nav'],
];

/** The ISU's and the Coordinators' own follow-ups, after Progress. */
const withFollowUps = [
  ...signedIn.slice(0, 11),
  ['/follow-ups', 'followups:nav.followUps'],
  ...signedIn.slice(11),
];

describe('the main menu the modules register', () => {
  it('the public sees the public pages, in order', () => {
    expect(menuOf(anonymous)).toEqual(everyone);
  });

  it.each([
    ['a focal point', user('focal_point')],
    ['a partner', user('partner')],
  ])('%s sees the public pages, its start page and its inbox, in order', (_, actor) => {
    expect(menuOf(actor)).toEqual(signedIn);
  });

  it('a coordinator also sees its follow-ups, after Progress', () => {
    expect(menuOf(user('coordinator'))).toEqual(withFollowUps);
  });

  it('the ISU also sees users, outbox and audit trail, last', () => {
    expect(menuOf(user('isu'))).toEqual([
      ...withFollowUps.slice(0, -1),
      ['/admin/users', 'common:nav.users'],
      ['/admin/outbox', 'common:nav.outbox'],
      ['/inbox', 'outbox:inbox.nav'],
      ['/admin/audit', 'common:nav.audit'],
    ]);
  });

  it('every kind of thing a module fails to find is named in the catalogue', () => {
    for (const kind of ['state', 'obligation_event', 'report', 'need', 'user', 'api_token'])
      expect(registry.thingLabelKey(kind)).toBe(`errors:things.${kind}`);
    expect(registry.thingLabelKey('progress_indicator')).toBe('progress:things.indicator');
    expect(registry.thingLabelKey('outbox_message')).toBe('outbox:inbox.thing');
    expect(registry.thingLabelKey('contact')).toBe('followups:things.contact');
    expect(registry.thingLabelKey('requested_extension')).toBe('analysis:things.extension_request');
    expect(registry.thingLabelKey('extension_request')).toBe('extensions:thing');
  });
});
