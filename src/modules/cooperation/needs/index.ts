// Public face of the needs register: other modules import from here (or from queries.js for reads).
export { ensureDemoNeeds } from './demo.js';
export { scoreEvidence } from './evidence.js';
export { currentNeedEntries, currentNeeds } from './prefill.js';
export { findNeedForActor, getNeed, listNeeds } from './queries.js';
export { needsRoutes } from './routes.js';
export { effectiveStatus, isPubliclyVisible, lapsesOnOf } from './status.js';
export { syncNeedsFromReport, withdrawNeedsOfRecall } from './sync.js';
export type { Evidence, EvidenceCriterion, NeedSection, NeedView } from './types.js';
export {
  addNeed,
  reconfirmNeed,
  setNeedConsent,
  setNeedStatus,
  updateNeed,
  withdrawNeed,
} from './verbs/index.js';
