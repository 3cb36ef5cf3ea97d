import type { ModuleRegistration } from '../../kernel/registry.js';

/** The catalogue of good practices in the menu, after Cooperation and Progress. */
export const practicesRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'practices:nav.practices', href: '/good-practices', order: 57 }],
};
