import type { Actor } from '../../kernel/actor.js';
import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    user: true;
    api_token: true;
  }
}

const isuOnly = (a: Actor) => a.role === 'isu';

/** The ISU's administration pages (the routes check the role again). */
export const accountsRegistration: ModuleRegistration = {
  nav: [
    { labelKey: 'common:nav.users', href: '/admin/users', order: 70, visibleTo: isuOnly },
    { labelKey: 'common:nav.audit', href: '/admin/audit', order: 90, visibleTo: isuOnly },
  ],
  thingKinds: { user: 'errors:things.user', api_token: 'errors:things.api_token' },
};
