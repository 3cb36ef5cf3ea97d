// Public face of the needs register: other modules import from here (or from queries.js for reads).

export { addNeed } from './add-need.js';
export { ensureDemoNeeds } from './demo.js';
export { scoreEvidence } from './evidence.js';
export { currentNeedEntries, currentNeeds } from './prefill.js';
export { findNeedForActor, getNeed, listNeeds } from './queries.js';
export { reconfirmNeed } from './reconfirm-need.js';
export { needsRoutes } from './routes.js';
export { setNeedConsent } from './set-need-consent.js';
export { setNeedStatus } from './set-need-status.js';
export { effectiveStatus, isPubliclyVisible, lapsesOnOf } from './status.js';
export { syncNeedsFromReport } from './sync-needs-from-report.js';
export type { Evidence, EvidenceCriterion, NeedSection, NeedView } from './types.js';
export { updateNeed } from './update-need.js';
export { withdrawNeed } from './withdraw-need.js';
export { withdrawNeedsOfRecall } from './withdraw-needs-of-recall.js';
