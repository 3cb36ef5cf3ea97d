import { type ReportFacts, reportFacts } from '../template/facts.js';
import type { FieldMeaningName, TableMeaningName } from '../template/meanings.js';
import { getTemplate } from '../template/registry.js';
import type { FormCode, ReportContent, TemplateDef } from '../template/types.js';

/*
 * Consistency checks of a report's figures, within a form, across forms and against the State's
 * report of the year before. Pure: content in, warnings out. A warning is not an error: figures
 * that disagree may be what the State reported (an estimate beside surveyed areas), so the
 * submitter either corrects a cell or confirms the warning (`confirmWarning`). Figures are read
 * through the content adapter (`reportFacts`), by meaning; the place a warning is shown is the
 * template's own field or cell for that meaning, so the checks hold for every template version.
 */

export const warningRules = [
  /** The remaining area stated as a total against the sum of the contaminated areas' rows. */
  'remainingAgainstRows',
  /** A victims row: the split by sex and age against the split by outcome (killed, injured). */
  'victimsSexAgeAgainstOutcome',
  /** A victims row: casualties by device (submunitions, other remnants) against the row's total. */
  'victimsDeviceAgainstTotal',
  /** A risk education row: people counted by sex and age exceed the total reached it states. */
  'reachedSplitAgainstTotal',
  /** Area cleared in the year exceeds the area the year before's report left remaining. */
  'clearedAgainstContaminated',
  /** This year's remaining against last year's remaining, minus cleared, plus area added. */
  'remainingAcrossYears',
] as const;
export type WarningRule = (typeof warningRules)[number];

/** Where a warning is shown: a field of a form, or a cell (`row` 0-based, as stored and posted). */
export interface WarningPlace {
  form: FormCode;
  field: string;
  row?: number;
  column?: string;
}

export interface ReportWarning {
  rule: WarningRule;
  at: WarningPlace;
  /** The figures the message names (catalogue `reports:checks.<rule>`). */
  figures: Record<string, number>;
  /**
   * What a confirmation covers: the rule, the place and the figures. A confirmed warning whose
   * figures change is a new warning, asked again.
   */
  key: string;
}

/** The State's report of the year before, as far as the checks compare with it. */
export interface PreviousReport {
  year: number;
  content: ReportContent;
}

/**
 * Two figures agree when they differ by no more than rounding to three or four significant digits
 * (a total typed as 1,371 km² against rows in m²): a thousandth of the larger, and never less than
 * one unit. A year's clearance is more than that (Lao PDR 2015: 41.3 of 8,470 km², 0.5%).
 */
export const agrees = (a: number, b: number): boolean =>
  Math.abs(a - b) <= Math.max(1, 0.001 * Math.max(Math.abs(a), Math.abs(b)));

const sum = (values: ReadonlyArray<number | null>): number | null => {
  const given = values.filter((v): v is number => v !== null);
  return given.length === 0 ? null : given.reduce((a, b) => a + b, 0);
};

const round = (n: number) => Math.round(n * 100) / 100;

function keyOf(rule: WarningRule, at: WarningPlace, figures: Record<string, number>): string {
  const place = [at.form, at.field, at.row, at.column].filter((p) => p !== undefined).join('.');
  const values = Object.entries(figures)
    .map(([k, v]) => `${k}=${round(v)}`)
    .join(',');
  return `${rule}@${place}:${values}`;
}

const warning = (rule: WarningRule, at: WarningPlace, figures: Record<string, number>): ReportWarning => {
  const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)]));
  return { rule, at, figures: rounded, key: keyOf(rule, at, rounded) };
};

/** The place of a single value by meaning in this template, if it carries it. */
const fieldPlace = (template: TemplateDef, meaning: FieldMeaningName): WarningPlace | undefined => {
  const at = template.meanings.fields[meaning];
  return at ? { form: at.form, field: at.field } : undefined;
};

/** The cell of one part of a tabular fact's row, if the template has a column for it. */
function cellPlace<M extends TableMeaningName>(
  template: TemplateDef,
  meaning: M,
  part: string,
  row: number,
): WarningPlace | undefined {
  const at = template.meanings.tables[meaning];
  const column = (at?.columns as Record<string, string | undefined> | undefined)?.[part];
  return at && column ? { form: at.form, field: at.table, row: row - 1, column } : undefined;
}

/** The area the facts leave remaining: the stated total, else the sum of the rows. */
const remainingOf = (f: ReportFacts): number | null =>
  f.remainingContaminatedArea ?? sum(f.contaminatedAreas.map((r) => r.area));

