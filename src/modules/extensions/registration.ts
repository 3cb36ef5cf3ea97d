import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    extension_request: true;
  }
}

/** Extension requests are reached from a State's profile and Deadlines; not-found names a request. */
export const extensionsRegistration: ModuleRegistration = {
  thingKinds: { extension_request: 'extensions:thing' },
};
