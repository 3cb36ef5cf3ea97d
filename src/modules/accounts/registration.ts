import type { ModuleRegistration } from '../../kernel/registry.js';
import { canManageUsers, canReadAudit } from './policy.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    user: true;
    api_token: true;
  }
}

/** The administration pages, shown to whoever the permission table lets in (the routes check again). */
export const accountsRegistration: ModuleRegistration = {
  nav: [
    { labelKey: 'common:nav.users', href: '/admin/users', order: 70, visibleTo: canManageUsers },
    { labelKey: 'common:nav.audit', href: '/admin/audit', order: 90, visibleTo: canReadAudit },
  ],
  thingKinds: { user: 'errors:things.user', api_token: 'errors:things.api_token' },
};
