import type { ModuleRegistration } from '../../kernel/registry.js';

/** The outbox page is the ISU's (the route checks the role again). */
export const outboxRegistration: ModuleRegistration = {
  nav: [
    { labelKey: 'common:nav.outbox', href: '/admin/outbox', order: 80, visibleTo: (a) => a.role === 'isu' },
  ],
};
