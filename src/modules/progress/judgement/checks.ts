import type { PublishedFigure } from './published.js';

/*
 * Consistency checks: figures that cannot both be right. Run over the printed figures (where the
 * document disagrees with itself) and over the figures the platform shows (where a definition or a
 * judgement has gone wrong). Pure.
 */

/** A figure as the checks read it. */
export interface CheckedFigure {
  id: string;
  value: number | null;
  denominator: number | null;
  named?: PublishedFigure['named'];
  related?: PublishedFigure['related'];
  /** The size of its population as the source counts it, when known. */
  populationSize?: number | null;
}

export type ConsistencyIssue =
  /** A figure counting part of another is larger than it (3b > 3a, 30 > 22). */
  | { kind: 'subsetLarger'; subset: string; set: string; subsetValue: number; setValue: number }
  /** Two figures counted from one answer, or defined the same, differ (2a and 19a). */
  | { kind: 'sameCountDiffers'; ids: [string, string]; values: [number, number] }
  /** More counted than the population or the denominator holds. */
  | { kind: 'aboveDenominator'; id: string; value: number; denominator: number }
  /** A named list whose length differs from its figure (§51 says 20, names 18). */
  | { kind: 'namedListLength'; id: string; paragraphs: number[]; figure: number; named: number }
  /** A figure printed elsewhere for the same count differs, or a set printed elsewhere is smaller. */
  | {
      kind: 'relatedDiffers';
      id: string;
      paragraphs: number[];
      value: number;
      related: number;
      relation: 'same' | 'set';
    };

/** Figures counting part of another: the first can never exceed the second. */
export const subsets: ReadonlyArray<readonly [string, string]> = [
  // Donors giving multi-year funding are donors giving support.
  ['LAP3b', 'LAP3a'],
  // Residual capacity with a risk-education component: both answers yes (PROGRESS-REPORT §1, row 30).
  ['LAP30', 'LAP22'],
  ['LAP30', 'LAP27'],
  // Seeking assistance on coherent plans is seeking assistance.
  ['LAP41a', 'LAP41b'],
];

/** Figures counted from one answer of the template, or defined as the same count. */
export const sameCounts: ReadonlyArray<readonly [string, string]> = [
  ['LAP2a', 'LAP19a'], // F.nationalStrategy
  ['LAP4a', 'LAP23b'], // F.genderDiversityIntegrated (over another population: 4a can only be larger)
  ['LAP1b', 'LAP38a'], // I.nationalResources
  ['LAP5b', 'LAP36b'], // delegations with victims
  ['LAP39b', 'LAP40'], // providers or recipients
];

export function consistencyIssues(figures: readonly CheckedFigure[]): ConsistencyIssue[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const issues: ConsistencyIssue[] = [];
  for (const [sub, set] of subsets) {
    const a = byId.get(sub)?.value;
    const b = byId.get(set)?.value;
    if (a != null && b != null && a > b)
      issues.push({ kind: 'subsetLarger', subset: sub, set, subsetValue: a, setValue: b });
  }
  for (const [x, y] of sameCounts) {
    const a = byId.get(x)?.value;
    const b = byId.get(y)?.value;
    if (a != null && b != null && a !== b)
      issues.push({ kind: 'sameCountDiffers', ids: [x, y], values: [a, b] });
  }
  for (const f of figures) {
    if (f.value === null) continue;
    const bound = f.denominator ?? f.populationSize ?? null;
    if (bound !== null && f.value > bound)
      issues.push({ kind: 'aboveDenominator', id: f.id, value: f.value, denominator: bound });
    if (f.named) {
      const figure = f.named.of === 'counted' ? f.value : f.denominator;
      if (figure !== null && figure !== f.named.iso3.length)
        issues.push({
          kind: 'namedListLength',
          id: f.id,
          paragraphs: f.named.paragraphs,
          figure,
          named: f.named.iso3.length,
        });
    }
    for (const r of f.related ?? []) {
      if (r.relation === 'same' ? r.value !== f.value : f.value > r.value)
        issues.push({
          kind: 'relatedDiffers',
          id: f.id,
          paragraphs: r.paragraphs,
          value: f.value,
          related: r.value,
          relation: r.relation,
        });
      if (r.named && r.named.length !== r.value)
        issues.push({
          kind: 'namedListLength',
          id: f.id,
          paragraphs: r.paragraphs,
          figure: r.value,
          named: r.named.length,
        });
    }
  }
  return issues;
}

/** The indicators an issue is about. */
export function issueIds(i: ConsistencyIssue): string[] {
  switch (i.kind) {
    case 'subsetLarger':
      return [i.subset, i.set];
    case 'sameCountDiffers':
      return [...i.ids];
    default:
      return [i.id];
  }
}
