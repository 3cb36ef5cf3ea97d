import type { ModuleRegistration } from '../../kernel/registry.js';

/** The menu leads to the API's documentation page. */
export const apiRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'common:nav.api', href: '/api/docs', order: 60 }],
};
