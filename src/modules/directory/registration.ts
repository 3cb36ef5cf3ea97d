import type { ModuleRegistration } from '../../kernel/registry.js';

/** The directory of focal points in the menu, after the catalogue of good practices. */
export const directoryRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'directory:nav.directory', href: '/directory', order: 58 }],
};
