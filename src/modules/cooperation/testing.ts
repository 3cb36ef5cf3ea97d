// The cooperation module's face for other modules' tests (never imported by application code).

export { canReviewIatiEntry } from './iati/review-iati-entry.js';
export { insertLedgerEntry, norwayToLebanon2023, submitFormI } from './ledger/testing.js';
export { ensureDemoNeeds } from './needs/demo.js';
export {
  at,
  demonstrationReportWithNeed,
  insertNeed,
  needForm,
  needRows,
  reportWithNeeds,
} from './needs/testing.js';
export { ensureDemoOffers } from './offers/demo.js';
export { insertOffer } from './offers/testing.js';
export { listResponsesFor } from './responses/queries.js';
export * as cooperationPolicy from './shared/policy.js';
