import type { Executor } from '../../../db/client.js';
import type { Population } from '../model.js';
import { windowOf } from '../snapshot.js';
import type { JudgedIndicator, JudgedReport } from './apply.js';
import { type CheckedFigure, type ConsistencyIssue, consistencyIssues, issueIds } from './checks.js';
import type { PublishedFigure, PublishedReport, ReasonKind } from './published.js';
import { publishedReports } from './published-11msp.js';
import { judgedProgressReport } from './queries.js';

/*
 * A published Progress Report held against the data, figure by figure: printed, computed, agreed,
 * the difference, and why it exists. Every reason is either read from the data (no data kept, the
 * registry's count, the document's own inconsistencies) or written per indicator as data with its
 * explanation; a difference no reason explains is shown as unexplained, never hidden.
 */

export interface Reason {
  kind: ReasonKind;
  /** Catalogue key of the explanation; `params` fill it. */
  note: string;
  params?: Record<string, string | number>;
}

export type ComparisonStatus = 'agrees' | 'differs' | 'notPrinted';

export interface ComparisonRow {
  id: string;
  action: number;
  section: JudgedIndicator['section'];
  kind: JudgedIndicator['kind'];
  published: PublishedFigure;
  computed: JudgedIndicator['computed'];
  assessed: { value: number | null; denominator: number | null } | null;
  agreed: JudgedIndicator['agreed'];
  shown: JudgedIndicator['shown'];
  status: ComparisonStatus;
  /** The figure shown minus the printed one, when both are numbers. */
  difference: number | null;
  reasons: Reason[];
}

export interface PublishedComparison {
  meeting: string;
  document: string;
  includesDemonstrationData: boolean;
  rows: ComparisonRow[];
  /** Where the printed figures disagree with each other, and where the figures shown here do. */
  checks: { published: ConsistencyIssue[]; shown: ConsistencyIssue[] };
}

/** The kinds of missing data that, on demonstration data, mean the demonstration reports do not hold it. */
const demonstrationGaps = new Set(['noAnswers', 'noReportedQuantity', 'receivedDatesUnknown']);

export const publishedFor = (meeting: string): PublishedReport | undefined =>
  publishedReports.find((p) => p.meeting.toLowerCase() === meeting.toLowerCase());

const sameNumbers = (p: PublishedFigure, s: JudgedIndicator['shown']) =>
  p.value === s.value && (p.denominator === null || p.denominator === s.denominator);

/** The printed figures as the checks read them. */
export function publishedChecked(p: PublishedReport, populationOf: (id: string) => Population | undefined) {
  return p.figures.map<CheckedFigure>((f) => {
    const pop = populationOf(f.id);
    return {
      id: f.id,
      value: f.value,
      denominator: f.denominator,
      ...(f.named ? { named: f.named } : {}),
      ...(f.related ? { related: f.related } : {}),
      // A population counts States: it bounds a count of States, not of munitions or persons.
      populationSize: pop && f.unit === 'states' ? (p.populations[pop]?.size ?? null) : null,
    };
  });
}

const listOf = (xs: string[]) => xs.join(', ');

/** Why one printed figure differs from the one shown: read from the data first, then as written. */
export function reasonsFor(
  i: JudgedIndicator,
  p: PublishedFigure,
  published: PublishedReport,
  issues: readonly ConsistencyIssue[],
  demonstration: boolean,
): Reason[] {
  const reasons: Reason[] = [];
  const noData = i.shown.value === null ? i.shown.noData : null;
  if (noData) {
    reasons.push(
      demonstration && demonstrationGaps.has(noData)
        ? { kind: 'notInDemonstrationData', note: `progress:noData.${noData}` }
        : { kind: 'noData', note: `progress:noData.${noData}` },
    );
  }
  // The registry's count of the population (or of requests) against the document's.
  const seed = p.denominator ?? published.populations[i.population]?.size ?? null;
  const registry = i.computed.denominator;
  if (seed !== null && registry !== null && seed !== registry) {
    const named = p.named?.of === 'population' ? p.named.iso3 : published.populations[i.population]?.iso3;
    const listsPopulation = i.computed.evidence.length === registry;
    const held = new Set(i.computed.evidence.map((e) => e.iso3));
    const missing = named && listsPopulation ? named.filter((x) => !held.has(x)) : [];
    const extra =
      named && listsPopulation
        ? i.computed.evidence.flatMap((e) => (e.iso3 && !named.includes(e.iso3) ? [e.iso3] : []))
        : [];
    reasons.push({
      kind: 'registryCount',
      note:
        missing.length || extra.length
          ? 'progressJudgement:reason.registryCountNamed'
          : 'progressJudgement:reason.registryCount',
      params: { registry, seed, missing: listOf(missing) || '—', extra: listOf(extra) || '—' },
    });
  }
  for (const issue of issues.filter((x) => issueIds(x).includes(i.id)))
    reasons.push({ kind: 'insideSeed', ...describeIssue(issue) });
  for (const w of p.why ?? []) {
    if (w.whileDemonstration && !demonstration) continue;
    reasons.push({ kind: w.kind, note: w.note });
  }
  return reasons;
}

