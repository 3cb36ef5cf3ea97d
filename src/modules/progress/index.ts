// Public face of the progress module: other modules import from here only.
export { findIndicator, indicatorIds, indicators } from './catalogue.js';
export { computeProgressReport, type IndicatorResult, type ProgressReportData } from './compute.js';
export { renderProgressDocx } from './exports/docx.js';
export { progressExportRoutes } from './exports/routes.js';
export { renderProgressXlsx } from './exports/xlsx.js';
export type { Basis, Evidence, Figure, IndicatorDef, ReportingWindow, Snapshot } from './model.js';
export { progressReportFor } from './queries.js';
export { loadSnapshot, windowOf } from './snapshot.js';
