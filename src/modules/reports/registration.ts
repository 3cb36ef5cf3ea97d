import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    report: true;
  }
}

/** The menu leads to the Article 7 compliance page (compliance/), the way in to every State's reports. */
export const reportsRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'common:nav.reporting', href: '/reports/compliance', order: 40 }],
  thingKinds: { report: 'errors:things.report' },
};
