// Public face of the progress module: other modules import from here only.
export { findIndicator, indicatorIds, indicators } from './catalogue.js';
export { computeProgressReport, type IndicatorResult, type ProgressReportData } from './compute.js';
export { WindowNotRecordedError } from './errors.js';
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
export { progressReportFor } from './queries.js';
export { progressRegistration } from './registration.js';
export { progressRoutes } from './routes.js';
export { loadSnapshot, windowOf } from './snapshot.js';
export { basisHref, basisText, noDataText, unitNames } from './views/labels.js';
