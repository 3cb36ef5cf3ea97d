import type { IndicatorResult, ProgressReportData } from '../compute.js';
import type { Basis, Evidence, Figure } from '../model.js';
import type { AssessmentBasis, AssessmentValue } from '../schema.js';

/*
 * Judgement applied to a computed Progress Report. Pure: the computed report and the judgements in
 * force go in, and every indicator comes out with its computed figure unchanged, the figure its
 * assessments give (for the indicators the Convention leaves to judgement) and the figure agreed
 * over it, with its reason, who agreed it and when. Nothing is hidden: all three are kept and shown.
 */

export interface AssessmentView {
  id: number;
  meeting: string;
  indicatorId: string;
  stateIso3: string;
  stateName: string;
  value: AssessmentValue;
  basis: AssessmentBasis;
  basisDetail: string | null;
  note: string | null;
  by: string;
  at: Date;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
}

export interface OverrideView {
  id: number;
  meeting: string;
  indicatorId: string;
  value: number;
  denominator: number | null;
  reason: string;
  by: string;
  at: Date;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
}

/** What a State's place in a judged figure rests on: what the computation read, or an assessment. */
export type JudgedBasis =
  | Basis
  | {
      kind: 'assessment';
      assessmentId: number;
      value: AssessmentValue;
      basis: AssessmentBasis;
      basisDetail: string | null;
      note: string | null;
      by: string;
      at: string;
    };

export interface JudgedEvidence extends Omit<Evidence, 'bases'> {
  bases: JudgedBasis[];
  /** Whether an assessment in force decides this State's place (otherwise the computation does). */
  assessed: boolean;
}

/** The figure the assessments give: States assessed yes, each with the assessment as a basis. */
export interface AssessedFigure extends Omit<Figure, 'evidence'> {
  evidence: JudgedEvidence[];
  tally: Record<AssessmentValue, number>;
}

export interface AgreedFigure {
  overrideId: number;
  value: number;
  denominator: number | null;
  reason: string;
  by: string;
  at: string;
}

export type ShownFrom = 'agreed' | 'assessed' | 'computed';

export interface JudgedIndicator extends IndicatorResult {
  /** Counted from assessments: qualitative, a count of judgements, or left unknown until judged. */
  judged: boolean;
  assessed: AssessedFigure | null;
  agreed: AgreedFigure | null;
  /** The assessments in force on this indicator, by State. */
  assessments: AssessmentView[];
  /** The figure the report prints: the agreed one, else the assessed one, else the computed one. */
  shown: { value: number | null; denominator: number | null; noData: string | null; from: ShownFrom };
}

export interface JudgedReport extends Omit<ProgressReportData, 'indicators'> {
  indicators: JudgedIndicator[];
}

/** A figure nobody judges (the summary's), as the report prints it: the computed one. */
export const unjudged = (i: IndicatorResult): JudgedIndicator => ({
  ...i,
  judged: false,
  assessed: null,
  agreed: null,
  assessments: [],
  shown: {
    value: i.computed.value,
    denominator: i.computed.denominator,
    noData: i.computed.noData,
    from: 'computed',
  },
});

/** Indicators whose figure is a matter of judgement, so that assessments count. */
export const isJudged = (i: IndicatorResult): boolean =>
  i.kind === 'qualitative' ||
  i.kind === 'judgement_count' ||
  (i.computed.value === null && i.computed.noData === 'judgementNotRecorded');

const assessmentBasis = (a: AssessmentView): JudgedBasis => ({
  kind: 'assessment',
  assessmentId: a.id,
  value: a.value,
  basis: a.basis,
  basisDetail: a.basisDetail,
  note: a.note,
  by: a.by,
  at: a.at.toISOString(),
});

/**
 * The figure the assessments give. An assessment decides its State's place (counted when "yes"),
 * with the assessment added to what the computation read; a State nobody assessed keeps what the
 * computation found. States assessed outside the computed population are listed too.
 */
export function assessedFigure(computed: Figure, assessments: readonly AssessmentView[]): AssessedFigure {
  const byState = new Map(assessments.map((a) => [a.stateIso3, a]));
  const evidence: JudgedEvidence[] = computed.evidence.map((e) => {
    const a = e.iso3 ? byState.get(e.iso3) : undefined;
    return a
      ? { ...e, counted: a.value === 'yes', assessed: true, bases: [...e.bases, assessmentBasis(a)] }
      : { ...e, assessed: false };
  });
  const listed = new Set(computed.evidence.map((e) => e.iso3));
  for (const a of assessments) {
    if (listed.has(a.stateIso3)) continue;
    evidence.push({
      iso3: a.stateIso3,
      label: a.stateName,
      counted: a.value === 'yes',
      assessed: true,
      bases: [assessmentBasis(a)],
    });
  }
  const tally: Record<AssessmentValue, number> = { yes: 0, no: 0, partly: 0 };
  for (const a of assessments) tally[a.value]++;
  return {
    value: evidence.filter((e) => e.counted).length,
    denominator: computed.denominator,
    unit: computed.unit,
    noData: null,
    evidence,
    tally,
  };
}

export function applyJudgement(
  report: ProgressReportData,
  assessments: readonly AssessmentView[],
  overrides: readonly OverrideView[],
): JudgedReport {
  const inForce = <T extends { withdrawnAt: Date | null; meeting: string }>(xs: readonly T[]) =>
    xs.filter((x) => x.withdrawnAt === null && x.meeting === report.window.meeting);
  const assessed = inForce(assessments);
  const agreedRows = inForce(overrides);
  return {
    window: report.window,
    includesDemonstrationData: report.includesDemonstrationData,
    // The summary's figures are never judged: printed as computed.
    summary: report.summary,
    indicators: report.indicators.map((i) => {
      const own = assessed
        .filter((a) => a.indicatorId === i.id)
        .sort((a, b) => a.stateIso3.localeCompare(b.stateIso3));
      const judged = isJudged(i);
      const figure = judged && own.length > 0 ? assessedFigure(i.computed, own) : null;
      const o = agreedRows.find((x) => x.indicatorId === i.id);
      const agreed: AgreedFigure | null = o
        ? {
            overrideId: o.id,
            value: o.value,
            denominator: o.denominator,
            reason: o.reason,
            by: o.by,
            at: o.at.toISOString(),
          }
        : null;
      const shown: JudgedIndicator['shown'] = agreed
        ? { value: agreed.value, denominator: agreed.denominator, noData: null, from: 'agreed' }
        : figure
          ? { value: figure.value, denominator: figure.denominator, noData: null, from: 'assessed' }
          : {
              value: i.computed.value,
              denominator: i.computed.denominator,
              noData: i.computed.value === null ? i.computed.noData : null,
              from: 'computed',
            };
      return { ...i, judged, assessed: figure, agreed, assessments: own, shown };
    }),
  };
}