/** Area cleared in the year: none when Form F repeats last year's ("unchanged"). */
const clearedIn = (f: ReportFacts): number | null =>
  f.formStatus.clearedAreas === 'unchanged' ? null : sum(f.clearedAreas.map((r) => r.area));

function withinReport(template: TemplateDef, f: ReportFacts): ReportWarning[] {
  const out: ReportWarning[] = [];
  const push = (rule: WarningRule, at: WarningPlace | undefined, figures: Record<string, number>) => {
    if (at) out.push(warning(rule, at, figures));
  };

  // Totals against rows. A total of the confirmed areas only is a total too.
  const total = f.remainingContaminatedArea;
  const rows = sum(f.contaminatedAreas.map((r) => r.area));
  const confirmed = sum(f.contaminatedAreas.filter((r) => r.status === 'confirmed').map((r) => r.area));
  if (
    total !== null &&
    rows !== null &&
    !agrees(total, rows) &&
    !(confirmed !== null && agrees(total, confirmed))
  )
    push('remainingAgainstRows', fieldPlace(template, 'remainingContaminatedArea'), { total, rows });

  // Disaggregations against totals, per victims row.
  for (const v of f.victims) {
    const sexAge = sum([v.women, v.men, v.girls, v.boys, v.sexAgeUnknown]);
    const outcome = sum([v.killed, v.injured]);
    if (sexAge !== null && outcome !== null && sexAge !== outcome)
      push('victimsSexAgeAgainstOutcome', cellPlace(template, 'victims', 'killed', v.source.row), {
        sexAge,
        outcome,
      });
    const total = outcome ?? sexAge;
    const device = sum([v.submunitionCasualties, v.otherRemnantCasualties]);
    const bothDevices = v.submunitionCasualties !== null && v.otherRemnantCasualties !== null;
    if (total !== null && device !== null && (bothDevices ? device !== total : device > total))
      push(
        'victimsDeviceAgainstTotal',
        cellPlace(
          template,
          'victims',
          v.submunitionCasualties !== null ? 'submunitionCasualties' : 'otherRemnantCasualties',
          v.source.row,
        ),
        { device, total },
      );
  }

  for (const r of f.riskEducation) {
    const split = sum([r.women, r.men, r.girls, r.boys]);
    if (r.totalReached !== null && split !== null && split > r.totalReached)
      push('reachedSplitAgainstTotal', cellPlace(template, 'riskEducation', 'totalReached', r.source.row), {
        split,
        total: r.totalReached,
      });
  }
  return out;
}

function acrossYears(template: TemplateDef, f: ReportFacts, year: number, previous: PreviousReport) {
  // Only the year just before: what was cleared in a year between is not known here.
  if (previous.year !== year - 1) return [];
  const last = remainingOf(reportFacts(previous.content));
  if (last === null) return [];
  const out: ReportWarning[] = [];
  const cleared = clearedIn(f) ?? 0;
  const added = f.areaAddedInPeriod ?? 0;
  if (cleared > 0 && !agrees(cleared, last) && cleared > last + added) {
    const first = f.clearedAreas.find((r) => r.area !== null);
    const at = first ? cellPlace(template, 'clearedAreas', 'area', first.source.row) : undefined;
    if (at) out.push(warning('clearedAgainstContaminated', at, { cleared, last, added }));
  }
  const now = remainingOf(f);
  const expected = last - cleared + added;
  const at = fieldPlace(template, 'remainingContaminatedArea');
  if (now !== null && at && !agrees(now, expected))
    out.push(warning('remainingAcrossYears', at, { now, last, cleared, added, expected }));
  return out;
}

/**
 * Every warning a report's content raises, within the report and against the State's report of
 * the year before (its standing submission), in the order of the rules.
 */
export function checkReport(
  content: ReportContent,
  year: number,
  previous?: PreviousReport,
): ReportWarning[] {
  const template = getTemplate(content.template);
  const facts = reportFacts(content);
  const found = [
    ...withinReport(template, facts),
    ...(previous ? acrossYears(template, facts, year, previous) : []),
  ];
  return found.sort((a, b) => warningRules.indexOf(a.rule) - warningRules.indexOf(b.rule));
}

/** The HTML name of the place a warning is shown, as the form editor names its inputs. */
export const warningFieldName = (at: WarningPlace): string =>
  at.row === undefined ? `v.${at.field}` : `v.${at.field}.${at.row}.${at.column}`;
