import type { ModuleRegistration } from '../../kernel/registry.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    extension_request: true;
    analysis_question: true;
  }
}

/** The Analysis Groups' list in the menu, and the things the workspace can fail to find. */
export const analysisRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'analysis:nav.analyses', href: '/extension-analyses', order: 32 }],
  thingKinds: {
    extension_request: 'analysis:things.extension_request',
    analysis_question: 'analysis:things.analysis_question',
  },
};
