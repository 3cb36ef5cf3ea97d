import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    need: true;
  }
}

export const cooperationRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'common:nav.cooperation', href: '/cooperation', order: 50 }],
  thingKinds: { need: 'errors:things.need' },
};
