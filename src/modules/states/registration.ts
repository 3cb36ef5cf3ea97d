import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    state: true;
    obligation_event: true;
  }
}

/** The registry's pages in the menu, and the things it can fail to find. */
export const statesRegistration: ModuleRegistration = {
  nav: [
    { labelKey: 'common:nav.states', href: '/states', order: 20 },
    { labelKey: 'common:nav.deadlines', href: '/deadlines', order: 30 },
  ],
  thingKinds: { state: 'errors:things.state', obligation_event: 'errors:things.obligation_event' },
};
