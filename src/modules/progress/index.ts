// Public face of the progress module: other modules import from here only.
export { findIndicator, indicatorIds, indicators } from './catalogue.js';
export { computeProgressReport, type IndicatorResult, type ProgressReportData } from './compute.js';
export { WindowNotRecordedError } from './errors.js';
export { renderProgressDocx } from './exports/docx.js';
export { progressExportRoutes } from './exports/routes.js';
export { renderProgressXlsx } from './exports/xlsx.js';
export {
  type AgreedFigure,
  type AssessedFigure,
  type AssessmentView,
  applyJudgement,
  type JudgedIndicator,
  type JudgedReport,
  type OverrideView,
  unjudged,
} from './judgement/apply.js';
export type { ConsistencyIssue } from './judgement/checks.js';
export {
  type ComparisonRow,
  type PublishedComparison,
  publishedComparison,
  type Reason,
} from './judgement/compare.js';
export { overrideFigure } from './judgement/override-figure.js';
export { judgedProgressReport, listAssessments, listOverrides } from './judgement/queries.js';
export { recordAssessment } from './judgement/record-assessment.js';
export { progressJudgementRoutes } from './judgement/routes.js';
export { withdrawAssessment } from './judgement/withdraw-assessment.js';
export { withdrawOverride } from './judgement/withdraw-override.js';
export {
  type Basis,
  type Evidence,
  type Figure,
  type IndicatorDef,
  type IndicatorKind,
  indicatorKinds,
  type PeriodType,
  type Population,
  periodTypes,
  populations,
  type ReportingWindow,
  type Section,
  type Snapshot,
  sections,
  type Unit,
} from './model.js';
export { agreeParagraph } from './narrative/agree-paragraph.js';
export { agreeQuestions } from './narrative/agree-questions.js';
export {
  type ContentParagraph,
  currentWritten,
  type FrozenFigure,
  liveContent,
  publicContent,
  type ReportContent,
} from './narrative/content.js';
export { diffContents, type ReportDiff } from './narrative/diff.js';
export { VersionNotFoundError } from './narrative/errors.js';
export { circulateVersion, finaliseVersion } from './narrative/issue-version.js';
export {
  canIssueVersion,
  canWriteAs,
  canWriteNarrative,
  canWritePresidentNarrative,
  canWriteSomeNarrative,
} from './narrative/policy.js';
export { getVersion, listVersions, type VersionView } from './narrative/queries.js';
export { progressNarrativeRoutes } from './narrative/routes.js';
export { generatedText } from './narrative/views/parts.js';
export { writeParagraph } from './narrative/write-paragraph.js';
export { writeQuestions } from './narrative/write-questions.js';
export { canJudgeIndicator, canJudgeProgress } from './policy.js';
export { progressReportFor } from './queries.js';
export { progressRegistration } from './registration.js';
export { progressRoutes } from './routes.js';
export { assessmentBases, assessmentValues } from './schema.js';
export { loadSnapshot, windowOf } from './snapshot.js';
export { basisHref, basisText, noDataText, unitNames } from './views/labels.js';
