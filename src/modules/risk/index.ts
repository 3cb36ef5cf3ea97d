// Public face of the risk module: other modules import from here only.
export { riskDeadlineExtras } from './deadline-columns.js';
export { riskProfileSection } from './profile-section.js';
export { listRisks, type ObligationRisk, riskKey, risksOfState } from './queries.js';
export {
  type Completion,
  type Figure,
  type FigureSource,
  type Missing,
  type Quantity,
  type QuantityProjection,
  RATE_WINDOW,
  type RiskProjection,
  type RiskReason,
  type RiskStatus,
  riskStatuses,
} from './risk.js';
export { type EarlyWarning, SUBMISSION_MONTHS_BEFORE, WARNING_MONTHS } from './warning.js';
