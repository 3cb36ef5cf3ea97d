// Public face of the cooperation module: other modules import from here only (its tables from
// schema.ts, test helpers from testing.ts). Its folders (needs, offers, ledger, …) are internal.
// What is here: its pages and profile section, demonstration data, the reads the JSON API serves,
// the verbs other modules call, and the words of cooperation (areas, types, statuses, origins).
export { linkActionItemToNeed, unlinkActionItemFromNeed } from './action-items/link-action-item.js';
export { actionItemNeedLinks } from './action-items/routes.js';
export { ensureDemoData } from './demo.js';
export { ensureDemoCooperation } from './demo-2022.js';
export { loadLedger, sourceHref } from './ledger/queries.js';
export { loadRates } from './ledger/rates.js';
export { reconcile, type SideTotal } from './ledger/reconcile.js';
export { recordLedgerEntry } from './ledger/record-ledger-entry.js';
export { setExchangeRate } from './ledger/set-exchange-rate.js';
export { ledgerTotals, type Sum } from './ledger/summary.js';
export { donorTrends } from './ledger/trends.js';
export type { LedgerFilter, LedgerRow } from './ledger/types.js';
export { needsMatchingPartner, type RankedNeedView } from './matching/load.js';
export { addNeed } from './needs/add-need.js';
export { findNeedForActor, listNeeds } from './needs/queries.js';
export { setNeedConsent } from './needs/set-need-consent.js';
export type { NeedView } from './needs/types.js';
export { updateNeed } from './needs/update-need.js';
export { cooperationProfileSection } from './profile-section.js';
export { publishedClaims } from './published-claims.js';
export {
  type ClaimCheck,
  type CooperationSummary,
  checkClaims,
  cooperationSummary,
  countEntriesToReview,
  latestReportingYear,
} from './queries.js';
export { cooperationRegistration } from './registration.js';
export { listResponsesFor, type ResponseView } from './responses/queries.js';
export { cooperationRoutes } from './routes.js';
export { isDemoRate } from './shared/demo-mark.js';
export {
  areas,
  assistanceTypes,
  ledgerOrigins,
  ledgerStatuses,
  needStatuses,
  storedNeedStatuses,
} from './shared/vocabulary.js';
export { wireCooperation } from './wiring.js';
