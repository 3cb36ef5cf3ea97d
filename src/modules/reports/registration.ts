import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    report: true;
  }
}

/** Reports have no menu entry of their own (the compliance page is the way in, see compliance/registration.ts). */
export const reportsRegistration: ModuleRegistration = {
  thingKinds: { report: 'errors:things.report' },
};
