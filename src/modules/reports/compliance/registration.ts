import type { ModuleRegistration } from '../../../kernel/registry.js';

export const complianceRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'common:nav.reporting', href: '/reports/compliance', order: 40 }],
};
