// Public face of the progress module: other modules import from here only.
export { findIndicator, indicatorIds, indicators } from './catalogue.js';
export { computeProgressReport, type IndicatorResult, type ProgressReportData } from './compute.js';
export { overrideFigure } from './judgement/override-figure.js';
export { recordAssessment } from './judgement/record-assessment.js';
export { withdrawAssessment } from './judgement/withdraw-assessment.js';
export { withdrawOverride } from './judgement/withdraw-override.js';
export type { Basis, Evidence, Figure, IndicatorDef, ReportingWindow, Snapshot } from './model.js';
export { canJudgeIndicator, canJudgeProgress } from './policy.js';
export { progressReportFor } from './queries.js';
export { assessmentBases, assessmentValues } from './schema.js';
export { loadSnapshot, windowOf } from './snapshot.js';
