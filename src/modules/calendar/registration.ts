import type { ModuleRegistration } from '../../kernel/registry.js';

/** The meetings in the menu, between Deadlines and reporting. Its not-found errors are its own. */
export const calendarRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'calendar:nav.meetings', href: '/meetings', order: 35 }],
};