/** An issue as a sentence of the catalogue with its numbers. */
export function describeIssue(issue: ConsistencyIssue): {
  note: string;
  params: Record<string, string | number>;
} {
  const at = (ps: number[]) => ps.map((n) => `§${n}`).join(', ');
  switch (issue.kind) {
    case 'subsetLarger':
      return {
        note: 'progressJudgement:issue.subsetLarger',
        params: {
          subset: issue.subset,
          set: issue.set,
          subsetValue: issue.subsetValue,
          setValue: issue.setValue,
        },
      };
    case 'sameCountDiffers':
      return {
        note: 'progressJudgement:issue.sameCountDiffers',
        params: { a: issue.ids[0], b: issue.ids[1], aValue: issue.values[0], bValue: issue.values[1] },
      };
    case 'aboveDenominator':
      return {
        note: 'progressJudgement:issue.aboveDenominator',
        params: { id: issue.id, value: issue.value, denominator: issue.denominator },
      };
    case 'namedListLength':
      return {
        note: 'progressJudgement:issue.namedListLength',
        params: { id: issue.id, at: at(issue.paragraphs), figure: issue.figure, named: issue.named },
      };
    case 'relatedDiffers':
      return {
        note:
          issue.relation === 'same'
            ? 'progressJudgement:issue.relatedDiffers'
            : 'progressJudgement:issue.relatedSmaller',
        params: { id: issue.id, at: at(issue.paragraphs), value: issue.value, related: issue.related },
      };
  }
}

/** The comparison of a judged report with the figures a document printed for it. Pure. */
export function compareWithPublished(report: JudgedReport, published: PublishedReport): PublishedComparison {
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  const publishedIssues = consistencyIssues(publishedChecked(published, (id) => byId.get(id)?.population));
  const shownIssues = consistencyIssues(
    report.indicators.map((i) => ({ id: i.id, value: i.shown.value, denominator: i.shown.denominator })),
  );
  const rows: ComparisonRow[] = [];
  for (const p of published.figures) {
    const i = byId.get(p.id);
    if (!i) continue;
    const printedNumber = p.status === 'figure' && p.value !== null;
    const status: ComparisonStatus = !printedNumber
      ? 'notPrinted'
      : sameNumbers(p, i.shown)
        ? 'agrees'
        : 'differs';
    rows.push({
      id: i.id,
      action: i.action,
      section: i.section,
      kind: i.kind,
      published: p,
      computed: i.computed,
      assessed: i.assessed ? { value: i.assessed.value, denominator: i.assessed.denominator } : null,
      agreed: i.agreed,
      shown: i.shown,
      status,
      difference: printedNumber && i.shown.value !== null ? i.shown.value - (p.value as number) : null,
      reasons:
        status === 'differs'
          ? reasonsFor(i, p, published, publishedIssues, report.includesDemonstrationData)
          : [],
    });
  }
  return {
    meeting: report.window.meeting,
    document: published.document,
    includesDemonstrationData: report.includesDemonstrationData,
    rows,
    checks: { published: publishedIssues, shown: shownIssues },
  };
}

/**
 * A meeting's published Progress Report held against the data: undefined when the platform holds
 * no published figures for that meeting.
 */
export async function publishedComparison(
  db: Executor,
  meeting: string,
): Promise<PublishedComparison | undefined> {
  const window = await windowOf(db, meeting);
  const published = publishedFor(window.meeting);
  if (!published) return undefined;
  return compareWithPublished(await judgedProgressReport(db, window.meeting), published);
}
