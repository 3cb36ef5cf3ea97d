// Public face of the states module: other modules import from here only.

export { correctObligationEvent } from './correct-obligation-event.js';
export { correctStateDates } from './correct-state-dates.js';
export {
  type ExtensionRequestView,
  findExtensionRequest,
  listExtensionRequests,
} from './extension-requests.js';
export { iso3Schema } from './inputs.js';
export { MEETING_DATES, type MeetingDates } from './meeting-dates.js';
export {
  canEditStateRegistry,
  canRecordExtensionRequest,
  canRecordObligationEvent,
  canSetWorkingLanguage,
} from './policy.js';
export {
  type DeadlineRow,
  findStateView,
  getStateView,
  isInitialReportOverdue,
  listDeadlines,
  listRegions,
  listStateNames,
  listStates,
  type ObligationView,
  registryNames,
  requireRegisteredState,
  type StateView,
} from './queries.js';
export { recordObligationEvent } from './record-obligation-event.js';
export { registerState } from './register-state.js';
export { statesRegistration } from './registration.js';
export {
  type DeadlineExtras,
  type DeadlineExtrasProvider,
  type ProfileSection,
  statesRoutes,
} from './routes.js';
export { obligationEvents, obligations, states } from './schema.js';
export { seedReferenceStates } from './seed.js';
export { setWorkingLanguage } from './set-working-language.js';
export {
  citationOf,
  citeSources,
  type MeetingDocument,
  meetingDocuments,
  progressReport11MSP,
  type SourceDocument,
  sourceDocuments,
} from './source-documents.js';
