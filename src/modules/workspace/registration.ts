import { isSignedIn } from '../../kernel/actor.js';
import type { ModuleRegistration } from '../../kernel/registry.js';

/** The start page, first in the menu after the home page, for signed-in people. */
export const workspaceRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'workspace:nav', href: '/start', order: 13, visibleTo: isSignedIn }],
};
