// Public face of the cooperation module: other modules import from here only.

export { type DemoCounts, ensureDemoData } from './demo.js';
export { ensureDemoCooperation } from './demo-2022.js';
export { deriveLedger, deriveNeeds, type LedgerEntry, type Need, type Source } from './derive.js';
export { cooperationProfileSection } from './profile-section.js';
export { publishedClaims } from './published-claims.js';
export {
  type ClaimCheck,
  type CooperationSummary,
  checkClaims,
  cooperationSummary,
  latestReportingYear,
  type StateEntry,
} from './queries.js';
export { cooperationRegistration } from './registration.js';
export { cooperationRoutes } from './routes.js';
export { isDemoRate } from './shared/demo-mark.js';
