import { indicators } from './catalogue.js';
import type { Figure, IndicatorDef, ReportingWindow, Snapshot } from './model.js';
import { summaryFigures } from './summary.js';

/** One indicator of a Progress Report: its definition and the figure computed from the data. */
export interface IndicatorResult {
  id: string;
  action: number;
  section: IndicatorDef['section'];
  kind: IndicatorDef['kind'];
  period: IndicatorDef['period'];
  population: IndicatorDef['population'];
  computed: Figure;
}

export interface ProgressReportData {
  window: ReportingWindow;
  /** Some report the figures rest on is demonstration data: every page and export says so. */
  includesDemonstrationData: boolean;
  indicators: IndicatorResult[];
  /** The figures seed 004 prints only in its summary (summary.ts), computed the same way. */
  summary: IndicatorResult[];
}

/** Every indicator computed over one snapshot. Pure: the same snapshot always gives the same report. */
export function computeProgressReport(
  s: Snapshot,
  defs: readonly IndicatorDef[] = indicators,
  summaryDefs: readonly IndicatorDef[] = summaryFigures,
): ProgressReportData {
  const result = (d: IndicatorDef): IndicatorResult => ({
    id: d.id,
    action: d.action,
    section: d.section,
    kind: d.kind,
    period: d.period,
    population: d.population,
    computed: d.compute(s),
  });
  return {
    window: s.window,
    includesDemonstrationData: s.reports.some((r) => r.demonstration),
    indicators: defs.map(result),
    summary: summaryDefs.map(result),
  };
}
