import type { ModuleRegistration } from '../../kernel/registry.js';

/** The work plans in the menu, after cooperation and before the progress report. */
export const workPlansRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'workplans:nav.workPlans', href: '/work-plans', order: 53 }],
};
