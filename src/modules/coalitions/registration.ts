import type { ModuleRegistration } from '../../kernel/registry.js';

/** Country Coalitions in the menu, after reporting and before cooperation. */
export const coalitionsRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'coalitions:nav.coalitions', href: '/coalitions', order: 47 }],
};
