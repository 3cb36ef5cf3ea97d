import type { ModuleRegistration } from '../../kernel/registry.js';
import { canReadOutbox } from './policy.js';

/** The outbox page, shown to whoever may read it (the route checks again). */
export const outboxRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'common:nav.outbox', href: '/admin/outbox', order: 80, visibleTo: canReadOutbox }],
};
