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
  ['/cooperation', 'common:nav.cooperation'],
  ['/progress', 'progress:nav.progress'],
  ['/api/docs', 'common:nav.api'],
];

describe('the main menu the modules register', () => {
  it.each([
    ['anonymous', anonymous],
    ['a coordinator', user('coordinator')],
    ['a focal point', user('focal_point')],
    ['a partner', user('partner')],
  ])('%s sees the public pages, in order', (_, actor) => {
    expect(menuOf(actor)).toEqual(everyone);
  });

  it('the ISU also sees users, outbox and audit trail, last', () => {
    expect(menuOf(user('isu'))).toEqual([
      ...everyone,
      ['/admin/users', 'common:nav.users'],
      ['/admin/outbox', 'common:nav.outbox'],
      ['/admin/audit', 'common:nav.audit'],
    ]);
  });

  it('every kind of thing a module fails to find is named in the catalogue', () => {
    for (const kind of ['state', 'obligation_event', 'report', 'need', 'user', 'api_token'])
      expect(registry.thingLabelKey(kind)).toBe(`errors:things.${kind}`);
    expect(registry.thingLabelKey('progress_indicator')).toBe('progress:things.indicator');
    expect(registry.thingLabelKey('extension_request')).toBe('analysis:things.extension_request');
  });
});
