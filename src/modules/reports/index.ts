// Public face of the reports module: other modules import from here only.
export { amendReport } from './amend-report.js';
export { type Compliance, complianceForYear } from './compliance/queries.js';
export { complianceRoutes } from './compliance/routes.js';
export { annualReportDue, defaultReportingYear } from './compliance/rules.js';
export { createReport } from './create-report.js';
export {
  type ReportDelivered,
  type ReportRecalled,
  reportAmended,
  reportRecalled,
  reportSubmitted,
} from './events.js';
export { importWorkbook } from './import-workbook.js';
export {
  AmendReportInput,
  CreateReportInput,
  MarkFormUnchangedInput,
  RecallReportInput,
  SaveFormInput,
  SubmitReportInput,
} from './inputs.js';
export { type KeyedForm, keyInReport } from './key-in-report.js';
export {
  type Channel,
  channels,
  counts,
  formsAwaitingStatus,
  partyInYear,
  type ReportKind,
  receivedDay,
  reportKinds,
  type VersionStatus,
  versionStatuses,
} from './lifecycle.js';
export { markFormUnchanged } from './mark-form-unchanged.js';
export { type CurrentNeedsSource, provideCurrentNeeds } from './needs-prefill.js';
export {
  canReadUnpublished,
  canReadVersion,
  canRecallReport,
  canRecordChannel,
  canWriteReport,
  isPublished,
  mayWriteSomeReport,
} from './policy.js';
export { reportsProfileSection } from './profile-section.js';
export {
  type DeliveryAsOf,
  findReport,
  findReportFor,
  findReportVersionForActor,
  getReport,
  getReportVersionForActor,
  latestSubmittedVersion,
  latestSubmittedYear,
  listDeliveriesAsOf,
  listReportsForState,
  listStandingSubmissions,
  listSubmissionsForYear,
  type ReportRow,
  type ReportVersionRow,
  type ReportWithVersions,
  type StandingSubmission,
  type SubmissionForYear,
  type VersionForActor,
  type VersionSummary,
  versionContents,
  versionHistory,
} from './queries.js';
export { recallReport } from './recall-report.js';
export { reportsRegistration } from './registration.js';
export { reportsRoutes } from './routes.js';
export { reportRowHref, rowAnchor } from './row-href.js';
export { type FormSaved, saveForm } from './save-form.js';
export { submitReport } from './submit-report.js';
export {
  type AssistanceFact,
  clusterMunitionCasualties,
  type FactSource,
  factsOf,
  type IndicatorAnswer,
  type MeantAnswer,
  type NeedEntry,
  type NeedFact,
  peopleReached,
  type ReportFacts,
  reportFacts,
  type TableFact,
} from './template/facts.js';
export {
  type AnswerMeaningName,
  answerMeanings,
  statedNeedParts,
  type TableMeaningName,
  type TemplateMeanings,
} from './template/meanings.js';
export { currentTemplateId, getTemplate, isAmendedOfficialTemplate } from './template/registry.js';
export {
  type FormCode,
  type FormContent,
  type FormStatus,
  formCodes,
  type ReportContent,
  type TableValue,
  type TemplateDef,
} from './template/types.js';
