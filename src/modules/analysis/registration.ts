import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    requested_extension: true;
    analysis_question: true;
  }
}

/** The Analysis Groups' list in the menu, and the things the workspace can fail to find. */
export const analysisRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'analysis:nav.analyses', href: '/extension-analyses', order: 32 }],
  thingKinds: {
    // A request as the registry records it (an `extension_requested` event); the drafts online are
    // the extensions module's `extension_request`.
    requested_extension: 'analysis:things.extension_request',
    analysis_question: 'analysis:things.analysis_question',
  },
};
