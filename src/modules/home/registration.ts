import type { ModuleRegistration } from '../../kernel/registry.js';

/** The home page opens the menu. */
export const homeRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'common:nav.home', href: '/', order: 10 }],
};
