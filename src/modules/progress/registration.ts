import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    progress_indicator: true;
  }
}

/** The Progress Report in the menu, after cooperation; an indicator the catalogue lacks is its not-found kind. */
export const progressRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'progress:nav.progress', href: '/progress', order: 55 }],
  thingKinds: { progress_indicator: 'progress:things.indicator' },
};
