import type { RowIssue, ScalarValue } from './types.js';

/**
 * What makes a need for assistance readable, wherever it is written: a row of Form J or the needs
 * form between reports (cooperation/needs/inputs.ts uses this too), so both refuse the same
 * mistakes with the same words. Pure; the cells arrive already typed (numbers, codes or null).
 */
export const needRowErrors = {
  area: 'needs:errors.area',
  currencyRequired: 'needs:errors.currencyRequired',
  contributionAboveCost: 'needs:errors.contributionAboveCost',
} as const;

export function needRowIssues(row: Readonly<Record<string, ScalarValue | boolean | undefined>>): RowIssue[] {
  const issues: RowIssue[] = [];
  const given = (v: unknown) => v !== null && v !== undefined && v !== '';
  if (!given(row.area)) issues.push({ column: 'area', message: needRowErrors.area });
  // A cost without its currency cannot be read.
  if ((given(row.estimatedCost) || given(row.nationalContribution)) && !given(row.currency))
    issues.push({ column: 'currency', message: needRowErrors.currencyRequired });
  // The State's own share is part of the cost: more than the whole is a typing mistake.
  const cost = row.estimatedCost;
  const own = row.nationalContribution;
  if (typeof cost === 'number' && typeof own === 'number' && own > cost)
    issues.push({ column: 'nationalContribution', message: needRowErrors.contributionAboveCost });
  return issues;
}
